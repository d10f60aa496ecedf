import { describe, expect, it } from "vitest";
import { type Actor, can } from "@/features/access/permissions";
import { attributedCodes, officerFigure, officerMonth, ratingsByOfficer } from "./officers";

describe("attribution", () => {
  it("names the receiving and the returning officer, each once, and skips missing codes", () => {
    expect(attributedCodes({ receivedBy: "A", returnedBy: "B" })).toEqual(["A", "B"]);
    expect(attributedCodes({ receivedBy: "A", returnedBy: "A" })).toEqual(["A"]);
    expect(attributedCodes({ receivedBy: null, returnedBy: "B" })).toEqual(["B"]);
    expect(attributedCodes({ receivedBy: "", returnedBy: null })).toEqual([]);
  });

  it("counts the top two levels as satisfied and the QĐ 766 levels as Không hài lòng, per scale", () => {
    const ratings = ratingsByOfficer([
      { receivedBy: "A", returnedBy: "B", scaleSize: 3, value: 3, count: 2 },
      { receivedBy: "A", returnedBy: "B", scaleSize: 3, value: 1, count: 1 },
      { receivedBy: "A", returnedBy: null, scaleSize: 5, value: 4, count: 1 },
      { receivedBy: "A", returnedBy: null, scaleSize: 5, value: 3, count: 1 },
      { receivedBy: "A", returnedBy: "A", scaleSize: 5, value: 2, count: 1 },
    ]);
    expect(ratings.get("A")).toEqual({ n: 6, satisfied: 3, unsatisfied: 2 });
    expect(ratings.get("B")).toEqual({ n: 3, satisfied: 2, unsatisfied: 1 });
  });
});

describe("an officer's figure", () => {
  const officer = { code: "A", name: null, officerId: 1, userId: null };

  it("shows the share only at or above the minimum n", () => {
    const below = officerFigure(officer, { n: 4, satisfied: 3, unsatisfied: 1 }, undefined, 5);
    expect(below).toMatchObject({ satisfiedRate: 75, enoughRatings: false, received: 0, onTimeRate: null });
    const at = officerFigure(officer, { n: 5, satisfied: 4, unsatisfied: 1 }, undefined, 5);
    expect(at).toMatchObject({ satisfiedRate: 80, enoughRatings: true });
  });

  it("rates on time over the dossiers returned with a due time", () => {
    const f = officerFigure(officer, undefined, { received: 3, returned: 4, timed: 3, onTime: 2 }, 30);
    expect(f.onTimeRate).toBeCloseTo(66.6667, 3);
    expect(f).toMatchObject({ n: 0, satisfiedRate: null, enoughRatings: false });
  });
});

describe("the month asked for", () => {
  it("takes a valid month not after today's, else today's", () => {
    expect(officerMonth("2026-02", "2026-11-30")).toEqual({
      month: "2026-02",
      range: { from: "2026-02-01", to: "2026-02-28" },
    });
    expect(officerMonth("2026-12", "2026-11-30").month).toBe("2026-11");
    expect(officerMonth("tháng 3", "2026-11-30").month).toBe("2026-11");
  });
});

describe("the officer.view grant", () => {
  const actor = (over: Partial<Actor>): Actor => ({
    userId: "u1",
    name: "",
    email: "",
    roles: [],
    scopeUnitIds: new Set([7]),
    rootUnitIds: [7],
    editableUnitIds: new Set(),
    catalogEditor: false,
    ...over,
  });

  it("holds for the unit's administrators and for the linked officer only", () => {
    const grant = (officerUserId: string | null) => ({
      permission: "officer.view" as const,
      unitId: 7,
      officerUserId,
    });
    expect(can(actor({ editableUnitIds: new Set([7]) }), grant(null))).toBe(true);
    expect(can(actor({}), grant(null))).toBe(false);
    expect(can(actor({}), grant("u1"))).toBe(true);
    expect(can(actor({}), grant("u2"))).toBe(false);
    expect(can(actor({ editableUnitIds: new Set([8]) }), grant("u2"))).toBe(false);
    expect(can({ apiKeyId: 1, prefix: "x", unitId: 7, unitIds: new Set([7]) }, grant(null))).toBe(false);
  });
});
