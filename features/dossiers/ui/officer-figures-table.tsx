import Link from "next/link";
import { useTranslations } from "next-intl";
import { indexText, percentText } from "@/features/index/figures";
import type { Lang } from "@/i18n/locales";
import type { OfficerFigures } from "../server/officers";

/**
 * One row per officer: ratings through receipts (n, satisfied share — only at or above the minimum n —,
 * "Không hài lòng"), dossiers received and returned, and the on-time rate of those returned.
 */
export function OfficerFiguresTable({
  figures,
  lang,
  editHref,
}: {
  figures: OfficerFigures;
  lang: Lang;
  /** A link to edit an officer's code (administrators only). */
  editHref?: (code: string) => string;
}) {
  const t = useTranslations("officers.figures");
  if (figures.officers.length === 0) return <p>{t("none")}</p>;
  return (
    <table data-testid="officer-figures">
      <thead>
        <tr>
          <th scope="col">{t("columns.code")}</th>
          <th scope="col">{t("columns.name")}</th>
          <th scope="col">{t("columns.ratings")}</th>
          <th scope="col">{t("columns.satisfied")}</th>
          <th scope="col">{t("columns.unsatisfied")}</th>
          <th scope="col">{t("columns.received")}</th>
          <th scope="col">{t("columns.returned")}</th>
          <th scope="col">{t("columns.onTime")}</th>
        </tr>
      </thead>
      <tbody>
        {figures.officers.map((o) => (
          <tr key={o.code} data-code={o.code}>
            <th scope="row">
              {editHref ? (
                <Link href={editHref(o.code)} aria-label={t("editLabel", { code: o.code })}>
                  {o.code}
                </Link>
              ) : (
                o.code
              )}
            </th>
            <td>{o.name ?? t("unnamed")}</td>
            <td>{o.n}</td>
            <td data-testid="satisfied-rate">{indexText(o.satisfiedRate, o.enoughRatings, lang, "%")}</td>
            <td>{o.unsatisfied}</td>
            <td>{o.received}</td>
            <td>{o.returned}</td>
            <td>{percentText(o.onTimeRate, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
