import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type Lang, nameIn } from "@/i18n/locales";
import { answerScale, figureColumns, intervalText, meanScoreText, publishedIndexText } from "../figures";
import type { Figure } from "../index-engine";
import { type TrendPoint, TrendSparkline } from "./trend-sparkline";

export interface BoardRow {
  unit: { id: number; slug: string; name: string; nameEn: string | null };
  depth: number;
  figure: Figure;
  trend: TrendPoint[];
}

/** One root unit's subtree: per unit n, each level's count, index, Wilson interval, mean score and trend. */
export async function BoardTable({ rows, lang, caption }: { rows: BoardRow[]; lang: Lang; caption: string }) {
  const t = await getTranslations({ locale: lang, namespace: "board" });
  const columns = figureColumns(lang);
  const size = rows[0]?.figure.distribution.length ?? 3;
  const levels = [...answerScale(size)].reverse();
  return (
    <table data-table="public-board">
      <caption className="muted small" style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{columns.unit}</th>
          <th scope="col" className="num">
            {columns.n}
          </th>
          {levels.map((level) => (
            <th key={level.value} scope="col" className="num">
              {level.label[lang]}
            </th>
          ))}
          <th scope="col" className="num">
            {columns.index}
          </th>
          <th scope="col" className="num">
            {columns.interval}
          </th>
          <th scope="col" className="num">
            {t("mean", { meanScore: columns.meanScore, size })}
          </th>
          <th scope="col">{t("trend")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ unit, depth, figure, trend }) => (
          <tr key={unit.id} data-unit={unit.slug}>
            <th
              scope="row"
              className={`indent-${Math.min(depth, 3)}`}
              style={{ fontWeight: depth === 0 ? 700 : 400 }}
            >
              <Link href={`/${lang}/don-vi/${unit.slug}`}>{nameIn(lang, unit)}</Link>
            </th>
            <td className="num" data-col="n">
              {figure.n}
            </td>
            {[...figure.distribution].reverse().map((count, i) => (
              <td key={levels[i]?.value ?? i} className="num" data-col={`level-${size - i}`}>
                {count}
              </td>
            ))}
            <td className="num" data-col="index">
              {publishedIndexText(figure, lang)}
            </td>
            <td className="num">{intervalText(figure.wilson, figure.enoughSamples, lang)}</td>
            <td className="num">{meanScoreText(figure.meanScore, lang)}</td>
            <td>
              <TrendSparkline points={trend} lang={lang} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
