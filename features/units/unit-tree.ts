/** Helpers over a list of units that form (part of) the unit tree. Pure. */
import { byName } from "@/lib/collate";

export interface TreeUnit {
  id: number;
  parentId: number | null;
  name: string;
}

export interface TreeRow<U extends TreeUnit> {
  unit: U;
  depth: number;
  /** Ids of the unit and every unit below it within the list. */
  subtreeIds: number[];
}

/** Depth-first rows (parents before children, siblings by name); roots are units whose parent is not in the list. */
export function flattenTree<U extends TreeUnit>(units: readonly U[]): TreeRow<U>[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, U[]>();
  for (const u of units) {
    const key = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  for (const list of children.values()) list.sort(byName);
  const rows: TreeRow<U>[] = [];
  const visit = (u: U, depth: number): number[] => {
    const row: TreeRow<U> = { unit: u, depth, subtreeIds: [u.id] };
    rows.push(row);
    for (const c of children.get(u.id) ?? []) row.subtreeIds.push(...visit(c, depth + 1));
    return row.subtreeIds;
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return rows;
}
