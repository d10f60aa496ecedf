/**
 * Per-officer evaluation (opt-in per unit, never public): the ratings that came through a dossier's receipt
 * count for the officer who received the dossier and for the officer who returned it — once each, and once
 * only when the same officer did both. Satisfied means the index's top two levels, "Không hài lòng" the QĐ
 * 766 rule, and below the index's minimum n the share is not shown (the index's display rule). Pure.
 */
import { lastDayOfMonth } from "@/features/index/dashboard-params";
import { publishedIndex } from "@/features/index/figures";
import { isRatedUnsatisfied, satisfiedValues } from "@/features/survey/instruments";

/** The officers a dossier's rating counts for: its receiving and its returning officer, each once. */
export function attributedCodes(dossier: { receivedBy: string | null; returnedBy: string | null }): string[] {
  return [...new Set([dossier.receivedBy, dossier.returnedBy].filter((c): c is string => Boolean(c)))];
}

/** Counted quick answers of receipts, grouped by the dossier's officers, the answer's scale and value. */
export interface RatingGroup {
  receivedBy: string | null;
  returnedBy: string | null;
  scaleSize: number;
  value: number;
  count: number;
}

/** Dossiers an officer received, and returned (with those judged against a due time, and on time). */
export interface OfficerDossierCounts {
  received: number;
  returned: number;
  /** Returned with a due time (early, on time or late). */
  timed: number;
  /** Returned early or on time. */
  onTime: number;
}

export interface OfficerRatings {
  /** Counted ratings through the receipts of the officer's dossiers. */
  n: number;
  satisfied: number;
  /** Rated "Không hài lòng". */
  unsatisfied: number;
}

const NO_RATINGS: OfficerRatings = { n: 0, satisfied: 0, unsatisfied: 0 };
export const NO_OFFICER_DOSSIERS: OfficerDossierCounts = { received: 0, returned: 0, timed: 0, onTime: 0 };

/** Ratings per officer code, each rating attributed to the dossier's receiving and returning officers. */
export function ratingsByOfficer(groups: readonly RatingGroup[]): Map<string, OfficerRatings> {
  const out = new Map<string, OfficerRatings>();
  for (const g of groups) {
    const satisfied = satisfiedValues(g.scaleSize).includes(g.value) ? g.count : 0;
    const unsatisfied = isRatedUnsatisfied(g.value, g.scaleSize) ? g.count : 0;
    for (const code of attributedCodes(g)) {
      const r = out.get(code) ?? NO_RATINGS;
      out.set(code, {
        n: r.n + g.count,
        satisfied: r.satisfied + satisfied,
        unsatisfied: r.unsatisfied + unsatisfied,
      });
    }
  }
  return out;
}

/** One officer's figures over a period. */
export interface OfficerFigure extends OfficerRatings, OfficerDossierCounts {
  code: string;
  name: string | null;
  /** The officer's row (null for a code seen on dossiers that has no row yet). */
  officerId: number | null;
  /** The staff account linked to the code. */
  userId: string | null;
  /** 100 × satisfied ÷ n, full precision; null without ratings. */
  satisfiedRate: number | null;
  /** n reaches the index's minimum: only then is the share shown. */
  enoughRatings: boolean;
  /** (early + on time) ÷ returned with a due time × 100, full precision; null when none. */
  onTimeRate: number | null;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

export function officerFigure(
  officer: { code: string; name: string | null; officerId: number | null; userId: string | null },
  ratings: OfficerRatings | undefined,
  dossiers: OfficerDossierCounts | undefined,
  minN: number,
): OfficerFigure {
  const r = ratings ?? NO_RATINGS;
  const d = dossiers ?? NO_OFFICER_DOSSIERS;
  return {
    ...officer,
    ...r,
    ...d,
    satisfiedRate: percent(r.satisfied, r.n),
    enoughRatings: r.n >= minN,
    onTimeRate: percent(d.onTime, d.timed),
  };
}

/** The satisfied share as it may be shown: null below the minimum n (the index's display rule). */
export function shownSatisfiedRate(
  figure: Pick<OfficerFigure, "satisfiedRate" | "enoughRatings">,
): number | null {
  return publishedIndex({ index: figure.satisfiedRate, enoughSamples: figure.enoughRatings });
}

/** The month a page asks for (`YYYY-MM`, not after today's), else today's, with its local days. */
export function officerMonth(
  asked: string,
  today: string,
): { month: string; range: { from: string; to: string } } {
  const current = today.slice(0, 7);
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked <= current ? asked : current;
  return { month, range: { from: `${month}-01`, to: lastDayOfMonth(month) } };
}
