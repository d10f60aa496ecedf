import { describe, expect, it } from "vitest";
import {
  accountKey,
  clientAddress,
  MAX_FAILURES_PER_ACCOUNT,
  retryAfterSeconds,
  SIGN_IN_WINDOW_MS,
  signInLimits,
  throttledMessage,
} from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("keys an account by its normalised email, never the email itself", () => {
    expect(accountKey(" QuanLy@AnHoa.demo ")).toBe(accountKey("quanly@anhoa.demo"));
    expect(accountKey("quanly@anhoa.demo")).not.toContain("quanly");
  });

  it("adds a client bucket only when the address is known", () => {
    expect(signInLimits("a@b.vn", null).map((l) => l.key)).toEqual([accountKey("a@b.vn")]);
    expect(signInLimits("a@b.vn", "10.0.0.7").map((l) => l.key)).toEqual([
      accountKey("a@b.vn"),
      "sign-in:client:10.0.0.7",
    ]);
  });

  it("takes the address the nearest proxy saw", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });

  it("lets the attempts up to the limit through and refuses the next until the window has passed", () => {
    const start = 1_000_000;
    const at = (count: number) => [{ max: MAX_FAILURES_PER_ACCOUNT, count, windowStart: start }];
    expect(retryAfterSeconds(at(MAX_FAILURES_PER_ACCOUNT), start + 1000)).toBeNull();
    expect(retryAfterSeconds(at(MAX_FAILURES_PER_ACCOUNT + 1), start)).toBe(SIGN_IN_WINDOW_MS / 1000);
    expect(retryAfterSeconds(at(MAX_FAILURES_PER_ACCOUNT + 1), start + SIGN_IN_WINDOW_MS - 1500)).toBe(2);
  });

  it("waits for the bucket that reopens last", () => {
    const counted = [
      { max: 5, count: 6, windowStart: 0 },
      { max: 30, count: 31, windowStart: 60_000 },
      { max: 5, count: 1, windowStart: 600_000 },
    ];
    expect(retryAfterSeconds(counted, 0)).toBe((60_000 + SIGN_IN_WINDOW_MS) / 1000);
  });

  it("says in minutes when to try again", () => {
    expect(throttledMessage(900)).toContain("thử lại sau 15 phút");
    expect(throttledMessage(61)).toContain("try again in 2 minutes");
    expect(throttledMessage(5)).toContain("1 minute.");
  });
});
