import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/features/access/server/actor";
import { layoutFor } from "@/features/posters/poster-pdf";
import { loadPosterForManager } from "@/features/posters/server/posters";

export const metadata: Metadata = { title: "Tờ niêm yết", robots: { index: false } };

export default async function PosterPage({ params }: { params: Promise<{ id: string }> }) {
  const manager = await requireActor();
  const found = await loadPosterForManager(manager, (await params).id);
  if (!found) notFound();
  const { poster, spec } = found;
  const layout = layoutFor(spec.kind, spec.paper);
  const perPage = layout.columns * layout.rows;
  const pages = Math.ceil(spec.cards.length / perPage);
  return (
    <>
      <h1>
        Tờ số {poster.id}: {poster.title}
      </h1>
      <p>
        {spec.cards.length} mã QR · khổ {spec.paper} · {pages} trang · mã QR {layout.qrMm} mm, mức sửa lỗi Q
      </p>
      <p>
        <a className="button" href={`/quan-ly/to-niem-yet/${poster.id}/pdf`} download>
          Tải PDF
        </a>{" "}
        <a className="button secondary" href={`/quan-ly/to-niem-yet/${poster.id}/in`}>
          Xem bản in (HTML)
        </a>
      </p>
      {pages > 5 ? (
        <p className="notice" role="note">
          Tệp lớn ({pages} trang): trình duyệt sẽ hiển thị tiến trình tải; có thể mất vài giây.
        </p>
      ) : null}
      <ol>
        {spec.cards.map((c) => (
          <li key={c.qrText}>
            {c.title} — <code>{c.shortUrl}</code>
          </li>
        ))}
      </ol>
    </>
  );
}
