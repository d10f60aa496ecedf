import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { listSubtreeUnitIds, listUnitsByIds } from "@/db/queries/units";
import { listRoleAssignments } from "@/db/queries/users";
import { auth } from "./auth";
import { isSystemAdmin, type ScopedRole } from "./staff";

export interface Manager {
  userId: string;
  name: string;
  email: string;
  roles: ScopedRole[];
  /** Every unit the manager may see: the subtrees of their role assignments. */
  scopeUnitIds: Set<number>;
  /** The roots of those subtrees. */
  rootUnitIds: number[];
  /** Units the manager may change: the subtrees of their unit administrator or system administrator roles. */
  editableUnitIds: Set<number>;
  /** May edit the shared procedure catalogue (system administrator, or administrator of a top-level unit). */
  catalogEditor: boolean;
}

/** Where a user whose password someone else chose must go first (outside the manage area's layout). */
export const PASSWORD_CHANGE_PATH = "/dang-nhap/doi-mat-khau";

export interface SessionUser {
  userId: string;
  name: string;
  email: string;
  /** Someone else chose the password (an administrator, `admin:create`): it must be changed first. */
  mustChangePassword: boolean;
}

/** Whoever holds a valid session, roles or not, password changed or not. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const found = await auth.api.getSession({ headers: await headers() });
  if (!found) return null;
  return {
    userId: found.user.id,
    name: found.user.name,
    email: found.user.email,
    mustChangePassword: found.user.mustChangePassword === true,
  };
});

/**
 * The signed-in manager with their unit scope, or null — null too until a user who must change their
 * password has done so, so every page, action and route handler of the manage area refuses them.
 * Cached per request.
 */
export const getManager = cache(async (): Promise<Manager | null> => {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return null;
  const roles = await listRoleAssignments(user.userId);
  if (roles.length === 0) return null;
  const rootUnitIds = [...new Set(roles.map((r) => r.unitId))];
  const adminRoots = [...new Set(roles.filter((r) => r.role !== "unit_viewer").map((r) => r.unitId))];
  const [scope, editable, topLevel] = await Promise.all([
    listSubtreeUnitIds(rootUnitIds),
    listSubtreeUnitIds(adminRoots),
    listUnitsByIds(adminRoots),
  ]);
  return {
    userId: user.userId,
    name: user.name,
    email: user.email,
    roles,
    rootUnitIds,
    scopeUnitIds: new Set(scope),
    editableUnitIds: new Set(editable),
    catalogEditor: isSystemAdmin({ roles }) || topLevel.some((u) => u.parentId === null),
  };
});

/**
 * For pages and actions of the manage area: redirects to sign-in when there is no manager, or to the
 * password change when the user must change their password first.
 */
export async function requireManager(): Promise<Manager> {
  const manager = await getManager();
  if (manager) return manager;
  const user = await getSessionUser();
  redirect(user?.mustChangePassword ? PASSWORD_CHANGE_PATH : "/dang-nhap");
}

export function canSeeUnit(manager: Manager, unitId: number): boolean {
  return manager.scopeUnitIds.has(unitId);
}

/** Shipped questionnaires (no unit) belong to system administrators; a unit's own to its administrators. */
export function canEditInstrument(manager: Manager, unitId: number | null): boolean {
  return unitId === null ? isSystemAdmin(manager) : manager.editableUnitIds.has(unitId);
}
