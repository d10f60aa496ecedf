/**
 * The dossier figures shown beside satisfaction (DOMAIN.md "Dossiers and the official figures"): the
 * on-time rate, whose n is the dossiers returned with a due date, and the QĐ 766 ratio, whose n is the
 * dossiers returned. They are counts of every dossier, not a sample: no minimum n, but a unit without
 * dossiers shows "—" with its reason, never 0 %. Every surface (dashboard, board, feed, exports) writes
 * them through here. Pure.
 */
import type { DossierFigures } from "@/features/dossiers/lifecycle";
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { formatIndex, NO_VALUE, round2 } from "./figures";

export type { DossierFigures };

/** The two dossier figures. */
export const dossierRates = ["onTimeRate", "qd766Ratio"] as const;
export type DossierRate = (typeof dossierRates)[number];

/** The n of a dossier figure: returned with a due date (on-time rate), returned (QĐ 766). */
export function dossierN(figures: DossierFigures | undefined, rate: DossierRate): number {
  if (!figures) return 0;
  return rate === "onTimeRate" ? figures.early + figures.onTime + figures.late : figures.returned;
}

/** The figure's value (full precision), or null when it has no dossier to be computed from. */
export function dossierRate(figures: DossierFigures | undefined, rate: DossierRate): number | null {
  return figures?.[rate] ?? null;
}

/** What a unit without dossiers shows: "chưa có hồ sơ". */
export function noDossiersText(lang: Lang): string {
  return translator(lang)("index.dossiers.none");
}

/** Why a dossier figure has no value: no dossier returned, or none returned with a due date. */
export function noDossierReason(
  figures: DossierFigures | undefined,
  rate: DossierRate,
  lang: Lang,
): string | null {
  if (dossierRate(figures, rate) !== null) return null;
  return rate === "onTimeRate" && (figures?.returned ?? 0) > 0
    ? translator(lang)("index.dossiers.noDueDate")
    : noDossiersText(lang);
}

/** The figure as a table shows it: two decimals in the reader's notation ("99,12"), or "—". */
export function dossierRateText(figures: DossierFigures | undefined, rate: DossierRate, lang: Lang): string {
  return formatIndex(dossierRate(figures, rate), lang);
}

/** The figure with its unit ("99,12%"), or "—" followed by its reason ("— chưa có hồ sơ"). */
export function dossierRateWithReason(
  figures: DossierFigures | undefined,
  rate: DossierRate,
  lang: Lang,
): string {
  const value = dossierRate(figures, rate);
  return value === null
    ? `${NO_VALUE} ${noDossierReason(figures, rate, lang)}`
    : `${formatIndex(value, lang)}%`;
}

/** Early, on time and late in one line ("Trước hạn 7 · Đúng hạn 1 · Quá hạn 2"). */
export function timelinessText(figures: DossierFigures | undefined, lang: Lang): string {
  return translator(lang)("index.dossiers.split", {
    early: figures?.early ?? 0,
    onTime: figures?.onTime ?? 0,
    late: figures?.late ?? 0,
  });
}

/** A rate for data (a feed, a spreadsheet): two decimals as the screen shows it, or null. */
export function dossierRateValue(figures: DossierFigures | undefined, rate: DossierRate): number | null {
  const value = dossierRate(figures, rate);
  return value === null ? null : round2(value);
}

/** The columns exports add per unit, in order (names: `figureColumns`). */
export const dossierColumnKeys = [
  "onTimeRate",
  "onTimeN",
  "early",
  "onTime",
  "late",
  "pendingOverdue",
  "withApology",
  "qd766Ratio",
  "qd766N",
  "complained",
  "ratedUnsatisfied",
  "received",
] as const;

/** One unit's cells for `dossierColumnKeys`: rates rounded as on screen (empty without dossiers), counts. */
export function dossierCells(figures: DossierFigures | undefined): Array<number | null> {
  const count = (key: "early" | "onTime" | "late" | "pendingOverdue" | "withApology") => figures?.[key] ?? 0;
  return [
    dossierRateValue(figures, "onTimeRate"),
    dossierN(figures, "onTimeRate"),
    count("early"),
    count("onTime"),
    count("late"),
    count("pendingOverdue"),
    count("withApology"),
    dossierRateValue(figures, "qd766Ratio"),
    dossierN(figures, "qd766Ratio"),
    figures?.complained ?? 0,
    figures?.ratedUnsatisfied ?? 0,
    figures?.received ?? 0,
  ];
}
