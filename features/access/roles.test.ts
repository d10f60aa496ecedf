import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/constants";
import {
  canGrant,
  canGrantTo,
  canManageUser,
  canRevokeFrom,
  generatePassword,
  grantableRoles,
  isSystemAdmin,
  PASSWORD_MIN_LENGTH,
  type StaffActor,
  systemAdminUnitIds,
} from "./roles";

// A small tree: province (root) → commune → its service centre; province → department; province → another
// commune. A second root stands for another tree in the same database.
const province = 1;
const commune = 10;
const centre = 11;
const department = 20;
const otherCommune = 30;
const otherRoot = 100;
const subtree: Record<number, number[]> = {
  [province]: [province, commune, centre, department, otherCommune],
  [commune]: [commune, centre],
  [centre]: [centre],
  [department]: [department],
  [otherCommune]: [otherCommune],
  [otherRoot]: [otherRoot],
};
const roots = new Set([province, otherRoot]);

/** An actor as getActor builds one: editable units are the subtrees of every non-viewer role. */
function actor(...roles: Array<[number, Role]>): StaffActor {
  const scoped = roles.map(([unitId, role]) => ({ unitId, role, atRoot: roots.has(unitId) }));
  const editable = scoped.filter((r) => r.role !== "unit_viewer").flatMap((r) => subtree[r.unitId] ?? []);
  return { roles: scoped, editableUnitIds: new Set(editable) };
}

const target = (...roles: Array<[number, Role]>) => ({
  roles: roles.map(([unitId, role]) => ({ unitId, role })),
});

const systemAdmin = actor([province, "system_admin"], [province, "unit_admin"]);
const provinceUnitAdmin = actor([province, "unit_admin"]);
const communeAdmin = actor([commune, "unit_admin"]);
const centreAdmin = actor([centre, "unit_admin"]);
const departmentAdmin = actor([department, "unit_admin"]);
const viewer = actor([commune, "unit_viewer"]);
/** Should never exist (trigger, use case), but if it did it must confer no more than a unit admin. */
const strayCommuneSystemAdmin = actor([commune, "system_admin"]);

const provinceAdminAccount = target([province, "unit_admin"], [province, "system_admin"]);
const otherCommuneAdmin = target([otherCommune, "unit_admin"]);
const insideAndOutside = target(
  [centre, "unit_viewer"],
  [department, "unit_viewer"],
  [otherCommune, "unit_viewer"],
);

describe("system administrator", () => {
  it("exists only at a root: a system_admin role below the root makes no system administrator", () => {
    expect(isSystemAdmin(systemAdmin)).toBe(true);
    expect(isSystemAdmin(strayCommuneSystemAdmin)).toBe(false);
    expect(isSystemAdmin(provinceUnitAdmin)).toBe(false);
    expect(systemAdminUnitIds(systemAdmin)).toEqual([province]);
    expect(systemAdminUnitIds(strayCommuneSystemAdmin)).toEqual([]);
  });

  it("is granted only on the root, and only by a system administrator of that root", () => {
    expect(canGrant(systemAdmin, province, "system_admin")).toBe(true);
    expect(canGrant(systemAdmin, commune, "system_admin")).toBe(false);
    expect(canGrant(systemAdmin, department, "system_admin")).toBe(false);
    expect(canGrant(systemAdmin, otherRoot, "system_admin")).toBe(false);
    expect(canGrant(provinceUnitAdmin, province, "system_admin")).toBe(false);
    expect(canGrant(strayCommuneSystemAdmin, commune, "system_admin")).toBe(false);
  });

  it("a stray system_admin below the root acts like that unit's administrator, nothing more", () => {
    expect(grantableRoles(strayCommuneSystemAdmin)).toEqual(grantableRoles(communeAdmin));
    for (const t of [provinceAdminAccount, otherCommuneAdmin, insideAndOutside, target()]) {
      expect(canManageUser(strayCommuneSystemAdmin, t)).toBe(false);
    }
    expect(canManageUser(strayCommuneSystemAdmin, target([centre, "unit_viewer"]))).toBe(true);
  });
});

describe("staff administration scope", () => {
  it("only a system administrator may grant system_admin; viewers grant nothing", () => {
    expect(grantableRoles(systemAdmin)).toContain("system_admin");
    expect(grantableRoles(communeAdmin)).toEqual(["unit_admin", "unit_viewer"]);
    expect(grantableRoles(viewer)).toEqual([]);
  });

  it("grants only on units the manager administers", () => {
    expect(canGrant(communeAdmin, centre, "unit_viewer")).toBe(true);
    expect(canGrant(communeAdmin, province, "unit_viewer")).toBe(false);
    expect(canGrant(communeAdmin, otherCommune, "unit_viewer")).toBe(false);
    expect(canGrant(communeAdmin, commune, "system_admin")).toBe(false);
    expect(canGrant(viewer, commune, "unit_viewer")).toBe(false);
  });

  it("manages a user only when every role of theirs is within reach", () => {
    const local = target([centre, "unit_viewer"]);
    const alsoProvince = target([centre, "unit_viewer"], [province, "unit_viewer"]);
    expect(canManageUser(communeAdmin, local)).toBe(true);
    expect(canManageUser(communeAdmin, alsoProvince)).toBe(false);
    expect(canManageUser(communeAdmin, target())).toBe(false);
    expect(canManageUser(viewer, local)).toBe(false);
    expect(canManageUser(systemAdmin, alsoProvince)).toBe(true);
  });

  it("no sub-unit administrator reaches an account above or beside them", () => {
    for (const subAdmin of [communeAdmin, centreAdmin, departmentAdmin]) {
      for (const t of [provinceAdminAccount, otherCommuneAdmin, insideAndOutside, target()]) {
        expect(canManageUser(subAdmin, t)).toBe(false);
        for (const unit of subAdmin.editableUnitIds) {
          expect(canGrantTo(subAdmin, t, unit, "unit_viewer")).toBe(false);
        }
        for (const r of t.roles) expect(canRevokeFrom(subAdmin, t, r)).toBe(false);
      }
    }
  });

  it("the province's unit administrator does not reach the system administrator", () => {
    expect(canManageUser(provinceUnitAdmin, otherCommuneAdmin)).toBe(true);
    expect(canManageUser(provinceUnitAdmin, provinceAdminAccount)).toBe(false);
    expect(canManageUser(provinceUnitAdmin, target())).toBe(false);
  });

  it("a system administrator's reach is their root's whole tree, and no other tree", () => {
    for (const t of [provinceAdminAccount, otherCommuneAdmin, insideAndOutside, target()]) {
      expect(canManageUser(systemAdmin, t)).toBe(true);
    }
    expect(canManageUser(systemAdmin, target([otherRoot, "unit_viewer"]))).toBe(false);
    expect(canManageUser(systemAdmin, target([commune, "unit_admin"], [otherRoot, "unit_admin"]))).toBe(
      false,
    );
    expect(canGrantTo(systemAdmin, otherCommuneAdmin, otherRoot, "unit_viewer")).toBe(false);
  });

  it("grants and revokes need both the user and the role within reach", () => {
    const local = target([centre, "unit_viewer"]);
    expect(canGrantTo(communeAdmin, local, commune, "unit_admin")).toBe(true);
    expect(canGrantTo(communeAdmin, local, department, "unit_viewer")).toBe(false);
    expect(canRevokeFrom(communeAdmin, local, { unitId: centre, role: "unit_viewer" })).toBe(true);
    expect(
      canRevokeFrom(centreAdmin, target([commune, "unit_viewer"]), { unitId: commune, role: "unit_viewer" }),
    ).toBe(false);
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
