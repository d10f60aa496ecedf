import { randomInt } from "node:crypto";
import type { Role } from "@/lib/constants";

/** better-auth's own check uses the same bounds (emailAndPassword.minPasswordLength / maxPasswordLength). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** A role assignment; `atRoot`: its unit is a root of the unit tree (no parent). */
export interface ScopedRole {
  unitId: number;
  role: Role;
  atRoot: boolean;
}

/**
 * Who acts on staff accounts: their roles, and the units they administer (the subtrees of their
 * unit_admin and system_admin roles — see getActor).
 */
export interface StaffActor {
  roles: ReadonlyArray<ScopedRole>;
  editableUnitIds: ReadonlySet<number>;
}

/** Whose account is acted on: every role they hold, in the actor's scope or not. */
export interface StaffTarget {
  roles: ReadonlyArray<{ unitId: number; role: Role }>;
}

/**
 * A system administrator exists only at the root of the tree. A system_admin role on any other unit
 * (refused by the use case and by a database trigger, so it should never exist) confers nothing more
 * than administering that unit's subtree, like a unit administrator.
 */
export function isSystemAdmin(actor: Pick<StaffActor, "roles">): boolean {
  return actor.roles.some((r) => r.role === "system_admin" && r.atRoot);
}

/** The roles an actor may grant: administrators grant unit roles; only a system administrator makes another. */
export function grantableRoles(actor: StaffActor): Role[] {
  if (actor.editableUnitIds.size === 0) return [];
  return isSystemAdmin(actor) ? ["system_admin", "unit_admin", "unit_viewer"] : ["unit_admin", "unit_viewer"];
}

/** The units on which a system administrator may make another one: the roots they administer. */
export function systemAdminUnitIds(actor: Pick<StaffActor, "roles">): number[] {
  return actor.roles.filter((r) => r.role === "system_admin" && r.atRoot).map((r) => r.unitId);
}

/**
 * May the actor hold `role` on `unitId` in their gift: the unit lies in the subtree they administer and
 * the role is theirs to grant; system_admin only on the root they are system administrator of.
 */
export function canGrant(actor: StaffActor, unitId: number, role: Role): boolean {
  if (!actor.editableUnitIds.has(unitId) || !grantableRoles(actor).includes(role)) return false;
  return role !== "system_admin" || systemAdminUnitIds(actor).includes(unitId);
}

/**
 * A user's account (create, grant, revoke, password reset) belongs to whoever could grant *every* role
 * the user holds: all of them lie in the actor's subtree, and none above the actor's rank. So a commune
 * administrator cannot touch someone who also works for the province or for another commune, and no
 * one but a system administrator of the same root touches a system administrator. This holds for system
 * administrators too: their subtree is their root's whole tree. A user without any role is left to
 * system administrators.
 */
export function canManageUser(actor: StaffActor, target: StaffTarget): boolean {
  if (target.roles.length === 0) return isSystemAdmin(actor) && actor.editableUnitIds.size > 0;
  return target.roles.every((r) => canGrant(actor, r.unitId, r.role));
}

/** Granting a role to an existing user: the actor manages the user and may grant that role there. */
export function canGrantTo(actor: StaffActor, target: StaffTarget, unitId: number, role: Role): boolean {
  return canManageUser(actor, target) && canGrant(actor, unitId, role);
}

/** Revoking one of a user's roles: the same as managing the user (that role is one of theirs). */
export function canRevokeFrom(
  actor: StaffActor,
  target: StaffTarget,
  assignment: { unitId: number; role: Role },
): boolean {
  return canManageUser(actor, target) && canGrant(actor, assignment.unitId, assignment.role);
}

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password to read out or copy: 16 characters without look-alikes (l/1, O/0), ≈ 93 bits. */
export function generatePassword(length = 16): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
