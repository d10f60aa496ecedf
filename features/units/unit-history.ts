/** Where the responses of units that no longer exist are counted (DOMAIN.md "Units": keep history). Pure. */

export interface HistoricalUnit {
  id: number;
  parentId: number | null;
  validTo: string | null;
}

export interface Lineage {
  successorId: number;
  predecessorId: number;
}

/**
 * Maps every unit id to the current unit its responses count for: itself while it exists; after a merger
 * its successor (named in the lineage); without a successor its nearest current ancestor; a historical
 * root with neither keeps its own id.
 */
export function reportingUnitIds(
  units: readonly HistoricalUnit[],
  lineage: readonly Lineage[],
): Map<number, number> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const successor = new Map(lineage.map((l) => [l.predecessorId, l.successorId]));
  const result = new Map<number, number>();
  const resolve = (id: number, seen: Set<number>): number => {
    const known = result.get(id);
    if (known !== undefined) return known;
    const unit = byId.get(id);
    if (!unit || unit.validTo === null || seen.has(id)) return id;
    seen.add(id);
    const next = successor.get(id) ?? unit.parentId;
    return next === null || !byId.has(next) ? id : resolve(next, seen);
  };
  for (const unit of units) result.set(unit.id, resolve(unit.id, new Set()));
  return result;
}
