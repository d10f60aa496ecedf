import "server-only";
import type { KeyActor } from "@/features/access/permissions";
import { can } from "@/features/access/permissions";
import type { Outcome } from "@/features/access/server/change";
import type { DayRange } from "@/features/index/dashboard-params";
import { signedMonthSplit } from "@/features/index/month-split";
import { resolveScopeUnits, type ScopeUnits } from "@/features/index/server/index-figures";
import { rollupsHold } from "@/features/index/server/rollups";
import { listSubtreeUnitIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import { earlierDay, localDay } from "@/lib/time";
import type { FiguresOutput } from "../api";
import {
  addDossierCounts,
  type DossierCounts,
  type DossierFigures,
  dossierFigures,
  NO_DOSSIERS,
  poolDossierCounts,
  poolOverSubtrees,
  roundRate,
} from "../lifecycle";
import {
  countOpenOverdue,
  listDossierCountsByUnit,
  listOpenOverdueByUnit,
  listRollupDossierCounts,
  listSignedRollupDossierCounts,
  sumDossierCounts,
} from "./dossier-queries";

/**
 * Reads: whole months from the subtree rollups (`rollup_dossier_monthly_counts`, one row per node and
 * month), the days at either end from their daily rows (`rollup_dossier_daily_counts`) — when the rollups are valid and every
 * asked node's whole subtree is inside the scope; otherwise every raw unit's daily counts over the period,
 * pooled here. Both give the same figures (figures.test.ts); `{ rollups: false }` forces the second.
 */
export interface DossierReadOptions {
  rollups?: boolean;
  /** The units whose figures are wanted (default: every unit of the scope); others may be missing. */
  ids?: readonly number[];
}

/**
 * Pooled counts of `ids` (current units of the scope, each over its subtree within the scope) through the
 * rollups, or null when the rollups cannot give them.
 */
async function rollupCounts(
  scope: Pick<ScopeUnits, "nodes" | "countedIds" | "reportingIds">,
  ids: readonly number[],
  range: DayRange,
): Promise<Map<number, DossierCounts> | null> {
  if (!(await rollupsHold(scope, ids))) return null;
  const split = signedMonthSplit(range);
  const [months, edges] = await Promise.all([
    listRollupDossierCounts(ids, split.months),
    listSignedRollupDossierCounts(ids, split.add, split.subtract),
  ]);
  return new Map(
    ids.map((id) => {
      const whole = months.get(id) ?? NO_DOSSIERS;
      const edge = edges.get(id);
      return [id, edge ? addDossierCounts(whole, edge) : whole];
    }),
  );
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
  { rollups = true }: DossierReadOptions = {},
): Promise<DossierFigures> {
  const scope = await resolveScopeUnits(await listSubtreeUnitIds([unitId]));
  const ids = scope.countedIds;
  const cut = overdueCut(range, now);
  const [fromRollups, overdue] = await Promise.all([
    rollups ? rollupCounts(scope, [unitId], range) : null,
    countOpenOverdue(ids, cut.lastDay, cut.at),
  ]);
  const counts = fromRollups?.get(unitId) ?? (await sumDossierCounts(ids, range));
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
  { rollups = true, ids = scope.nodes.map((n) => n.id) }: DossierReadOptions = {},
): Promise<Map<number, DossierFigures>> {
  const cut = overdueCut(range, now);
  const [fromRollups, overdue] = await Promise.all([
    rollups ? rollupCounts(scope, ids, range) : null,
    listOpenOverdueByUnit(scope.countedIds, cut.lastDay, cut.at),
  ]);
  const pooled =
    fromRollups ??
    poolDossierCounts(
      scope.nodes,
      scope.reportingIds,
      await listDossierCountsByUnit(scope.countedIds, range),
    );
  const pooledOverdue = poolOverSubtrees(scope.nodes, scope.reportingIds, overdue, 0, (a, b) => a + b);
  return new Map([...pooled].map(([id, c]) => [id, dossierFigures(c, pooledOverdue.get(id) ?? 0)]));
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
