/**
 * Which units' figures a dashboard page computes (server/index-figures.ts `getFigures`): full
 * figures for the units it shows, the quick figure alone for units it only ranks. Pure.
 */

export interface FigureSelection {
  full: readonly number[];
  quickOnly?: readonly number[];
}

interface SelectableUnit {
  id: number;
  parentId: number | null;
}

/** Above this many units the overview lists the top two levels only; the drill-down shows the rest. */
export const OVERVIEW_FULL_TREE_MAX = 200;

/** The units the overview lists: the whole scope when it is small, else its roots and their children. */
export function overviewSelection({ units }: { units: readonly SelectableUnit[] }): FigureSelection {
  if (units.length <= OVERVIEW_FULL_TREE_MAX) return { full: units.map((u) => u.id) };
  const ids = new Set(units.map((u) => u.id));
  const roots = new Set(units.filter((u) => u.parentId === null || !ids.has(u.parentId)).map((u) => u.id));
  return {
    full: units
      .filter((u) => roots.has(u.id) || (u.parentId !== null && roots.has(u.parentId)))
      .map((u) => u.id),
  };
}

/**
 * A unit's page: the unit and its children in full; with `allBelow` ("xếp hạng tất cả đơn vị cấp dưới")
 * every other unit of the scope (its descendants) with the quick figure only.
 */
export function unitPageSelection(
  unitId: number,
  allBelow: boolean,
): (scope: { units: readonly SelectableUnit[] }) => FigureSelection {
  return ({ units }) => {
    const full = units.filter((u) => u.id === unitId || u.parentId === unitId).map((u) => u.id);
    const shown = new Set(full);
    return { full, quickOnly: allBelow ? units.filter((u) => !shown.has(u.id)).map((u) => u.id) : [] };
  };
}
