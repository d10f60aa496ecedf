import { describe, expect, it } from "vitest";
import { dossierFigures, NO_DOSSIERS } from "@/features/dossiers/lifecycle";
import {
  dossierCells,
  dossierN,
  dossierRateText,
  dossierRateValue,
  dossierRateWithReason,
  noDossierReason,
  timelinessText,
} from "./dossier-figures";
import { publicDossierFigures } from "./public-index";

// The acceptance example: 10 returned (7 early, 1 on the due day, 2 late), 1 complained, 1 rated
// "Không hài lòng", both on-time ones → on time 80.00, QĐ 766 60.00.
const example = dossierFigures(
  {
    ...NO_DOSSIERS,
    received: 10,
    returned: 10,
    early: 7,
    onTime: 1,
    late: 2,
    withApology: 2,
    complained: 1,
    ratedUnsatisfied: 1,
    bad: 4,
  },
  0,
);
// Returned, but none had a due date: the QĐ 766 ratio exists, the on-time rate cannot be judged.
const undated = dossierFigures({ ...NO_DOSSIERS, received: 2, returned: 2 }, 1);
const none = dossierFigures(NO_DOSSIERS, 0);

describe("dossier figures as shown", () => {
  it("writes each rate with two decimals in the reader's notation, with its n", () => {
    expect(dossierRateText(example, "onTimeRate", "vi")).toBe("80,00");
    expect(dossierRateText(example, "qd766Ratio", "en")).toBe("60.00");
    expect(dossierRateWithReason(example, "onTimeRate", "vi")).toBe("80,00%");
    expect([dossierN(example, "onTimeRate"), dossierN(example, "qd766Ratio")]).toEqual([10, 10]);
    expect(dossierN(undated, "onTimeRate")).toBe(0);
    expect(dossierN(undated, "qd766Ratio")).toBe(2);
    const third = dossierFigures({ ...NO_DOSSIERS, returned: 3, early: 2, late: 1, bad: 1 }, 0);
    expect(dossierRateText(third, "onTimeRate", "vi")).toBe("66,67");
    expect(dossierRateValue(third, "onTimeRate")).toBe(66.67);
  });

  it("shows a dash and why — never 0 % — for a unit without dossiers", () => {
    for (const figures of [none, undefined]) {
      expect(dossierRateText(figures, "onTimeRate", "vi")).toBe("—");
      expect(dossierRateWithReason(figures, "onTimeRate", "vi")).toBe("— chưa có hồ sơ");
      expect(dossierRateWithReason(figures, "qd766Ratio", "en")).toBe("— no dossiers yet");
      expect(dossierRateValue(figures, "qd766Ratio")).toBeNull();
    }
    expect(noDossierReason(undated, "onTimeRate", "vi")).toBe("chưa có hồ sơ có ngày hẹn");
    expect(noDossierReason(undated, "qd766Ratio", "vi")).toBeNull();
    expect(dossierRateWithReason(undated, "qd766Ratio", "vi")).toBe("100,00%");
  });

  it("names early, on-time and late counts in one line", () => {
    expect(timelinessText(example, "vi")).toBe("Trước hạn 7 · Đúng hạn 1 · Quá hạn 2");
    expect(timelinessText(example, "en")).toBe("Early 7 · On time 1 · Late 2");
  });

  it("gives exports and the feed both rates with their n and counts", () => {
    expect(dossierCells(example)).toEqual([80, 10, 7, 1, 2, 0, 2, 60, 10, 1, 1, 10]);
    expect(dossierCells(undefined)).toEqual([null, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0]);
    expect(publicDossierFigures(example)).toEqual({
      onTimeRate: 80,
      onTimeN: 10,
      qd766Ratio: 60,
      qd766N: 10,
    });
    expect(publicDossierFigures(undefined)).toEqual({
      onTimeRate: null,
      onTimeN: 0,
      qd766Ratio: null,
      qd766N: 0,
    });
  });
});
