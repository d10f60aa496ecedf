import { notFound, redirect } from "next/navigation";
import { incrementScanCount, resolveShortLink } from "@/features/units/server/short-link-queries";
import { normalizeShortCode } from "@/lib/short-code";
import { localDay } from "@/lib/time";

export const dynamic = "force-dynamic";

/** GET /q/<code>: a printed QR. Counts the scan and redirects to the link's current canonical page. */
export default async function ShortLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normalizeShortCode((await params).code);
  if (!code) notFound();
  const link = await resolveShortLink(code);
  if (!link) notFound();
  await incrementScanCount(link.code, localDay(new Date()));
  const base = `/vi/don-vi/${link.unitSlug}`;
  switch (link.kind) {
    case "unit_procedure":
      redirect(link.procedureCode ? `${base}/thu-tuc/${link.procedureCode}` : base);
      break;
    case "survey":
    case "counter":
      redirect(`/vi/danh-gia/${link.code}?kenh=poster`);
      break;
    case "field":
      redirect(link.fieldCode ? `${base}#field-${link.fieldCode}` : base);
      break;
    default:
      redirect(base);
  }
}
