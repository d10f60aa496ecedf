import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can, instrumentGrant } from "@/features/access/permissions";
import { requireActor } from "@/features/access/server/actor";
import { elementsToText } from "@/features/survey/instrument-text";
import { getInstrumentVersion } from "@/features/survey/server/instrument-queries";
import { InstrumentForm, type InstrumentFormInitial } from "@/features/survey/ui/instrument-forms";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { byName } from "@/lib/collate";
import { saveInstrumentAction } from "../actions";

export const metadata: Metadata = {
  title: "Soạn phiếu khảo sát / Edit questionnaire",
  robots: { index: false },
};

const EXAMPLE = `# Tiếp đón | Reception
- Được hướng dẫn lấy số thứ tự ngay khi đến | Shown how to take a queue number on arrival
- Thời gian chờ đến lượt hợp lý | Reasonable waiting time

# Trả kết quả | Results
- Kết quả được trả đúng hẹn | Results returned on the promised day`;

/** New questionnaire, new version of one (?tu=<id>), or a draft's changes (?sua=<id>). */
export default async function NewInstrumentPage({
  searchParams,
}: {
  searchParams: Promise<{ tu?: string; sua?: string }>;
}) {
  const manager = await requireActor();
  const { tu, sua } = await searchParams;
  const sourceId = Number(sua ?? tu);
  const source = sua || tu ? await getInstrumentVersion(sourceId) : undefined;
  if ((sua || tu) && !source) notFound();
  if (source && !can(manager, instrumentGrant(source.unitId))) notFound();
  if (sua && source?.status !== "draft") notFound();
  const units = (await listUnitsByIds([...manager.editableUnitIds]))
    .filter((u) => !u.validTo)
    .sort(byName)
    .map((u) => ({ id: u.id, name: u.name }));
  const d = source?.definition;
  const initial: InstrumentFormInitial = {
    mode: sua ? "edit" : tu ? "version" : "new",
    sourceId: source?.id,
    key: source?.key ?? "",
    kind: d?.kind ?? "full",
    scale: d?.scale.length === 3 ? "3" : "5",
    titleVi: d?.title.vi ?? "",
    titleEn: d && d.title.en !== d.title.vi ? d.title.en : "",
    questionVi: d?.question?.vi ?? "",
    questionEn: d?.question && d.question.en !== d.question.vi ? d.question.en : "",
    elementsText: d ? elementsToText(d.elements) : EXAMPLE,
  };
  const heading = sua
    ? `Sửa bản nháp: ${d?.title.vi}`
    : tu
      ? `Phiên bản mới của “${d?.title.vi}”`
      : "Phiếu khảo sát riêng của đơn vị";
  return (
    <>
      <p>
        <Link href="/quan-ly/phieu-khao-sat">← Phiếu khảo sát</Link>
      </p>
      <h1>{heading}</h1>
      <p className="muted">
        Phiếu được lưu dưới dạng bản nháp; chỉ khi xuất bản mới được dùng để khảo sát. Sau khi xuất bản, phiên
        bản không thể sửa.
      </p>
      <InstrumentForm action={saveInstrumentAction} initial={initial} units={units} />
    </>
  );
}
