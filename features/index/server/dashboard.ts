import "server-only";
import type { Unit } from "@/db/schema";
import { type Actor, can } from "@/features/access/permissions";
import type { DossierFigures } from "@/features/dossiers/lifecycle";
import { scopeDossierFigures } from "@/features/dossiers/server/figures";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import { type AbnormalCounts, countAbnormalAnswers } from "@/features/survey/server/burst-queries";
import {
  listAncestorUnitIds,
  listSubtreeUnitIds,
  listUnitsByIds,
} from "@/features/units/server/unit-queries";
import { flattenTree } from "@/features/units/unit-tree";
import { localDay } from "@/lib/time";
import { type DashboardQuery, parseDashboardQuery, trendMonths } from "../dashboard-params";
import { type FigureSelection, overviewSelection, unitPageSelection } from "../figure-selection";
import type { FigureRow } from "../figure-table";
import type { UnitFigures } from "../index-engine";
import { type IndexTarget, targetFor } from "../index-settings";
import { rootsOf, selectedIds } from "../scope-figures";
import { type FilterOptions, listFilterOptions, listRecentComments } from "./dashboard-queries";
import {
  getFigures,
  getIndexSettings,
  getMonthlyFigures,
  listFigureInstruments,
  resolveScopeUnits,
  type ScopeUnits,
} from "./index-figures";

export type DashboardParams = Record<string, string | string[] | undefined>;

export interface DashboardData {
  today: string;
  query: DashboardQuery;
  minN: number;
  rollup: "pooled" | "mean";
  targets: IndexTarget[];
  target: IndexTarget | undefined;
  definitions: Map<string, InstrumentDefinition>;
  /** Instruments' titles in both languages (content of the instrument, not of the catalogue). */
  titles: Map<string, { vi: string; en: string }>;
  scope: Scope;
  current: Map<number, UnitFigures>;
  previous: Map<number, UnitFigures>;
  /** Dossier figures (on-time rate, QĐ 766 ratio) of every current unit's subtree over the period. */
  dossiers: Map<number, DossierFigures>;
  months: Array<{ month: string; figures: Map<number, UnitFigures> }>;
  options: FilterOptions;
  /** Answers of the period held for review or flagged: never in the figures, always said. */
  abnormal: AbnormalCounts;
}

type Scope = ScopeUnits;

/**
 * Everything a dashboard page shows for a set of units (raw ids of one or more subtrees) and its GET params.
 * `select` names the units whose figures the page shows (default: every unit in the scope).
 */
export async function loadDashboard(
  unitIds: readonly number[],
  params: DashboardParams,
  trendRootIds?: readonly number[],
  select?: (scope: Scope) => FigureSelection,
): Promise<DashboardData> {
  const today = localDay(new Date());
  const query = parseDashboardQuery(params, today);
  const [config, instruments, scope, options] = await Promise.all([
    getIndexSettings(),
    listFigureInstruments(),
    resolveScopeUnits(unitIds),
    listFilterOptions(unitIds),
  ]);
  const { period, filters } = query;
  const trend = trendMonths([period.to, today].sort()[0] ?? today);
  const selection = select?.(scope);
  const shown = selectedIds(scope, selection);
  const [current, previous, dossiers, months, abnormal] = await Promise.all([
    getFigures(scope, period, filters, config, instruments, selection),
    getFigures(scope, period.previous, filters, config, instruments, selection),
    scopeDossierFigures(scope, period, undefined, { ids: [...shown.full, ...shown.quickOnly] }),
    getMonthlyFigures(scope, trendRootIds ?? rootsOf(scope.nodes), trend, filters, config, instruments),
    countAbnormalAnswers(scope.countedIds, period.from, period.to),
  ]);
  return {
    today,
    query,
    minN: config.minN,
    rollup: config.rollup,
    targets: config.targets,
    target: targetFor(config.targets, Number(period.to.slice(0, 4))),
    definitions: new Map(instruments.map((i) => [i.key, i.definition])),
    titles: new Map(instruments.map((i) => [i.key, i.definition.title])),
    scope,
    current,
    previous,
    dossiers,
    months,
    options,
    abnormal,
  };
}

/** The table row of a unit's subtree, at `depth`; none when the unit's figures were not computed. */
function figureRow(data: DashboardData, unit: Unit, depth: number): FigureRow[] {
  const figures = data.current.get(unit.id);
  return figures
    ? [{ unit, depth, figures, previous: data.previous.get(unit.id), dossiers: data.dossiers.get(unit.id) }]
    : [];
}

/** Rows of the given units, depth-first as the tree nests them. */
export function figureRows(data: DashboardData, units: readonly Unit[]): FigureRow[] {
  return flattenTree(units).flatMap(({ unit, depth }) => figureRow(data, unit, depth));
}

/** The overview of the actor's whole scope: every unit's subtree (the top two levels of a large scope). */
export async function overviewDashboard(actor: Actor, params: DashboardParams) {
  const data = await loadDashboard([...actor.scopeUnitIds], params, undefined, overviewSelection);
  const rows = figureRows(data, data.scope.units);
  return { ...data, rows, roots: rows.filter((r) => r.depth === 0) };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * One unit the actor may see: its subtree's figures, its children, their ranking (or, with
 * `pham-vi=tat-ca`, every unit below), the units above it in the actor's scope and the latest comments.
 * Undefined for any other unit, so that ids outside the scope cannot be probed.
 */
export async function unitDashboard(actor: Actor, unitId: number, params: DashboardParams) {
  if (!can(actor, { permission: "unit.view", unitId })) return undefined;
  const [subtree, ancestors] = await Promise.all([listSubtreeUnitIds([unitId]), listAncestorUnitIds(unitId)]);
  const allBelow = first(params["pham-vi"]) === "tat-ca";
  const data = await loadDashboard(subtree, params, [unitId], unitPageSelection(unitId, allBelow));
  const unit = data.scope.units.find((u) => u.id === unitId);
  const figures = data.current.get(unitId);
  if (!unit || !figures) return undefined;
  const tree = flattenTree(data.scope.units);
  const children = tree.filter((r) => r.unit.parentId === unitId).flatMap((r) => figureRow(data, r.unit, 0));
  const ranked = allBelow
    ? tree.filter((r) => r.unit.id !== unitId).flatMap((r) => figureRow(data, r.unit, 0))
    : children;
  const { period, filters } = data.query;
  const [above, comments] = await Promise.all([
    listUnitsByIds(
      ancestors.filter((id) => id !== unitId && can(actor, { permission: "unit.view", unitId: id })),
    ),
    listRecentComments({ unitIds: data.scope.countedIds, from: period.from, to: period.to, filters }),
  ]);
  const crumbs = above.sort((a, b) => ancestors.indexOf(b.id) - ancestors.indexOf(a.id));
  return { ...data, unit, figures, children, ranked, allBelow, crumbs, comments };
}

/**
 * The printable monthly report of one unit the actor may see (its figures and its children's), with the
 * current units of the actor's scope to choose another and the unit's chain up the tree (itself first) for
 * the report's header; undefined for any other unit.
 */
export async function monthlyReport(actor: Actor, unitId: number, month: string) {
  if (!can(actor, { permission: "unit.view", unitId })) return undefined;
  const [subtree, choices, ancestorIds] = await Promise.all([
    listSubtreeUnitIds([unitId]),
    listUnitsByIds([...actor.scopeUnitIds]),
    listAncestorUnitIds(unitId),
  ]);
  const data = await loadDashboard(subtree, { ky: "thang", thang: month }, [unitId]);
  const unit = data.scope.units.find((u) => u.id === unitId);
  const figures = data.current.get(unitId);
  if (!unit || !figures) return undefined;
  const rows = flattenTree(data.scope.units)
    .filter((r) => r.unit.id === unitId || r.unit.parentId === unitId)
    .flatMap((r) => figureRow(data, r.unit, r.unit.id === unitId ? 0 : 1));
  // The header names the unit under its parent and the place it is in: names only, as on any letterhead.
  const ancestors = await listUnitsByIds(ancestorIds);
  const chain = ancestorIds.flatMap((id) => ancestors.filter((u) => u.id === id));
  const units = flattenTree(choices.filter((u) => u.validTo === null));
  return { ...data, unit, figures, rows, units, chain };
}
