import { getTranslations } from "next-intl/server";
import { type Lang, nameIn } from "@/i18n/locales";
import { figureColumns, monthText, publishedIndexText } from "../figures";
import type { BoardRow } from "./board-table";

/** Each unit's 12 months as a table, folded under its name (works without JavaScript). */
export async function TrendDetails({
  rows,
  lang,
  feedHref,
}: {
  rows: BoardRow[];
  lang: Lang;
  feedHref: (unitId: number) => string;
}) {
  const t = await getTranslations({ locale: lang, namespace: "board" });
  const columns = figureColumns(lang);
  return (
    <div className="trend-list">
      {rows.map(({ unit, trend }) => (
        <details key={unit.id} data-trend-unit={unit.slug}>
          <summary>{nameIn(lang, unit)}</summary>
          <table data-table="trend">
            <thead>
              <tr>
                <th scope="col">{columns.month}</th>
                <th scope="col" className="num">
                  {columns.n}
                </th>
                <th scope="col" className="num">
                  {columns.index}
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
            <a href={feedHref(unit.id)}>{t("json")}</a>
          </p>
        </details>
      ))}
    </div>
  );
}
