import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { POSTER_FONT_FAMILY } from "@/features/posters/poster-canvas";
import { POSTER_FONTS, renderPosterSvgPages } from "@/features/posters/poster-pdf";
import { loadPosterForManager } from "@/features/posters/server/posters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("posters.print");
  return { title: t("title"), robots: { index: false } };
}

/**
 * Print-ready HTML: the PDF's own drawing (features/posters/poster-pdf.ts), one SVG per sheet at the paper's
 * size in millimetres, one sheet per printed page (@page with the paper's size and no margin: the sheet
 * carries its margins). The sheets are for citizens at the counter and stay Vietnamese; only the
 * manager's instructions follow the manager's language.
 */
export default async function PosterPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const manager = await requireActor();
  const t = await getTranslations("posters.print");
  const found = await loadPosterForManager(manager, (await params).id);
  if (!found) notFound();
  const { spec } = found;
  const sheets = renderPosterSvgPages(spec);
  const fonts = Object.keys(POSTER_FONTS).map(
    (weight) =>
      `@font-face { font-family: ${POSTER_FONT_FAMILY}; font-weight: ${weight}; src: url(/quan-ly/to-niem-yet/phong-chu/${weight}) format("truetype"); }`,
  );
  const css = `
${fonts.join("\n")}
@page { size: ${spec.paper} ${sheets.landscape ? "landscape" : "portrait"}; margin: 0; }
.sheet { margin: 0 0 8mm; overflow: hidden; }
.sheet svg { display: block; width: ${sheets.widthMm}mm; height: ${sheets.heightMm}mm; }
@media screen {
  .sheet { width: fit-content; max-width: 100%; box-shadow: 0 0 0 1px #bbb, 0 2px 6px rgb(0 0 0 / 0.2); }
  .sheet svg { max-width: 100%; height: auto; aspect-ratio: ${sheets.widthMm} / ${sheets.heightMm}; }
}
@media print {
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  body > *:not(main), .site, .manage-nav, .skip, .noprint, .demo-banner { display: none !important; }
  main { margin: 0 !important; padding: 0 !important; max-width: none !important; }
  .sheet { margin: 0; width: ${sheets.widthMm}mm; height: ${sheets.heightMm}mm; break-after: page; }
  .sheet:last-of-type { break-after: auto; }
}
`;
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: CSS built from constants and numbers only */}
      <style dangerouslySetInnerHTML={{ __html: css }} />
      <p className="noprint">
        {t("instructions", { paper: spec.paper, codes: spec.cards.length, pages: sheets.pages.length })}
      </p>
      {sheets.pages.map((svg, pageIndex) => (
        <section
          // biome-ignore lint/suspicious/noArrayIndexKey: pages are positional
          key={pageIndex}
          className="sheet"
          aria-label={t("page", { page: pageIndex + 1 })}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn by poster-pdf.ts from the recorded poster, text escaped
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ))}
    </>
  );
}
