import { describe, expect, it } from "vitest";
import { flattenTree } from "./unit-tree";

describe("flattenTree", () => {
  const units = [
    { id: 3, parentId: 1, name: "Xã B" },
    { id: 1, parentId: null, name: "Tỉnh" },
    { id: 2, parentId: 1, name: "Xã A" },
    { id: 4, parentId: 2, name: "Trung tâm xã A" },
  ];
  it("orders parents before children and collects subtrees", () => {
    const rows = flattenTree(units);
    expect(rows.map((r) => [r.unit.id, r.depth])).toEqual([
      [1, 0],
      [2, 1],
      [4, 2],
      [3, 1],
    ]);
    expect(rows[0]?.subtreeIds.sort()).toEqual([1, 2, 3, 4]);
    expect(rows[1]?.subtreeIds.sort()).toEqual([2, 4]);
  });
  it("treats units whose parent is out of scope as roots", () => {
    const rows = flattenTree(units.filter((u) => u.id !== 1));
    expect(rows.filter((r) => r.depth === 0).map((r) => r.unit.id)).toEqual([2, 3]);
  });
});
