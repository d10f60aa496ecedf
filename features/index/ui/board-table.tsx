import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type Lang, nameIn } from "@/i18n/locales";
import { type DossierFigures, dossierN, dossierRateText, noDossierReason } from "../dossier-figures";
import {
  answerScale,
  figureColumns,
  intervalText,
  meanScoreText,
  publishedIndex,
  publishedIndexText,
} from "../figures";
import type { Figure } from "../index-engine";
import { type TrendPoint, TrendSparkline } from "./trend-sparkline";

export interface BoardRow {
  unit: { id: number; slug: string; name: string; nameEn: string | null };
  depth: number;
  figure: Figure;
  /** The unit's dossier figures: the board shows its on-time rate. */
  dossiers?: DossierFigures;
  trend: TrendPoint[];
}

/**
 * One root unit's subtree: per unit its quick figure with the Wilson interval (or the not-enough phrase),
 * its on-time rate with the number of dossiers it is made of ("—" and why without any), then n, each level's count, the mean score and the 12-month line. A table with its headers; on a phone
 * (board.css) each row is a card — the name beside the figure, the other figures below, each cell saying
 * its column's name (`data-label`), so nothing scrolls sideways.
 */
export async function BoardTable({ rows, lang, caption }: { rows: BoardRow[]; lang: Lang; caption: string }) {
  const t = await getTranslations({ locale: lang, namespace: "board" });
  const columns = figureColumns(lang);
  const size = rows[0]?.figure.distribution.length ?? 3;
  const levels = [...answerScale(size)].reverse();
  const mean = t("mean", { meanScore: columns.meanScore, size });
  return (
    <table data-table="public-board" className="board-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.unit}</th>
          <th scope="col" className="num">
            {columns.index}
          </th>
          <th scope="col" className="num">
            {columns.interval}
          </th>
          <th scope="col" className="num">
            {columns.onTimeRate}
          </th>
          <th scope="col" className="num">
            {columns.n}
          </th>
          {levels.map((level) => (
            <th key={level.value} scope="col" className="num">
              {level.label[lang]}
            </th>
          ))}
          <th scope="col" className="num">
            {mean}
          </th>
          <th scope="col">{t("trend")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ unit, depth, figure, dossiers, trend }) => {
          const shown = publishedIndex(figure) !== null;
          return (
            <tr
              key={unit.id}
              data-unit={unit.slug}
              data-depth={Math.min(depth, 3)}
              className={shown ? "shown" : "not-enough"}
            >
              <th scope="row">
                <Link href={`/${lang}/don-vi/${unit.slug}`}>{nameIn(lang, unit)}</Link>
              </th>
              <td className={`num ${shown ? "shown" : "not-enough"}`} data-col="index">
                {publishedIndexText(figure, lang)}
              </td>
              <td
                className={`num ${shown ? "shown" : "not-enough"}`}
                data-col="interval"
                data-label={columns.interval}
              >
                {intervalText(figure.wilson, figure.enoughSamples, lang)}
              </td>
              <td
                className={`num ${noDossierReason(dossiers, "onTimeRate", lang) ? "none" : "shown"}`}
                data-col="on-time"
                data-label={t("onTimeShort")}
              >
                {noDossierReason(dossiers, "onTimeRate", lang) ??
                  t("onTimeValue", {
                    rate: dossierRateText(dossiers, "onTimeRate", lang),
                    count: dossierN(dossiers, "onTimeRate"),
                  })}
              </td>
              <td className="num" data-col="n" data-label={columns.n}>
                {figure.n}
              </td>
              {[...figure.distribution].reverse().map((count, i) => (
                <td
                  key={levels[i]?.value ?? i}
                  className="num"
                  data-col={`level-${size - i}`}
                  data-label={levels[i]?.label[lang]}
                >
                  {count}
                </td>
              ))}
              <td className="num" data-col="mean" data-label={mean}>
                {meanScoreText(figure.meanScore, lang)}
              </td>
              <td data-col="trend" data-label={t("trend")}>
                <TrendSparkline points={trend} lang={lang} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
