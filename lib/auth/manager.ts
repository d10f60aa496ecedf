import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { listSubtreeUnitIds } from "@/db/queries/units";
import { listRoleAssignments } from "@/db/queries/users";
import type { Role } from "../constants";
import { auth } from "./auth";

export interface Manager {
  userId: string;
  name: string;
  email: string;
  roles: Array<{ unitId: number; role: Role }>;
  /** Every unit the manager may see: the subtrees of their role assignments. */
  scopeUnitIds: Set<number>;
  /** The roots of those subtrees. */
  rootUnitIds: number[];
}

/** The signed-in manager with their unit scope, or null. Cached per request. */
export const getManager = cache(async (): Promise<Manager | null> => {
  const found = await auth.api.getSession({ headers: await headers() });
  if (!found) return null;
  const roles = await listRoleAssignments(found.user.id);
  if (roles.length === 0) return null;
  const rootUnitIds = [...new Set(roles.map((r) => r.unitId))];
  return {
    userId: found.user.id,
    name: found.user.name,
    email: found.user.email,
    roles,
    rootUnitIds,
    scopeUnitIds: new Set(await listSubtreeUnitIds(rootUnitIds)),
  };
});

/** For pages and actions of the manage area: redirects to sign-in when there is no manager. */
export async function requireManager(): Promise<Manager> {
  const manager = await getManager();
  if (!manager) redirect("/dang-nhap");
  return manager;
}

export function canSeeUnit(manager: Manager, unitId: number): boolean {
  return manager.scopeUnitIds.has(unitId);
}
