import { describe, expect, it } from "vitest";
import {
  derivedFields,
  dossierFigures,
  NO_DOSSIERS,
  poolDossierCounts,
  roundRate,
  timelinessOf,
} from "./lifecycle";

const t = (s: string) => new Date(s);

describe("timelinessOf (local days, Asia/Ho_Chi_Minh)", () => {
  const due = t("2026-12-08T17:00:00+07:00");
  it("is early on any local day before the due day, even late in the evening", () => {
    expect(timelinessOf(t("2026-12-07T23:59:00+07:00"), due)).toBe("early");
    // 16:30 UTC on the 7th is 23:30 on the 7th in Vietnam: still the day before.
    expect(timelinessOf(t("2026-12-07T16:30:00Z"), due)).toBe("early");
  });
  it("is on time on the due day up to the due time, late one second after", () => {
    // 17:30 UTC on the 7th is 00:30 on the 8th in Vietnam: the due day.
    expect(timelinessOf(t("2026-12-07T17:30:00Z"), due)).toBe("on_time");
    expect(timelinessOf(t("2026-12-08T17:00:00+07:00"), due)).toBe("on_time");
    expect(timelinessOf(t("2026-12-08T17:00:01+07:00"), due)).toBe("late");
  });
  it("cannot judge a dossier without a due time", () => {
    expect(timelinessOf(t("2026-12-08T10:00:00+07:00"), null)).toBeNull();
  });
});

describe("derivedFields", () => {
  it("times only a returned dossier", () => {
    const base = { receivedAt: t("2026-12-01T08:00:00+07:00"), dueAt: t("2026-12-08T17:00:00+07:00") };
    expect(derivedFields({ ...base, status: "processing", returnedAt: null })).toEqual({
      receivedDay: "2026-12-01",
      returnedDay: null,
      timeliness: null,
    });
    expect(
      derivedFields({ ...base, status: "returned", returnedAt: t("2026-12-09T08:00:00+07:00") }),
    ).toEqual({
      receivedDay: "2026-12-01",
      returnedDay: "2026-12-09",
      timeliness: "late",
    });
  });
});

describe("dossierFigures", () => {
  it("reproduces the issue's example: 80.00 on time, 60.00 QĐ 766", () => {
    const f = dossierFigures(
      {
        ...NO_DOSSIERS,
        received: 10,
        returned: 10,
        early: 7,
        onTime: 1,
        late: 2,
        complained: 1,
        ratedUnsatisfied: 1,
        bad: 4,
      },
      0,
    );
    expect([roundRate(f.onTimeRate), roundRate(f.qd766Ratio)]).toEqual([80, 60]);
  });
  it("counts a late dossier that was also complained about once", () => {
    const f = dossierFigures({ ...NO_DOSSIERS, returned: 4, early: 3, late: 1, complained: 1, bad: 1 }, 2);
    expect(f.qd766Ratio).toBe(75);
    expect(f.pendingOverdue).toBe(2);
  });
  it("has no rates without returned dossiers, and keeps full precision", () => {
    expect(dossierFigures(NO_DOSSIERS, 0)).toMatchObject({ onTimeRate: null, qd766Ratio: null });
    const f = dossierFigures({ ...NO_DOSSIERS, returned: 3, early: 2, late: 1, bad: 1 }, 0);
    expect(f.onTimeRate).toBeCloseTo(66.6667, 4);
    expect(roundRate(f.onTimeRate)).toBe(66.67);
  });
  it("QĐ 766: (returned − distinct bad) ÷ returned × 100, as the index used to give it", () => {
    const ratio = (returned: number, bad: number) =>
      dossierFigures({ ...NO_DOSSIERS, returned, bad }, 0).qd766Ratio;
    expect(ratio(200, 10)).toBe(95);
    expect(ratio(3, 0)).toBe(100);
    expect(ratio(3, 3)).toBe(0);
    expect(roundRate(ratio(3, 1))).toBe(66.67);
    expect(ratio(0, 0)).toBeNull();
  });
  it("judges the on-time rate on the dossiers that had a due time", () => {
    const f = dossierFigures({ ...NO_DOSSIERS, returned: 5, early: 3, late: 1 }, 0);
    expect(f.onTimeRate).toBe(75);
    expect(f.qd766Ratio).toBe(100);
  });
});

describe("poolDossierCounts", () => {
  it("pools a unit's counts into every ancestor, and a merged unit's into its successor's", () => {
    const nodes = [
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
    ];
    const one = { ...NO_DOSSIERS, received: 1 };
    // 9 is a merged commune whose dossiers count for 3.
    const pooled = poolDossierCounts(
      nodes,
      new Map([[9, 3]]),
      new Map([
        [3, one],
        [9, one],
        [2, one],
      ]),
    );
    expect([1, 2, 3].map((id) => pooled.get(id)?.received)).toEqual([3, 3, 2]);
  });
});
