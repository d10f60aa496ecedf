import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_VELOCITY_LIMITS,
  deviceHash,
  exceededCheck,
  longestVelocityWindowMs,
  newDeviceCookie,
  parseVelocityLimits,
  readDeviceCookie,
  slidingWindowCount,
  velocityChecks,
} from "./velocity";

const SECRET = randomBytes(32).toString("base64url");

describe("device cookie", () => {
  it("round-trips a signed id and refuses tampering or another secret", () => {
    const { id, value } = newDeviceCookie(SECRET);
    expect(readDeviceCookie(value, SECRET)).toBe(id);
    expect(readDeviceCookie(value, `${SECRET}x`)).toBeNull();
    const [, sig] = value.split(".");
    const forged = newDeviceCookie(SECRET).id;
    expect(readDeviceCookie(`${forged}.${sig}`, SECRET)).toBeNull();
    expect(readDeviceCookie(undefined, SECRET)).toBeNull();
    expect(readDeviceCookie("garbage", SECRET)).toBeNull();
  });

  it("hashes a device differently each month and never contains the id", () => {
    const { id } = newDeviceCookie(SECRET);
    const nov = deviceHash(id, SECRET, new Date("2026-11-30T10:00:00Z"));
    expect(deviceHash(id, SECRET, new Date("2026-11-01T00:00:00Z"))).toBe(nov);
    expect(deviceHash(id, SECRET, new Date("2026-12-01T00:00:00Z"))).not.toBe(nov);
    expect(nov).not.toContain(id);
  });
});

describe("velocity checks", () => {
  const minutes = (m: number) => m * 60_000;

  it("counts a browser with a valid cookie per device and per client address", () => {
    const checks = velocityChecks(
      { deviceHash: "dev", kioskDeviceId: null, clientHash: "net" },
      DEFAULT_VELOCITY_LIMITS,
    );
    expect(checks.map((c) => [c.key, c.max, c.windowMs, c.reason])).toEqual([
      ["device:dev:60", 5, minutes(60), "velocity_device"],
      ["client:net:10", 60, minutes(10), "velocity_client"],
      ["client:net:60", 240, minutes(60), "velocity_client"],
    ]);
  });

  it("counts a request without a valid cookie against its client's small anonymous budget, not as a new device", () => {
    const checks = velocityChecks(
      { deviceHash: null, kioskDeviceId: null, clientHash: "net" },
      DEFAULT_VELOCITY_LIMITS,
    );
    expect(checks.map((c) => [c.key, c.max, c.reason])).toEqual([
      ["client:net:10", 60, "velocity_client"],
      ["client:net:60", 240, "velocity_client"],
      ["anonymous:net:60", 10, "velocity_anonymous"],
    ]);
    expect(checks.some((c) => c.key.startsWith("device:"))).toBe(false);
  });

  it("counts a registered kiosk by its device only: it serves every citizen at its counter", () => {
    const kiosk = velocityChecks(
      { deviceHash: "dev", kioskDeviceId: 7, clientHash: "net" },
      DEFAULT_VELOCITY_LIMITS,
    );
    expect(kiosk.map((c) => [c.key, c.max, c.reason])).toEqual([["kiosk:7:10", 40, "velocity_kiosk"]]);
  });

  it("reads each kind from settings, one limit or several, keeping defaults for what is missing or invalid", () => {
    expect(parseVelocityLimits({ client: { max: 10, windowMinutes: 1 } })).toEqual({
      ...DEFAULT_VELOCITY_LIMITS,
      client: [{ max: 10, windowMinutes: 1 }],
    });
    const two = [
      { max: 3, windowMinutes: 5 },
      { max: 9, windowMinutes: 50 },
    ];
    expect(parseVelocityLimits({ anonymous: two }).anonymous).toEqual(two);
    expect(parseVelocityLimits({ client: { max: -1, windowMinutes: 1 } })).toEqual(DEFAULT_VELOCITY_LIMITS);
    // A row written before the per-link limit was replaced by surge detection keeps what still applies.
    expect(
      parseVelocityLimits({ browser: { max: 2, windowMinutes: 60 }, link: { max: 4, windowMinutes: 10 } }),
    ).toEqual({ ...DEFAULT_VELOCITY_LIMITS, browser: [{ max: 2, windowMinutes: 60 }] });
    expect(parseVelocityLimits(null)).toEqual(DEFAULT_VELOCITY_LIMITS);
    expect(longestVelocityWindowMs(DEFAULT_VELOCITY_LIMITS)).toBe(minutes(60));
  });

  it("flags on the first check over its limit", () => {
    const checks = velocityChecks(
      { deviceHash: null, kioskDeviceId: null, clientHash: "net" },
      DEFAULT_VELOCITY_LIMITS,
    );
    const counts = new Map([
      ["client:net:10", 3],
      ["client:net:60", 3],
      ["anonymous:net:60", 11],
    ]);
    expect(exceededCheck(checks, counts)?.reason).toBe("velocity_anonymous");
    counts.set("anonymous:net:60", 10);
    expect(exceededCheck(checks, counts)).toBeUndefined();
  });
});

describe("sliding window", () => {
  const window = 60_000;
  it("is the current window's count plus the part of the previous one the last window still covers", () => {
    expect(slidingWindowCount({ windowStart: 0, count: 4, previousCount: 10 }, window, 0)).toBe(14);
    expect(slidingWindowCount({ windowStart: 0, count: 4, previousCount: 10 }, window, 15_000)).toBe(11.5);
    expect(slidingWindowCount({ windowStart: 0, count: 4, previousCount: 10 }, window, 60_000)).toBe(4);
  });

  it("cannot be doubled by straddling a window boundary, unlike two fixed windows", () => {
    // 10 events just before a boundary and 10 just after: a fixed window would allow both halves.
    const justAfter = slidingWindowCount(
      { windowStart: 60_000, count: 10, previousCount: 10 },
      window,
      61_000,
    );
    expect(justAfter).toBeGreaterThan(19);
  });
});
