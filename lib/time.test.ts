import { describe, expect, it } from "vitest";
import { addDays, lastDays, localDay } from "./time";

describe("local days in Asia/Ho_Chi_Minh", () => {
  it("moves past midnight UTC+7", () => {
    expect(localDay(new Date("2026-01-31T16:59:59Z"))).toBe("2026-01-31");
    expect(localDay(new Date("2026-01-31T17:00:00Z"))).toBe("2026-02-01");
  });
  it("puts the last second of a local month in that month and the next second in the next (YYYY-MM of the day)", () => {
    // Months are the first seven characters of the local day everywhere (SQL substr(day, 1, 7) included).
    expect(localDay(new Date("2026-01-31T16:59:59Z")).slice(0, 7)).toBe("2026-01");
    expect(localDay(new Date("2026-01-31T17:00:00Z")).slice(0, 7)).toBe("2026-02");
    expect(localDay(new Date("2026-12-31T16:59:59.999Z"))).toBe("2026-12-31");
    expect(localDay(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
  });
  it("adds days across months and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("gives an inclusive window", () => {
    expect(lastDays(30, new Date("2026-11-25T05:00:00Z"))).toEqual({ from: "2026-10-27", to: "2026-11-25" });
  });
});
