import { type Lang, t } from "@/lib/i18n";
import { formatIndex, type IndexSummary } from "../satisfaction-index";

/** An index with its n; below the minimum n it says "chưa đủ mẫu" instead of a ranking number. */
export function IndexFigure({ summary, lang }: { summary: IndexSummary; lang: Lang }) {
  const d = t(lang);
  if (!summary.enoughSamples || summary.index === null) {
    return (
      <p>
        <strong>{d.notEnoughSamples}</strong> <span className="muted">({d.answers(summary.n)})</span>
      </p>
    );
  }
  return (
    <p>
      <span className="figure">{formatIndex(summary.index, lang)}%</span>{" "}
      <span className="muted">({d.answers(summary.n)})</span>
    </p>
  );
}
