import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/form/notice";
import { can, instrumentGrant } from "@/features/access/permissions";
import { requireActor } from "@/features/access/server/actor";
import { getInstrumentVersion } from "@/features/survey/server/instrument-queries";
import { PublishInstrumentForm } from "@/features/survey/ui/instrument-forms";
import { getUnitById } from "@/features/units/server/unit-queries";
import { instrumentStatusLabels } from "@/lib/constants";
import { formatDate, localDay } from "@/lib/time";
import { publishInstrumentAction } from "../actions";

export const metadata: Metadata = { title: "Phiếu khảo sát / Questionnaire", robots: { index: false } };

export default async function InstrumentVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ "da-xuat-ban"?: string }>;
}) {
  const manager = await requireActor();
  const id = Number((await params).id);
  const version = Number.isSafeInteger(id) && id > 0 ? await getInstrumentVersion(id) : undefined;
  // Another unit's questionnaire does not exist for this manager.
  if (!version || (version.unitId !== null && !manager.scopeUnitIds.has(version.unitId))) notFound();
  const justPublished = (await searchParams)["da-xuat-ban"] === "1";
  const owner = version.unitId === null ? undefined : await getUnitById(version.unitId);
  const editable = can(manager, instrumentGrant(version.unitId));
  const d = version.definition;
  return (
    <>
      <p>
        <Link href="/quan-ly/phieu-khao-sat">← Phiếu khảo sát</Link>
      </p>
      <h1>{d.title.vi}</h1>
      {justPublished ? (
        <Notice>Đã xuất bản. Phiếu trả lời mới sẽ dùng phiên bản này. / Published.</Notice>
      ) : null}
      <dl className="facts">
        <dt>Mã phiếu</dt>
        <dd>
          <code>{version.key}</code>, phiên bản {version.version}
        </dd>
        <dt>Trạng thái</dt>
        <dd>{instrumentStatusLabels[version.status]}</dd>
        <dt>Đơn vị</dt>
        <dd>{owner?.name ?? "Dùng chung (mặc định)"}</dd>
        <dt>Loại, thang đo</dt>
        <dd>
          {d.kind === "quick" ? "Phiếu nhanh" : "Phiếu đầy đủ"}; {d.scale.map((s) => s.label.vi).join(" · ")}
        </dd>
        <dt>Xuất bản</dt>
        <dd>{version.publishedAt ? formatDate(localDay(version.publishedAt), "vi") : "Chưa xuất bản"}</dd>
      </dl>
      {d.kind === "quick" ? (
        <p>
          <strong>Câu hỏi:</strong> {d.question?.vi}
        </p>
      ) : (
        d.elements.map((e) => (
          <section key={e.key} aria-labelledby={`el-${e.key}`}>
            <h2 id={`el-${e.key}`}>
              {e.key}. {e.title.vi}
            </h2>
            <ol>
              {e.items.map((i) => (
                <li key={i.key}>
                  {i.text.vi} <span className="muted small">({i.key})</span>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
      {editable ? (
        <div className="actions">
          {version.status === "draft" ? (
            <>
              <Link className="button secondary" href={`/quan-ly/phieu-khao-sat/moi?sua=${version.id}`}>
                Sửa bản nháp
              </Link>
              <PublishInstrumentForm action={publishInstrumentAction} id={version.id} />
            </>
          ) : (
            <Link className="button secondary" href={`/quan-ly/phieu-khao-sat/moi?tu=${version.id}`}>
              Tạo phiên bản mới từ phiên bản này
            </Link>
          )}
        </div>
      ) : null}
    </>
  );
}
