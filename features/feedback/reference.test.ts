import { describe, expect, it } from "vitest";
import {
  formatReference,
  newReference,
  newTrackingToken,
  normalizeReference,
  TRACKING_TOKEN,
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

  it("tracking tokens are unguessable and only their hash is kept", () => {
    const a = newTrackingToken();
    const b = newTrackingToken();
    expect(a.token).toMatch(TRACKING_TOKEN);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(trackingTokenHash(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.token);
  });
});
