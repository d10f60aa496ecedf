import { describe, expect, it } from "vitest";
import { reportingUnitIds } from "./unit-history";

describe("reportingUnitIds", () => {
  // Province 1; abolished district 2 with communes 3 and 4 merged into current commune 5; 6 abolished, no successor.
  const units = [
    { id: 1, parentId: null, validTo: null },
    { id: 2, parentId: 1, validTo: "2025-06-30" },
    { id: 3, parentId: 2, validTo: "2025-06-30" },
    { id: 4, parentId: 2, validTo: "2025-06-30" },
    { id: 5, parentId: 1, validTo: null },
    { id: 6, parentId: 2, validTo: "2025-06-30" },
  ];
  const lineage = [
    { successorId: 5, predecessorId: 3 },
    { successorId: 5, predecessorId: 4 },
  ];

  it("keeps current units, sends merged units to their successor and others to the nearest current ancestor", () => {
    expect(Object.fromEntries(reportingUnitIds(units, lineage))).toEqual({
      1: 1,
      2: 1,
      3: 5,
      4: 5,
      5: 5,
      6: 1,
    });
  });

  it("follows chains of mergers and survives a lineage cycle", () => {
    const chain = [
      { id: 1, parentId: null, validTo: "2020-01-01" },
      { id: 2, parentId: null, validTo: "2022-01-01" },
      { id: 3, parentId: null, validTo: null },
    ];
    expect(
      reportingUnitIds(chain, [
        { successorId: 2, predecessorId: 1 },
        { successorId: 3, predecessorId: 2 },
      ]).get(1),
    ).toBe(3);
    const loop = reportingUnitIds(chain.slice(0, 2), [
      { successorId: 2, predecessorId: 1 },
      { successorId: 1, predecessorId: 2 },
    ]);
    expect([1, 2]).toContain(loop.get(1));
  });
});
