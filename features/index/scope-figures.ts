/**
 * Figures of a scope: which raw units count for which current units (mergers, abolished units), and the
 * figures of their subtrees from counted answers — pooled per subtree by the database (rollups) or pooled
 * here from per-unit counts. The computation half of server/index-figures.ts, which reads the counts. Pure.
 */
import { type HistoricalUnit, type Lineage, reportingUnitIds } from "@/features/units/unit-history";
import type { FigureFilters } from "./dashboard-params";
import { needsRawRows } from "./dashboard-params";
import type { FigureSelection } from "./figure-selection";
import {
  type AnswerCount,
  buildCubes,
  cubeFigures,
  type InstrumentInfo,
  instrumentMap,
  subtreeFigures,
  type TreeNode,
  treeFigures,
  type UnitFigures,
} from "./index-engine";
import type { IndexConfig } from "./index-settings";

export interface UnitScope<U extends HistoricalUnit = HistoricalUnit> {
  /** Current units among the requested ids: the nodes figures are given for. */
  units: U[];
  nodes: TreeNode[];
  /** Raw unit ids to count (the requested ones plus predecessors merged into them). */
  countedIds: number[];
  /** Raw unit id → the current unit its responses count for. */
  reportingIds: Map<number, number>;
}

/** Counted answers of one unit in one month (YYYY-MM; empty when not grouped by month). */
export type CountRow = AnswerCount & { month: string };

/**
 * The scope of the requested unit ids, from every unit whose responses count (`counted`: the requested
 * ones and their predecessors) and the lineage of those units.
 */
export function scopeOf<U extends HistoricalUnit>(
  unitIds: readonly number[],
  counted: readonly U[],
  countedIds: number[],
  lineage: readonly Lineage[],
): UnitScope<U> {
  const requested = new Set(unitIds);
  const units = counted.filter((u) => u.validTo === null && requested.has(u.id));
  return {
    units,
    nodes: units.map((u) => ({ id: u.id, parentId: u.parentId })),
    countedIds,
    reportingIds: reportingUnitIds(counted, lineage),
  };
}

/** The units without a parent in the scope. */
export function rootsOf(nodes: readonly TreeNode[]): number[] {
  const ids = new Set(nodes.map((n) => n.id));
  return nodes.filter((n) => n.parentId === null || !ids.has(n.parentId)).map((n) => n.id);
}

/** Number of units in each unit's subtree within the scope (itself included). */
const subtreeSizes = new WeakMap<Pick<UnitScope, "nodes">, Map<number, number>>();
function scopeSubtreeSizes(scope: Pick<UnitScope, "nodes">): Map<number, number> {
  const known = subtreeSizes.get(scope);
  if (known) return known;
  const parentOf = new Map(scope.nodes.map((n) => [n.id, n.parentId]));
  const sizes = new Map<number, number>(scope.nodes.map((n) => [n.id, 1]));
  for (const node of scope.nodes) {
    const seen = new Set<number>([node.id]);
    for (let at = node.parentId; at !== null && parentOf.has(at) && !seen.has(at); ) {
      seen.add(at);
      sizes.set(at, (sizes.get(at) ?? 1) + 1);
      at = parentOf.get(at) ?? null;
    }
  }
  subtreeSizes.set(scope, sizes);
  return sizes;
}

/**
 * The facets of the facet rollups (`rollup_facet_*`) that give figures under these filters, summed: none
 * (`[]` read as "the plain rollups") without a channel, field, procedure or counter filter; one channel
 * (`k:`), one procedure (`p:`), a field's procedures (`p:` each; `fieldProcedureIds` are the field's) or
 * one counter (`q:`). Null for a combination of those filters: the rollups keep one facet at a time.
 */
export function rollupFacets(
  filters: FigureFilters,
  fieldProcedureIds: readonly number[] = [],
): { facets: string[] } | null {
  const chosen = [
    filters.channel === undefined ? [] : [`k:${filters.channel}`],
    filters.procedureId === undefined ? [] : [`p:${filters.procedureId}`],
    filters.fieldId === undefined ? [] : fieldProcedureIds.map((id) => `p:${id}`),
    filters.counterId === undefined ? [] : [`q:${filters.counterId}`],
  ];
  const used = [filters.channel, filters.procedureId, filters.fieldId, filters.counterId].filter(
    (f) => f !== undefined,
  ).length;
  if (used > 1) return null;
  return { facets: chosen.flat() };
}

/** Whether any filter needs the facet rollups (channel, field, procedure or counter). */
export function usesFacets(filters: FigureFilters): boolean {
  return filters.channel !== undefined || needsRawRows(filters);
}

/**
 * Whether the subtree rollups could give these figures, before asking the database: pooled rollup (the
 * default) and at most one of the filters the facet rollups keep (channel, field, procedure, counter).
 */
export function rollupsMayServe(ids: readonly number[], filters: FigureFilters): boolean {
  return rollupFacets(filters) !== null && ids.length > 0;
}

/** Whether the rollup nodes of `ids` (as built) cover exactly each selected unit's whole subtree in the scope. */
export function rollupsCover(
  scope: Pick<UnitScope, "nodes">,
  ids: readonly number[],
  nodes: ReadonlyArray<{ nodeId: number; units: number }>,
): boolean {
  if (nodes.length !== new Set(ids).size) return false;
  const sizes = scopeSubtreeSizes(scope);
  return nodes.every((r) => sizes.get(r.nodeId) === r.units);
}

/** Counts of raw units as counts of the current units they report to. */
export function attribute<R extends AnswerCount>(rows: readonly R[], scope: UnitScope): R[] {
  return rows.map((r) => ({ ...r, unitId: scope.reportingIds.get(r.unitId) ?? r.unitId }));
}

/** Raw unit ids whose responses count within `rootId`'s subtree. */
export function countedIdsUnder(scope: UnitScope, rootId: number): number[] {
  const children = new Map<number, number[]>();
  for (const n of scope.nodes) {
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  }
  const inside = new Set<number>();
  const visit = (id: number) => {
    if (inside.has(id)) return;
    inside.add(id);
    for (const k of children.get(id) ?? []) visit(k);
  };
  visit(rootId);
  return scope.countedIds.filter((id) => inside.has(scope.reportingIds.get(id) ?? id));
}

/** The units whose figures are computed: the selection, or every unit of the scope in full. */
export function selectedIds(
  scope: UnitScope,
  selection: FigureSelection | undefined,
): { full: readonly number[]; quickOnly: readonly number[] } {
  return { full: selection?.full ?? scope.units.map((u) => u.id), quickOnly: selection?.quickOnly ?? [] };
}

/** Whether flagged responses count: as the filters ask, else as the settings say. */
export function countsFlagged(filters: FigureFilters, config: Pick<IndexConfig, "includeFlagged">): boolean {
  return filters.includeFlagged ?? config.includeFlagged;
}

/** Figures of every current unit's subtree from per-unit counts of the raw units. */
export function scopeFigures(
  scope: UnitScope,
  rows: readonly AnswerCount[],
  instruments: readonly InstrumentInfo[],
  config: IndexConfig,
  includeFlagged: boolean,
): Map<number, UnitFigures> {
  const byKey = instrumentMap(instruments);
  return treeFigures(scope.nodes, buildCubes(attribute(rows, scope), byKey, includeFlagged), byKey, config);
}

/**
 * Figures of the given units' subtrees per month, oldest first. Pooled: `rows` are already pooled per root
 * (the rollups, or each subtree's counts under its root's id); mean: per-unit counts feed the whole tree.
 */
export function monthlyFigures(
  rows: readonly CountRow[],
  months: readonly string[],
  rootIds: readonly number[],
  scope: UnitScope,
  instruments: readonly InstrumentInfo[],
  config: IndexConfig,
  includeFlagged: boolean,
): Array<{ month: string; figures: Map<number, UnitFigures> }> {
  const byKey = instrumentMap(instruments);
  const byMonth = new Map<string, CountRow[]>();
  for (const row of rows) {
    const list = byMonth.get(row.month);
    if (list) list.push(row);
    else byMonth.set(row.month, [row]);
  }
  return months.map((month) => {
    const cubes = buildCubes(byMonth.get(month) ?? [], byKey, includeFlagged);
    return {
      month,
      figures:
        config.rollup === "pooled"
          ? new Map(rootIds.map((id) => [id, cubeFigures(cubes.get(id) ?? new Map(), byKey, config.minN)]))
          : subtreeFigures(scope.nodes, cubes, byKey, config, rootIds),
    };
  });
}
