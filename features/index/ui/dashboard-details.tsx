import type { InstrumentDefinition } from "@/features/survey/instruments";
import { formatDateTime } from "@/lib/time";
import { answerLevelLabels, FIGURE_COLUMNS, indexText, intervalText } from "../figures";

const columns = FIGURE_COLUMNS.vi;

import type { InstrumentFigures } from "../index-engine";
import type { CommentRow } from "../server/dashboard-queries";

/** Element and item indices of one full instrument, with each item's distribution. */
export function ElementBreakdown({
  figures,
  definition,
}: {
  figures: InstrumentFigures;
  definition: InstrumentDefinition;
}) {
  const labels = answerLevelLabels(definition.scale.length);
  const span = labels.length + 4;
  return (
    <table data-table={`elements-${figures.key}`}>
      <caption className="muted" style={{ textAlign: "left" }}>
        {definition.title.vi}: chỉ số yếu tố = trung bình chỉ số các tiêu chí có trả lời; chỉ số tiêu chí =
        100 × (hai mức cao nhất) ÷ số trả lời hợp lệ.
      </caption>
      <thead>
        <tr>
          <th scope="col">Yếu tố / tiêu chí</th>
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
                {element.key}. {def?.title.vi ?? element.key}
              </th>
              <td className="num" data-col="element-index">
                <strong>
                  {indexText(
                    element.index,
                    element.items.every((i) => i.figure.n === 0 || i.figure.enoughSamples),
                  )}
                </strong>
              </td>
            </tr>
            {element.items.map(({ key, figure }) => (
              <tr key={key} data-item={key}>
                <th scope="row" className="indent-1" style={{ fontWeight: 400 }}>
                  {key} {def?.items.find((i) => i.key === key)?.text.vi ?? ""}
                </th>
                <td className="num">{figure.n}</td>
                {[...figure.distribution].reverse().map((count, i) => (
                  <td key={labels[labels.length - 1 - i]} className="num">
                    {count}
                  </td>
                ))}
                <td className="num" data-col="index">
                  {indexText(figure.index, figure.enoughSamples)}
                </td>
                <td className="num">{intervalText(figure.wilson, figure.enoughSamples)}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}

function ratingText(row: CommentRow): string {
  if (row.rating === null) return row.instrumentTitle;
  return answerLevelLabels(row.scaleSize)[row.rating - 1] ?? String(row.rating);
}

/** The latest comments, as plain text (never HTML). */
export function CommentsList({ rows }: { rows: CommentRow[] }) {
  if (rows.length === 0) return <p>Không có góp ý trong kỳ. / No comments in this period.</p>;
  return (
    <ul className="comments" data-testid="comments">
      {rows.map((row) => (
        <li key={row.id}>
          <p className="muted small">
            {formatDateTime(row.submittedAt, "vi")} · {row.unitName} · {ratingText(row)}
          </p>
          <p>{row.comment}</p>
        </li>
      ))}
    </ul>
  );
}
