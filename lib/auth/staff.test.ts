import { describe, expect, it } from "vitest";
import type { Role } from "../constants";
import { canGrant, canManageUser, generatePassword, grantableRoles, PASSWORD_MIN_LENGTH } from "./staff";

const commune = 10;
const centre = 11;
const province = 1;

function manager(roles: Array<{ unitId: number; role: Role }>, editable: number[]) {
  return { roles, editableUnitIds: new Set(editable) };
}

const communeAdmin = manager([{ unitId: commune, role: "unit_admin" }], [commune, centre]);
const systemAdmin = manager([{ unitId: province, role: "system_admin" }], [province, commune, centre]);
const viewer = manager([{ unitId: commune, role: "unit_viewer" }], []);

describe("staff administration scope", () => {
  it("only a system administrator may grant system_admin; viewers grant nothing", () => {
    expect(grantableRoles(systemAdmin)).toContain("system_admin");
    expect(grantableRoles(communeAdmin)).toEqual(["unit_admin", "unit_viewer"]);
    expect(grantableRoles(viewer)).toEqual([]);
  });

  it("grants only on units the manager administers", () => {
    expect(canGrant(communeAdmin, centre, "unit_viewer")).toBe(true);
    expect(canGrant(communeAdmin, province, "unit_viewer")).toBe(false);
    expect(canGrant(communeAdmin, commune, "system_admin")).toBe(false);
    expect(canGrant(viewer, commune, "unit_viewer")).toBe(false);
  });

  it("manages a user only when every role of theirs is within reach", () => {
    const local = { roles: [{ unitId: centre, role: "unit_viewer" as const }] };
    const alsoProvince = { roles: [...local.roles, { unitId: province, role: "unit_viewer" as const }] };
    expect(canManageUser(communeAdmin, local)).toBe(true);
    expect(canManageUser(communeAdmin, alsoProvince)).toBe(false);
    expect(canManageUser(communeAdmin, { roles: [] })).toBe(false);
    expect(canManageUser(viewer, local)).toBe(false);
    expect(canManageUser(systemAdmin, alsoProvince)).toBe(true);
  });

  it("generates long random passwords without look-alike characters", () => {
    const seen = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(seen.size).toBe(50);
    for (const p of seen) {
      expect(p.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/);
    }
  });
});
