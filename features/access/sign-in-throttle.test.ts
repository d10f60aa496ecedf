import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { say } from "@/i18n/phrase";
import { clientHash, requestClientAddress, trustClientAddressHeader } from "@/lib/client-identity";
import {
  accountDigest,
  type CountedAttempt,
  keysToRefundOnRefusal,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ACCOUNT_CLIENT,
  MAX_FAILURES_PER_CLIENT,
  pairKeyPrefix,
  retryAfterSeconds,
  SIGN_IN_WINDOW_MS,
  signInLimits,
  throttledMinutes,
  throttledPhrase,
} from "./sign-in-throttle";

const secret = randomBytes(32).toString("base64url");
const now = new Date("2026-11-30T03:00:00Z");
const hash = (address: string) => clientHash(address, secret, now);

afterEach(() => trustClientAddressHeader(false));

describe("sign-in throttle keys", () => {
  it("keys an account by a keyed digest of its normalised email, never the email itself", () => {
    expect(accountDigest(" QuanLy@AnHoa.demo ", secret)).toBe(accountDigest("quanly@anhoa.demo", secret));
    expect(accountDigest("quanly@anhoa.demo", secret)).not.toBe(
      accountDigest("quanly@anhoa.demo", `${secret}x`),
    );
    for (const limit of signInLimits("quanly@anhoa.demo", hash("10.0.0.7"), secret)) {
      expect(limit.key).not.toContain("quanly");
    }
  });

  it("holds no raw address in any key: the client is its keyed hash", () => {
    const keys = signInLimits("a@b.vn", hash("10.0.0.7"), secret).map((l) => l.key);
    expect(keys.join(" ")).not.toContain("10.0.0.7");
    expect(keys).toEqual([
      `${pairKeyPrefix(accountDigest("a@b.vn", secret))}${hash("10.0.0.7")}`,
      `sign-in:account:${accountDigest("a@b.vn", secret)}`,
      `sign-in:client:${hash("10.0.0.7")}`,
    ]);
  });

  it("has a pair, an account and a client bucket with their own ceilings", () => {
    const limits = signInLimits("a@b.vn", hash("10.0.0.7"), secret);
    expect(limits.map((l) => [l.bucket, l.max])).toEqual([
      ["pair", MAX_FAILURES_PER_ACCOUNT_CLIENT],
      ["account", MAX_FAILURES_PER_ACCOUNT],
      ["client", MAX_FAILURES_PER_CLIENT],
    ]);
    expect(MAX_FAILURES_PER_ACCOUNT).toBeGreaterThan(5 * MAX_FAILURES_PER_ACCOUNT_CLIENT);
  });

  it("without a known address there is no shared client bucket, and the pair stands for the account", () => {
    const limits = signInLimits("a@b.vn", null, secret);
    expect(limits.map((l) => l.bucket)).toEqual(["pair", "account"]);
    expect(limits[0]?.key.endsWith(":unknown")).toBe(true);
  });

  it("a stranger at another address counts in another pair than the owner", () => {
    const owner = signInLimits("chu@anhoa.vn", hash("203.0.113.5"), secret);
    const stranger = signInLimits("chu@anhoa.vn", hash("198.51.100.9"), secret);
    expect(owner[0]?.key).not.toBe(stranger[0]?.key);
    expect(owner[1]?.key).toBe(stranger[1]?.key);
  });
});

describe("whose address it is", () => {
  it("ignores X-Forwarded-For and X-Real-IP: only the address server.mjs stamps counts", () => {
    trustClientAddressHeader(true);
    expect(requestClientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBeNull();
    expect(requestClientAddress(new Headers({ "x-real-ip": "198.51.100.2" }))).toBeNull();
    expect(requestClientAddress(new Headers({ "x-hailong-client-address": "203.0.113.9" }))).toBe(
      "203.0.113.9",
    );
  });

  it("trusts the stamped header only when server.mjs is in front", () => {
    trustClientAddressHeader(false);
    expect(requestClientAddress(new Headers({ "x-hailong-client-address": "203.0.113.9" }))).toBeNull();
    expect(requestClientAddress(undefined)).toBeNull();
  });
});

describe("throttling decisions", () => {
  const bucket = (bucket: CountedAttempt["bucket"], max: number, count: number, windowStart = 0) => ({
    bucket,
    key: `k:${bucket}`,
    max,
    count,
    windowStart,
  });

  it("lets the attempts up to the limit through and refuses the next until the window has passed", () => {
    const start = 1_000_000;
    const at = (count: number) => [bucket("pair", MAX_FAILURES_PER_ACCOUNT_CLIENT, count, start)];
    expect(retryAfterSeconds(at(MAX_FAILURES_PER_ACCOUNT_CLIENT), start + 1000)).toBeNull();
    expect(retryAfterSeconds(at(MAX_FAILURES_PER_ACCOUNT_CLIENT + 1), start)).toBe(SIGN_IN_WINDOW_MS / 1000);
    expect(retryAfterSeconds(at(MAX_FAILURES_PER_ACCOUNT_CLIENT + 1), start + SIGN_IN_WINDOW_MS - 1500)).toBe(
      2,
    );
  });

  it("waits for the bucket that reopens last", () => {
    const counted = [
      bucket("pair", 5, 6, 0),
      bucket("client", 30, 31, 60_000),
      bucket("account", 50, 1, 600_000),
    ];
    expect(retryAfterSeconds(counted, 0)).toBe((60_000 + SIGN_IN_WINDOW_MS) / 1000);
  });

  it("a refused attempt stays counted only where the limit is exhausted", () => {
    const lockedPair = [bucket("pair", 5, 6), bucket("account", 50, 7), bucket("client", 30, 9)];
    expect(keysToRefundOnRefusal(lockedPair)).toEqual(["k:account", "k:client"]);
    const lockedAccount = [bucket("pair", 5, 1), bucket("account", 50, 51), bucket("client", 30, 2)];
    expect(keysToRefundOnRefusal(lockedAccount)).toEqual(["k:pair", "k:client"]);
  });

  it("says in minutes when to try again", () => {
    expect(throttledMinutes(900)).toBe(15);
    expect(throttledMinutes(61)).toBe(2);
    expect(throttledMinutes(5)).toBe(1);
    expect(say("vi", throttledPhrase(15))).toBe(
      "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    );
    expect(say("en", throttledPhrase(2))).toBe("Too many failed sign-ins. Try again in 2 minutes.");
    expect(say("en", throttledPhrase(1))).toBe("Too many failed sign-ins. Try again in 1 minute.");
  });
});
