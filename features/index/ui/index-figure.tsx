import type { Lang } from "@/i18n/locales";
import { INDEX_LABEL, NOT_ENOUGH_ANSWERS, percentText, publishedIndex } from "../figures";
import type { IndexSummary } from "../satisfaction-index";

/** The unit page's figure covers the last 30 days (server/index-figures.ts `getQuickSummaryForSubtree`). */
const text = {
  vi: { heading: `${INDEX_LABEL.vi}, 30 ngày qua`, answers: (n: number) => `${n} lượt đánh giá` },
  en: {
    heading: `${INDEX_LABEL.en}, last 30 days`,
    answers: (n: number) => `${n} rating${n === 1 ? "" : "s"}`,
  },
};

/** A unit's index with its n; below the minimum n the not-enough phrase instead of a ranking number. */
export function UnitIndexFigure({ summary, lang }: { summary: IndexSummary; lang: Lang }) {
  const d = text[lang];
  const index = publishedIndex(summary);
  return (
    <section aria-labelledby="index-heading">
      <h2 id="index-heading">{d.heading}</h2>
      {index === null ? (
        <p>
          <strong>{NOT_ENOUGH_ANSWERS[lang]}</strong> <span className="muted">({d.answers(summary.n)})</span>
        </p>
      ) : (
        <p>
          <span className="figure">{percentText(index, lang)}</span>{" "}
          <span className="muted">({d.answers(summary.n)})</span>
        </p>
      )}
    </section>
  );
}
