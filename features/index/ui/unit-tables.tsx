import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Fragment } from "react";
import type { Lang } from "@/i18n/locales";
import { dashboardHref } from "../dashboard-params";
import { displayedService, type FigureRow } from "../figure-table";
import {
  answerLevelLabels,
  changeText,
  figureColumns,
  indexText,
  intervalText,
  meanScoreText,
  NO_VALUE,
} from "../figures";
import { indexChange } from "../index-engine";
import { type RankingSort, rankByQuickIndex, rankingPage, type SortDirection } from "../index-ranking";
import { DossierCells, dossierHeaders } from "./dossier-cells";

/**
 * One row per unit subtree: the quick index with n, distribution, interval, mean score, change; the service
 * index; the on-time rate and the QĐ 766 ratio, each with its n.
 */
export function UnitFiguresTable({
  rows,
  caption,
  serviceKey,
  query,
}: {
  rows: FigureRow[];
  caption: string;
  serviceKey: string | undefined;
  query: Record<string, string>;
}) {
  const lang = useLocale() as Lang;
  const columns = figureColumns(lang);
  const scale = rows[0]?.figures.quick.distribution.length ?? 3;
  const labels = answerLevelLabels(scale, lang);
  return (
    <table data-table="units">
      <caption className="muted" style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{columns.unit}</th>
          <th scope="col" className="num">
            {columns.n}
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
          <th scope="col" className="num">
            {columns.meanScore}
          </th>
          <th scope="col" className="num">
            {columns.change}
          </th>
          <th scope="col" className="num">
            {columns.service}
          </th>
          {dossierHeaders(lang).map((h) => (
            <Fragment key={h.rate}>
              <th scope="col" className="num">
                {h.label}
              </th>
              <th scope="col" className="num">
                {h.nLabel}
              </th>
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ unit, depth, figures, previous, dossiers }) => {
          const q = figures.quick;
          const service = displayedService(figures, serviceKey);
          return (
            <tr key={unit.id} data-unit={unit.slug}>
              <th
                scope="row"
                className={`indent-${Math.min(depth, 3)}`}
                style={{ fontWeight: depth === 0 ? 700 : 400 }}
              >
                <Link prefetch={false} href={dashboardHref(`/quan-ly/chi-so/${unit.id}`, query)}>
                  {unit.name}
                </Link>
              </th>
              <td className="num" data-col="n">
                {q.n}
              </td>
              {[...q.distribution].reverse().map((count, i) => (
                <td key={labels[labels.length - 1 - i]} className="num">
                  {count}
                </td>
              ))}
              <td className="num" data-col="index">
                {indexText(q.index, q.enoughSamples, lang)}
              </td>
              <td className="num">{intervalText(q.wilson, q.enoughSamples, lang)}</td>
              <td className="num">{meanScoreText(q.meanScore, lang)}</td>
              <td className="num" data-col="change">
                {changeText(indexChange(q, previous?.quick), lang)}
              </td>
              <td className="num" data-col="service">
                {service ? indexText(service.service, service.enoughSamples, lang) : NO_VALUE}
              </td>
              <DossierCells dossiers={dossiers} rate="onTimeRate" lang={lang} />
              <DossierCells dossiers={dossiers} rate="qd766Ratio" lang={lang} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Rows per page of a ranking: a national ranking has thousands (the exports hold them all). */
export const RANKING_PAGE_SIZE = 200;

/**
 * Ranking of units by the quick index; sorting by links (GET), units below the minimum n listed last,
 * unranked; more than RANKING_PAGE_SIZE rows are split into pages (`trang`).
 */
export function RankingTable({
  rows,
  sort,
  direction,
  path,
  query,
  page = 1,
}: {
  rows: FigureRow[];
  sort: RankingSort;
  direction: SortDirection;
  path: string;
  query: Record<string, string>;
  page?: number;
}) {
  const t = useTranslations("index.ranking");
  const lang = useLocale() as Lang;
  const columns = figureColumns(lang);
  const sortLabels: Record<RankingSort, string> = {
    index: columns.index,
    n: columns.n,
    change: columns.change,
    onTimeRate: columns.onTimeRate,
    qd766Ratio: columns.qd766Ratio,
  };
  const ranked = rankByQuickIndex(rows, sort, direction);
  const { rows: shown, page: current, pages, first } = rankingPage(ranked, page, RANKING_PAGE_SIZE);
  const pageHref = (n: number) =>
    `${dashboardHref(path, query, { trang: n === 1 ? undefined : String(n) })}#xep-hang`;
  const header = (key: RankingSort) => {
    const active = key === sort;
    const next = active && direction === "desc" ? "tang" : "giam";
    return (
      <th
        scope="col"
        className="num"
        aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}
      >
        <Link
          prefetch={false}
          href={`${dashboardHref(path, query, { "sap-xep": key, chieu: next })}#xep-hang`}
        >
          {sortLabels[key]}
          {active ? (direction === "asc" ? " ▲" : " ▼") : ""}
          <span className="visually-hidden">
            {" "}
            {next === "tang" ? t("sortAscending") : t("sortDescending")}
          </span>
        </Link>
      </th>
    );
  };
  const pager =
    pages > 1 ? (
      <nav aria-label={t("pages")} data-testid="ranking-pages">
        <p>
          {t("pageInfo", {
            first,
            last: first + shown.length - 1,
            total: ranked.length,
            page: current,
            pages,
          })}
          {current > 1 ? (
            <>
              {" · "}
              <Link prefetch={false} href={pageHref(current - 1)}>
                {t("previous")}
              </Link>
            </>
          ) : null}
          {current < pages ? (
            <>
              {" · "}
              <Link prefetch={false} href={pageHref(current + 1)}>
                {t("next")}
              </Link>
            </>
          ) : null}
        </p>
      </nav>
    ) : null;
  return (
    <>
      {pager}
      <table data-table="ranking">
        <thead>
          <tr>
            <th scope="col" className="num">
              {columns.rank}
            </th>
            <th scope="col">{columns.unit}</th>
            {header("index")}
            {header("n")}
            {header("change")}
            {header("onTimeRate")}
            <th scope="col" className="num">
              {columns.onTimeN}
            </th>
            {header("qd766Ratio")}
            <th scope="col" className="num">
              {columns.qd766N}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} data-rank-unit={r.row.unit.slug}>
              <td className="num" data-col="rank">
                {r.rank ?? NO_VALUE}
              </td>
              <th scope="row">
                <Link prefetch={false} href={dashboardHref(`/quan-ly/chi-so/${r.id}`, query)}>
                  {r.name}
                </Link>
              </th>
              <td className="num" data-col="index">
                {indexText(r.index, r.enoughSamples, lang)}
              </td>
              <td className="num" data-col="n">
                {r.n}
              </td>
              <td className="num">{changeText(r.change, lang)}</td>
              <DossierCells dossiers={r.row.dossiers} rate="onTimeRate" lang={lang} />
              <DossierCells dossiers={r.row.dossiers} rate="qd766Ratio" lang={lang} />
            </tr>
          ))}
        </tbody>
      </table>
      {pager}
    </>
  );
}
