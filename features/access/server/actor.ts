import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { listSubtreeUnitIds, listUnitsByIds } from "@/features/units/server/unit-queries";
import type { Actor } from "../permissions";
import { isSystemAdmin } from "../roles";
import { auth } from "./auth";
import { listRoleAssignments } from "./identity-queries";

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
export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return null;
  return loadActor(user);
});

/** A staff member with the units their roles reach; null without any role. */
export async function loadActor(user: Pick<SessionUser, "userId" | "name" | "email">): Promise<Actor | null> {
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
}

/**
 * For pages and actions of the manage area: redirects to sign-in when there is no manager, or to the
 * password change when the user must change their password first.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const user = await getSessionUser();
  redirect(user?.mustChangePassword ? PASSWORD_CHANGE_PATH : "/dang-nhap");
}
