import { describe, expect, it } from "vitest";
import { OVERVIEW_FULL_TREE_MAX, overviewSelection, unitPageSelection } from "./figure-selection";

/** root 1 → provinces 2.. → communes below each province */
function country(provinces: number, communesEach: number) {
  const units = [{ id: 1, parentId: null as number | null }];
  let next = 2;
  for (let p = 0; p < provinces; p++) {
    const province = next++;
    units.push({ id: province, parentId: 1 });
    for (let c = 0; c < communesEach; c++) units.push({ id: next++, parentId: province });
  }
  return units;
}

describe("overviewSelection", () => {
  it("lists every unit of a small scope", () => {
    const units = country(3, 5);
    expect(overviewSelection({ units }).full).toEqual(units.map((u) => u.id));
  });

  it("lists the roots and their children of a large scope", () => {
    const units = country(34, 10);
    expect(units.length).toBeGreaterThan(OVERVIEW_FULL_TREE_MAX);
    const full = overviewSelection({ units }).full;
    expect(full).toHaveLength(35);
    expect(full).toContain(1);
    expect(units.filter((u) => u.parentId === 1).every((u) => full.includes(u.id))).toBe(true);
  });

  it("treats units whose parent is outside the scope as roots", () => {
    const units = country(34, 10)
      .map((u) => (u.id === 1 ? u : u))
      .filter((u) => u.id !== 1);
    const full = overviewSelection({ units }).full;
    // The 34 provinces are roots now, with their communes.
    expect(full).toHaveLength(units.length);
  });
});

describe("unitPageSelection", () => {
  it("has the unit and its children in full, and the rest quick-only when ranking all below", () => {
    const units = country(3, 4);
    const province = 2;
    const subtree = units.filter((u) => u.id === province || u.parentId === province);
    expect(unitPageSelection(province, false)({ units: subtree })).toEqual({
      full: subtree.map((u) => u.id),
      quickOnly: [],
    });
    const national = unitPageSelection(1, true)({ units });
    expect(national.full).toEqual([1, ...units.filter((u) => u.parentId === 1).map((u) => u.id)]);
    expect(new Set([...national.full, ...(national.quickOnly ?? [])]).size).toBe(units.length);
    expect(national.quickOnly?.some((id) => national.full.includes(id))).toBe(false);
  });
});
