import { randomInt } from "node:crypto";
import type { Role } from "../constants";

/** better-auth's own check uses the same bounds (emailAndPassword.minPasswordLength / maxPasswordLength). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const roleLabels: Record<Role, string> = {
  system_admin: "Quản trị hệ thống / System administrator",
  unit_admin: "Quản trị đơn vị / Unit administrator",
  unit_viewer: "Xem báo cáo đơn vị / Unit viewer",
};

interface Scoped {
  roles: ReadonlyArray<{ unitId: number; role: Role }>;
  editableUnitIds: ReadonlySet<number>;
}

export function isSystemAdmin(manager: Pick<Scoped, "roles">): boolean {
  return manager.roles.some((r) => r.role === "system_admin");
}

/** Whoever administers a unit may manage staff; only a system administrator may make another one. */
export function grantableRoles(manager: Scoped): Role[] {
  if (manager.editableUnitIds.size === 0) return [];
  return isSystemAdmin(manager)
    ? ["system_admin", "unit_admin", "unit_viewer"]
    : ["unit_admin", "unit_viewer"];
}

export function canGrant(manager: Scoped, unitId: number, role: Role): boolean {
  return manager.editableUnitIds.has(unitId) && grantableRoles(manager).includes(role);
}

/**
 * A user's account (password reset) belongs to whoever administers *every* unit the user has a role on:
 * a commune administrator cannot reset the password of someone who also works for the province.
 * A user without any role is left to system administrators.
 */
export function canManageUser(
  manager: Scoped,
  target: { roles: ReadonlyArray<{ unitId: number; role: Role }> },
) {
  if (isSystemAdmin(manager)) return true;
  if (target.roles.length === 0) return false;
  return target.roles.every((r) => canGrant(manager, r.unitId, r.role));
}

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password to read out or copy: 16 characters without look-alikes (l/1, O/0), ≈ 93 bits. */
export function generatePassword(length = 16): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
