/**
 * A dossier's life in the one-stop software and the figures reports lead with: the on-time rate
 * (tỷ lệ giải quyết đúng hạn) and the satisfaction ratio of Quyết định 766/QĐ-TTg. Pure: no I/O.
 *
 * - early (trước hạn): returned on a local day before the due day;
 * - on time (đúng hạn): returned on the due day, no later than the due time;
 * - late (quá hạn): returned after the due time — also when an apology letter promised a new date (the
 *   letter apologises for the delay; it does not move the appointment the citizen was given).
 */
import type { DossierStatus, DossierTimeliness } from "@/lib/constants";
import { localDay } from "@/lib/time";

/** Early, on time or late; null when the dossier has no due time. */
export function timelinessOf(returnedAt: Date, dueAt: Date | null): DossierTimeliness | null {
  if (dueAt === null) return null;
  if (returnedAt.getTime() > dueAt.getTime()) return "late";
  return localDay(returnedAt) < localDay(dueAt) ? "early" : "on_time";
}

/** What a dossier row stores beside what the software sent: the fields the counts are kept from. */
export interface DossierState {
  status: DossierStatus;
  receivedAt: Date;
  dueAt: Date | null;
  returnedAt: Date | null;
}

export interface DerivedDossierFields {
  receivedDay: string;
  returnedDay: string | null;
  timeliness: DossierTimeliness | null;
}

/** The stored derived fields of a dossier: local days and timeliness (only a returned dossier is timed). */
export function derivedFields(d: DossierState): DerivedDossierFields {
  const returned = d.status === "returned" && d.returnedAt !== null;
  return {
    receivedDay: localDay(d.receivedAt),
    returnedDay: returned && d.returnedAt ? localDay(d.returnedAt) : null,
    timeliness: returned && d.returnedAt ? timelinessOf(d.returnedAt, d.dueAt) : null,
  };
}

/** The counts kept per unit and day (schema `dossier_daily_counts`), summed over a scope and period. */
export interface DossierCounts {
  received: number;
  returned: number;
  early: number;
  onTime: number;
  late: number;
  withApology: number;
  complained: number;
  ratedUnsatisfied: number;
  /** Returned dossiers late, complained about or rated "Không hài lòng", each counted once. */
  bad: number;
}

export const NO_DOSSIERS: DossierCounts = {
  received: 0,
  returned: 0,
  early: 0,
  onTime: 0,
  late: 0,
  withApology: 0,
  complained: 0,
  ratedUnsatisfied: 0,
  bad: 0,
};

export function addDossierCounts(a: DossierCounts, b: DossierCounts): DossierCounts {
  return {
    received: a.received + b.received,
    returned: a.returned + b.returned,
    early: a.early + b.early,
    onTime: a.onTime + b.onTime,
    late: a.late + b.late,
    withApology: a.withApology + b.withApology,
    complained: a.complained + b.complained,
    ratedUnsatisfied: a.ratedUnsatisfied + b.ratedUnsatisfied,
    bad: a.bad + b.bad,
  };
}

export function subtractDossierCounts(a: DossierCounts, b: DossierCounts): DossierCounts {
  return addDossierCounts(a, {
    received: -b.received,
    returned: -b.returned,
    early: -b.early,
    onTime: -b.onTime,
    late: -b.late,
    withApology: -b.withApology,
    complained: -b.complained,
    ratedUnsatisfied: -b.ratedUnsatisfied,
    bad: -b.bad,
  });
}

/** The figures of a scope and period, as the API, the dashboard and the reports give them. */
export interface DossierFigures extends Omit<DossierCounts, "bad"> {
  /** Open dossiers (received, processing) whose due time has passed, counted now. */
  pendingOverdue: number;
  /** (early + on time) ÷ timed returned dossiers × 100; null when none was returned with a due time. */
  onTimeRate: number | null;
  /** (returned − late − complained − rated "Không hài lòng", each dossier once) ÷ returned × 100. */
  qd766Ratio: number | null;
}

/** Percent with full precision; round only for display (DOMAIN.md). */
function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

/**
 * Figures from counts. The on-time rate's base is the returned dossiers that had a due time (a dossier
 * without one cannot be judged); the QĐ 766 ratio's base is every dossier returned in the period.
 */
export function dossierFigures(counts: DossierCounts, pendingOverdue: number): DossierFigures {
  const { bad, ...rest } = counts;
  const timed = counts.early + counts.onTime + counts.late;
  return {
    ...rest,
    pendingOverdue,
    onTimeRate: percent(counts.early + counts.onTime, timed),
    qd766Ratio: percent(counts.returned - bad, counts.returned),
  };
}

/** Two decimals, as the API gives rates ("80.00" → 80). */
export function roundRate(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** An open dossier — not returned, withdrawn or rejected — whose due time is before `at`. */
export function isOverdue(d: { status: DossierStatus; dueAt: Date | null }, at: Date): boolean {
  return (d.status === "received" || d.status === "processing") && d.dueAt !== null && d.dueAt < at;
}

export const OPEN_STATUSES: readonly DossierStatus[] = ["received", "processing"];

/**
 * Values of raw units pooled over each node's subtree: each raw unit's value goes to the current unit it
 * reports to (`reportingIds`: itself, a merger's successor…) and to every ancestor of that one among `nodes`.
 */
export function poolOverSubtrees<T>(
  nodes: ReadonlyArray<{ id: number; parentId: number | null }>,
  reportingIds: ReadonlyMap<number, number>,
  values: ReadonlyMap<number, T>,
  zero: T,
  add: (a: T, b: T) => T,
): Map<number, T> {
  const parents = new Map(nodes.map((n) => [n.id, n.parentId]));
  const pooled = new Map<number, T>(nodes.map((n) => [n.id, zero]));
  for (const [unitId, own] of values) {
    const seen = new Set<number>();
    for (
      let up: number | null | undefined = reportingIds.get(unitId) ?? unitId;
      up != null && parents.has(up) && !seen.has(up);
    ) {
      seen.add(up);
      pooled.set(up, add(pooled.get(up) ?? zero, own));
      up = parents.get(up);
    }
  }
  return pooled;
}

/** Dossier counts of raw units pooled over each node's subtree (see poolOverSubtrees). */
export function poolDossierCounts(
  nodes: ReadonlyArray<{ id: number; parentId: number | null }>,
  reportingIds: ReadonlyMap<number, number>,
  counts: ReadonlyMap<number, DossierCounts>,
): Map<number, DossierCounts> {
  return poolOverSubtrees(nodes, reportingIds, counts, NO_DOSSIERS, addDossierCounts);
}
