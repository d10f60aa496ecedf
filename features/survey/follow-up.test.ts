import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_TOKEN_TTL_MS, followUpToken, mayFollowUp, readFollowUpToken } from "./follow-up";

const SECRET = randomBytes(32).toString("base64url");
const NOW = Date.parse("2026-12-01T03:00:00Z");

describe("follow-up token", () => {
  it("names the response it was made for, until it expires", () => {
    const token = followUpToken(4217, SECRET, NOW);
    expect(readFollowUpToken(token, SECRET, NOW)).toBe(4217);
    expect(readFollowUpToken(token, SECRET, NOW + FOLLOW_UP_TOKEN_TTL_MS)).toBe(4217);
    expect(readFollowUpToken(token, SECRET, NOW + FOLLOW_UP_TOKEN_TTL_MS + 1)).toBeNull();
  });

  it("cannot be pointed at another response, re-dated, or made with another secret", () => {
    const token = followUpToken(4217, SECRET, NOW);
    const [, issued, sig] = token.split(".");
    expect(readFollowUpToken(`${(4218).toString(36)}.${issued}.${sig}`, SECRET, NOW)).toBeNull();
    const [id] = token.split(".");
    expect(readFollowUpToken(`${id}.${(NOW + 1000).toString(36)}.${sig}`, SECRET, NOW)).toBeNull();
    expect(readFollowUpToken(token, `${SECRET}x`, NOW)).toBeNull();
    expect(readFollowUpToken(followUpToken(4217, SECRET, NOW + 10 * 60_000), SECRET, NOW)).toBeNull();
    for (const junk of [undefined, null, "", "abc", `${token}x`, "1.2.3", "__proto__.x.y"]) {
      expect(readFollowUpToken(junk, SECRET, NOW)).toBeNull();
    }
  });
});

describe("who may follow an answer up", () => {
  const base = { scaleSize: 3, flagged: false, reasons: null };
  it("an unflagged answer below the top two levels, once", () => {
    expect(mayFollowUp({ ...base, quickValue: 1 })).toBe(true);
    expect(mayFollowUp({ ...base, quickValue: 2 })).toBe(false);
    expect(mayFollowUp({ ...base, quickValue: 3 })).toBe(false);
    expect(mayFollowUp({ ...base, quickValue: 1, flagged: true })).toBe(false);
    expect(mayFollowUp({ ...base, quickValue: 1, reasons: [] })).toBe(false);
    expect(mayFollowUp({ ...base, quickValue: null })).toBe(false);
    // On five levels "Bình thường" is below the top two.
    expect(mayFollowUp({ ...base, scaleSize: 5, quickValue: 3 })).toBe(true);
    expect(mayFollowUp({ ...base, scaleSize: 5, quickValue: 4 })).toBe(false);
  });
});
