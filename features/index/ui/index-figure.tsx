import { getTranslations } from "next-intl/server";
import type { Lang } from "@/i18n/locales";
import { indexLabel, notEnoughAnswers, percentText, publishedIndex } from "../figures";
import type { IndexSummary } from "../satisfaction-index";

/**
 * A unit's index with its n; below the minimum n the not-enough phrase instead of a ranking number. The
 * figure covers the last 30 days (server/index-figures.ts `getQuickSummaryForSubtree`); in the page's
 * language.
 */
export async function UnitIndexFigure({ summary, lang }: { summary: IndexSummary; lang: Lang }) {
  const t = await getTranslations({ locale: lang, namespace: "index.unitFigure" });
  const index = publishedIndex(summary);
  const answers = t("answers", { count: summary.n });
  return (
    <section aria-labelledby="index-heading">
      <h2 id="index-heading">{t("heading", { label: indexLabel(lang) })}</h2>
      {index === null ? (
        <p>
          <strong>{notEnoughAnswers(lang)}</strong> <span className="muted">({answers})</span>
        </p>
      ) : (
        <p>
          <span className="figure">{percentText(index, lang)}</span>{" "}
          <span className="muted">({answers})</span>
        </p>
      )}
    </section>
  );
}
