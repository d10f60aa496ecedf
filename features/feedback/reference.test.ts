import { describe, expect, it } from "vitest";
import {
  formatReference,
  newReference,
  normalizeReference,
  TRACKING_TOKEN,
  trackingTokenFor,
  trackingTokenHash,
} from "./reference";

describe("feedback references", () => {
  it("are 8 characters without look-alikes, printed in two groups and read back however typed", () => {
    for (let i = 0; i < 200; i++) {
      const reference = newReference();
      expect(reference).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
      expect(normalizeReference(formatReference(reference).toLowerCase())).toBe(reference);
    }
    expect(formatReference("7K3M9Q2X")).toBe("7K3M-9Q2X");
    expect(normalizeReference(" 7k3m 9q2x ")).toBe("7K3M9Q2X");
    expect(normalizeReference("7K3M-9Q2O")).toBeNull(); // O is not in the alphabet
    expect(normalizeReference("7K3M")).toBeNull();
  });

  it("tracking tokens are keyed by the secret, unguessable without it, and only their hash is kept", () => {
    const a = trackingTokenFor("s".repeat(32), "7K3M9Q2X");
    expect(a).toMatch(TRACKING_TOKEN);
    expect(trackingTokenFor("s".repeat(32), "7K3M9Q2X")).toBe(a);
    expect(trackingTokenFor("t".repeat(32), "7K3M9Q2X")).not.toBe(a);
    expect(trackingTokenFor("s".repeat(32), "7K3M9Q2Y")).not.toBe(a);
    expect(trackingTokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(trackingTokenHash(a)).not.toContain(a);
  });
});
