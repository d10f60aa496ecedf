import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_VELOCITY_LIMITS,
  deviceHash,
  newDeviceCookie,
  parseVelocityLimits,
  readDeviceCookie,
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
  it("counts a browser per device and per link", () => {
    const checks = velocityChecks(
      { deviceHash: "abc", kioskDeviceId: null, linkCode: "AB12CD", viaReceipt: false },
      DEFAULT_VELOCITY_LIMITS,
    );
    expect(checks.map((c) => [c.key, c.max, c.reason])).toEqual([
      ["device:abc", 5, "velocity_device"],
      ["link:AB12CD", 120, "velocity_link"],
    ]);
    expect(checks[0]?.windowMs).toBe(60 * 60_000);
  });

  it("counts a kiosk by its registered device, and receipts only per device", () => {
    const kiosk = velocityChecks(
      { deviceHash: "abc", kioskDeviceId: 7, linkCode: "AB12CD", viaReceipt: false },
      DEFAULT_VELOCITY_LIMITS,
    );
    expect(kiosk.map((c) => c.key)).toEqual(["kiosk:7", "link:AB12CD"]);
    const receipt = velocityChecks(
      { deviceHash: null, kioskDeviceId: null, linkCode: "AB12CD", viaReceipt: true },
      DEFAULT_VELOCITY_LIMITS,
    );
    expect(receipt).toEqual([]);
  });

  it("reads limits from settings, keeping defaults for what is missing or invalid", () => {
    expect(parseVelocityLimits({ link: { max: 10, windowMinutes: 1 } })).toEqual({
      ...DEFAULT_VELOCITY_LIMITS,
      link: { max: 10, windowMinutes: 1 },
    });
    expect(parseVelocityLimits({ link: { max: -1, windowMinutes: 1 } })).toEqual(DEFAULT_VELOCITY_LIMITS);
    expect(parseVelocityLimits(null)).toEqual(DEFAULT_VELOCITY_LIMITS);
  });
});
