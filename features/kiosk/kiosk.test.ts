import { describe, expect, it } from "vitest";
import { kioskHome, RESET_SECONDS, thanksSeconds } from "./kiosk";

describe("the kiosk's thank-you", () => {
  it("is back to the question within 5 s by default, and allows a longer stay", () => {
    expect(RESET_SECONDS.default).toBe(5);
    expect(RESET_SECONDS.min).toBeLessThanOrEqual(RESET_SECONDS.default);
    expect(RESET_SECONDS.max).toBeGreaterThan(RESET_SECONDS.default);
    expect(thanksSeconds(RESET_SECONDS.default, false)).toBe(5);
  });

  it("gives the follow-up form four times the reset time to be filled in", () => {
    expect(thanksSeconds(5, true)).toBe(20);
    expect(thanksSeconds(30, true)).toBe(120);
    expect(thanksSeconds(30, false)).toBe(30);
  });

  it("returns to the kiosk screen in its language", () => {
    expect(kioskHome("vi")).toBe("/kiosk");
    expect(kioskHome("en", { k: "abc" })).toBe("/kiosk?lang=en&k=abc");
  });
});
