import { describe, expect, it } from "vitest";
import { rankingPage, rankUnits } from "./index-ranking";

const row = (id: number, name: string, index: number | null, n: number, change: number | null = null) => ({
  id,
  name,
  index,
  n,
  change,
  enoughSamples: n >= 30 && index !== null,
});

const rows = [
  row(1, "Bình Minh", 80, 100, 2),
  row(2, "An Hòa", 90, 40, -1),
  row(3, "Hòa Lạc", 80, 300, null),
  row(4, "Tân Phú", 99, 10, 5),
  row(5, "Đông Sơn", null, 0),
];

describe("rankUnits", () => {
  it("ranks by index (ties share a rank) and lists units below the minimum n last, unranked, by name", () => {
    const ranked = rankUnits(rows);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 2],
      [5, null],
      [4, null],
    ]);
  });

  it("sorts by n or change in either direction, keeping rank numbers and empty values last", () => {
    expect(rankUnits(rows, "n", "desc").map((r) => r.id)).toEqual([3, 1, 2, 5, 4]);
    expect(rankUnits(rows, "n", "asc").map((r) => r.id)).toEqual([2, 1, 3, 5, 4]);
    const byChange = rankUnits(rows, "change", "asc");
    expect(byChange.map((r) => r.id)).toEqual([2, 1, 3, 5, 4]);
    expect(byChange.find((r) => r.id === 3)?.rank).toBe(2);
  });

  it("sorts every unit by a dossier figure, units without dossiers last, rank numbers still the index's", () => {
    const withDossiers = rows.map((r, i) => ({ ...r, onTimeRate: [95, null, 99.5, 80, 100][i] ?? null }));
    const desc = rankUnits(withDossiers, "onTimeRate", "desc");
    // Tân Phú (below the minimum n) and Đông Sơn (no answers) are sorted with the others.
    expect(desc.map((r) => r.id)).toEqual([5, 3, 1, 4, 2]);
    expect(desc.map((r) => r.rank)).toEqual([null, 2, 2, null, 1]);
    expect(rankUnits(withDossiers, "onTimeRate", "asc").map((r) => r.id)).toEqual([4, 1, 3, 5, 2]);
  });
});

describe("rankingPage", () => {
  const rows = Array.from({ length: 450 }, (_, i) => i + 1);

  it("cuts a long ranking into pages and says where the page starts", () => {
    expect(rankingPage(rows, 1, 200)).toMatchObject({ page: 1, pages: 3, first: 1 });
    expect(rankingPage(rows, 1, 200).rows).toHaveLength(200);
    const last = rankingPage(rows, 3, 200);
    expect(last).toMatchObject({ page: 3, pages: 3, first: 401 });
    expect(last.rows).toEqual(rows.slice(400));
  });

  it("clamps pages out of range, and a short ranking is one page", () => {
    expect(rankingPage(rows, 99, 200).page).toBe(3);
    expect(rankingPage(rows, 0, 200).page).toBe(1);
    expect(rankingPage(rows, Number.NaN, 200).page).toBe(1);
    expect(rankingPage([1, 2, 3], 2, 200)).toEqual({ rows: [1, 2, 3], page: 1, pages: 1, first: 1 });
    expect(rankingPage([], 1, 200)).toEqual({ rows: [], page: 1, pages: 1, first: 1 });
  });
});
