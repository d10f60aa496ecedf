import "server-only";
import type { KeyActor } from "@/features/access/permissions";
import { can } from "@/features/access/permissions";
import type { Outcome } from "@/features/access/server/change";
import { resolveScopeUnits, type ScopeUnits } from "@/features/index/server/index-figures";
import { listSubtreeUnitIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import { earlierDay, localDay } from "@/lib/time";
import type { FiguresOutput } from "../api";
import { type DossierFigures, dossierFigures, NO_DOSSIERS, poolDossierCounts, roundRate } from "../lifecycle";
import {
  countOpenOverdue,
  listDossierCountsByUnit,
  listOpenOverdueByUnit,
  sumDossierCounts,
} from "./dossier-queries";

/** The raw unit ids whose dossiers count for a unit's subtree: its units and those merged into them. */
async function countedUnitIds(unitId: number): Promise<number[]> {
  const subtree = await listSubtreeUnitIds([unitId]);
  return (await resolveScopeUnits(subtree)).countedIds;
}

/**
 * The dossier figures of a unit's subtree over local days `from`..`to`: dossiers received in the period,
 * those returned in it by outcome (early, on time, late), with apology letters, complained about and rated
 * "Không hài lòng"; open dossiers overdue now (or at the period's end if it is over).
 */
export async function subtreeDossierFigures(
  unitId: number,
  range: { from: string; to: string },
  now = new Date(),
): Promise<DossierFigures> {
  const ids = await countedUnitIds(unitId);
  const cut = overdueCut(range, now);
  const [counts, overdue] = await Promise.all([
    sumDossierCounts(ids, range),
    countOpenOverdue(ids, cut.lastDay, cut.at),
  ]);
  return dossierFigures(counts, overdue);
}

/** The instant open dossiers are judged overdue at, and the last day they may have been received. */
function overdueCut(range: { to: string }, now: Date): { at: Date; lastDay: string } {
  const endOfPeriod = new Date(Date.parse(`${range.to}T00:00:00+07:00`) + 86_400_000);
  return { at: endOfPeriod < now ? endOfPeriod : now, lastDay: earlierDay(range.to, localDay(now)) };
}

/**
 * The dossier figures of every current unit of a scope, each pooled over its subtree within the scope
 * (dossiers of merged units count for their successor): the dashboard's, the ranking's, the reports'.
 */
export async function scopeDossierFigures(
  scope: Pick<ScopeUnits, "nodes" | "countedIds" | "reportingIds">,
  range: { from: string; to: string },
  now = new Date(),
): Promise<Map<number, DossierFigures>> {
  const cut = overdueCut(range, now);
  const [counts, overdue] = await Promise.all([
    listDossierCountsByUnit(scope.countedIds, range),
    listOpenOverdueByUnit(scope.countedIds, cut.lastDay, cut.at),
  ]);
  const pooled = poolDossierCounts(scope.nodes, scope.reportingIds, counts);
  const overdueCounts = new Map([...overdue].map(([id, n]) => [id, { ...NO_DOSSIERS, received: n }]));
  const pooledOverdue = poolDossierCounts(scope.nodes, scope.reportingIds, overdueCounts);
  return new Map([...pooled].map(([id, c]) => [id, dossierFigures(c, pooledOverdue.get(id)?.received ?? 0)]));
}

/** `GET /api/v1/dossiers/figures` for an API key: its unit (or one below it) and a period. */
export async function figuresForKey(
  actor: KeyActor,
  query: { from: string; to: string; unit?: number },
): Promise<Outcome<FiguresOutput>> {
  const unitId = query.unit ?? actor.unitId;
  if (!can(actor, { permission: "unit.view", unitId })) {
    return {
      ok: false,
      refusal: {
        reason: "not_found",
        message: phrase("dossiers.errors.unitOutOfScope"),
        fieldErrors: { unit: phrase("dossiers.errors.unitOutOfScope") },
      },
    };
  }
  const f = await subtreeDossierFigures(unitId, query);
  return {
    ok: true,
    value: {
      unitId,
      from: query.from,
      to: query.to,
      received: f.received,
      returned: f.returned,
      early: f.early,
      onTime: f.onTime,
      late: f.late,
      pendingOverdue: f.pendingOverdue,
      onTimeRate: roundRate(f.onTimeRate),
      withApology: f.withApology,
      complained: f.complained,
      ratedUnsatisfied: f.ratedUnsatisfied,
      qd766Ratio: roundRate(f.qd766Ratio),
    },
  };
}
