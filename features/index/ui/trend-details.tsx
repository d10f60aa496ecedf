import type { Lang } from "@/i18n/locales";
import { monthText, publishedIndexText } from "../figures";
import { type BoardRow, unitName } from "./board-table";
import { boardText } from "./board-text";

/** Each unit's 12 months as a table, folded under its name (works without JavaScript). */
export function TrendDetails({
  rows,
  lang,
  feedHref,
}: {
  rows: BoardRow[];
  lang: Lang;
  feedHref: (unitId: number) => string;
}) {
  const d = boardText(lang);
  return (
    <div className="trend-list">
      {rows.map(({ unit, trend }) => (
        <details key={unit.id} data-trend-unit={unit.slug}>
          <summary>{unitName(unit, lang)}</summary>
          <table data-table="trend">
            <thead>
              <tr>
                <th scope="col">{d.month}</th>
                <th scope="col" className="num">
                  {d.n}
                </th>
                <th scope="col" className="num">
                  {d.index}
                </th>
              </tr>
            </thead>
            <tbody>
              {trend.map((point) => (
                <tr key={point.month} data-month={point.month}>
                  <th scope="row">{monthText(point.month)}</th>
                  <td className="num" data-col="n">
                    {point.figure?.n ?? 0}
                  </td>
                  <td className="num" data-col="index">
                    {publishedIndexText(point.figure, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small">
            <a href={feedHref(unit.id)}>{d.json}</a>
          </p>
        </details>
      ))}
    </div>
  );
}
