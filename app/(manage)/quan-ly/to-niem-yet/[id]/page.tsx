import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { layoutFor } from "@/features/posters/poster-pdf";
import { loadPosterForManager } from "@/features/posters/server/posters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("posters.poster");
  return { title: t("title"), robots: { index: false } };
}

export default async function PosterPage({ params }: { params: Promise<{ id: string }> }) {
  const manager = await requireActor();
  const t = await getTranslations("posters");
  const found = await loadPosterForManager(manager, (await params).id);
  if (!found) notFound();
  const { poster, spec } = found;
  const layout = layoutFor(spec.kind, spec.paper);
  const perPage = layout.columns * layout.rows;
  const pages = Math.ceil(spec.cards.length / perPage);
  return (
    <>
      <h1>{t("list.posterName", { id: poster.id, title: poster.title })}</h1>
      <p>
        {t("poster.summary", {
          codes: spec.cards.length,
          paper: spec.paper,
          pages,
          qrMm: layout.qrMm,
        })}
      </p>
      <p>
        <a className="button" href={`/quan-ly/to-niem-yet/${poster.id}/pdf`} download>
          {t("poster.downloadPdf")}
        </a>{" "}
        <a className="button secondary" href={`/quan-ly/to-niem-yet/${poster.id}/in`}>
          {t("poster.viewPrint")}
        </a>
      </p>
      {pages > 5 ? (
        <p className="notice" role="note">
          {t("poster.large", { pages })}
        </p>
      ) : null}
      <ol>
        {spec.cards.map((c) => (
          <li key={c.qrText}>
            <span lang="vi">{c.title}</span> — <code>{c.shortUrl}</code>
          </li>
        ))}
      </ol>
    </>
  );
}
