import { useLocale, useTranslations } from "next-intl";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import type { Lang } from "@/i18n/locales";
import { formatDateTime } from "@/lib/time";
import { answerLevelLabels, figureColumns, indexText, intervalText } from "../figures";
import { elementEnoughSamples, type InstrumentFigures } from "../index-engine";
import type { CommentRow } from "../server/dashboard-queries";

/** Element and item indices of one full instrument, with each item's distribution. */
export function ElementBreakdown({
  figures,
  definition,
}: {
  figures: InstrumentFigures;
  definition: InstrumentDefinition;
}) {
  const t = useTranslations("index");
  const lang = useLocale() as Lang;
  const columns = figureColumns(lang);
  const labels = answerLevelLabels(definition.scale.length, lang);
  const span = labels.length + 4;
  return (
    <table data-table={`elements-${figures.key}`}>
      <caption className="muted" style={{ textAlign: "left" }}>
        {t("elements.caption", { title: definition.title[lang] })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("columns.elementItem")}</th>
          <th scope="col" className="num">
            n
          </th>
          {[...labels].reverse().map((label) => (
            <th key={label} scope="col" className="num">
              {label}
            </th>
          ))}
          <th scope="col" className="num">
            {columns.index}
          </th>
          <th scope="col" className="num">
            {columns.interval}
          </th>
        </tr>
      </thead>
      {figures.elements.map((element) => {
        const def = definition.elements.find((e) => e.key === element.key);
        return (
          <tbody key={element.key} data-element={element.key}>
            <tr>
              <th scope="rowgroup" colSpan={span - 1}>
                {element.key}. {def?.title[lang] ?? element.key}
              </th>
              <td className="num" data-col="element-index">
                <strong>{indexText(element.index, elementEnoughSamples(element), lang)}</strong>
              </td>
            </tr>
            {element.items.map(({ key, figure }) => (
              <tr key={key} data-item={key}>
                <th scope="row" className="indent-1" style={{ fontWeight: 400 }}>
                  {key} {def?.items.find((i) => i.key === key)?.text[lang] ?? ""}
                </th>
                <td className="num">{figure.n}</td>
                {[...figure.distribution].reverse().map((count, i) => (
                  <td key={labels[labels.length - 1 - i]} className="num">
                    {count}
                  </td>
                ))}
                <td className="num" data-col="index">
                  {indexText(figure.index, figure.enoughSamples, lang)}
                </td>
                <td className="num">{intervalText(figure.wilson, figure.enoughSamples, lang)}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

function ratingText(row: CommentRow, lang: Lang): string {
  if (row.rating === null) return row.instrumentTitle[lang];
  return answerLevelLabels(row.scaleSize, lang)[row.rating - 1] ?? String(row.rating);
}

/** The latest comments, as plain text (never HTML). */
export function CommentsList({ rows }: { rows: CommentRow[] }) {
  const t = useTranslations("index.comments");
  const lang = useLocale() as Lang;
  if (rows.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="comments" data-testid="comments">
      {rows.map((row) => (
        <li key={row.id}>
          <p className="muted small">
            {formatDateTime(row.submittedAt, lang)} · {row.unitName} · {ratingText(row, lang)}
          </p>
          <p>{row.comment}</p>
        </li>
      ))}
    </ul>
  );
}
