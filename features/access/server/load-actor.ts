import "server-only";
import { listSubtreeUnitIds, listUnitsByIds } from "@/features/units/server/unit-queries";
import type { Actor } from "../permissions";
import { isSystemAdmin } from "../roles";
import { listRoleAssignments } from "./identity-queries";

// Apart from actor.ts (the request's session, Next.js's headers and redirects) so scripts and benchmarks
// can load an actor outside a request.
/** A staff member with the units their roles reach; null without any role. */
export async function loadActor(user: {
  userId: string;
  name: string;
  email: string;
}): Promise<Actor | null> {
  const roles = await listRoleAssignments(user.userId);
  if (roles.length === 0) return null;
  const rootUnitIds = [...new Set(roles.map((r) => r.unitId))];
  const adminRoots = [...new Set(roles.filter((r) => r.role !== "unit_viewer").map((r) => r.unitId))];
  // Most managers' roles are all administrative: then the units they may edit are their scope (one read of
  // a subtree that is the whole country for the national administrator).
  const sameRoots = adminRoots.length === rootUnitIds.length; // a subset of the same size
  const [scope, editable, topLevel] = await Promise.all([
    listSubtreeUnitIds(rootUnitIds),
    sameRoots ? null : listSubtreeUnitIds(adminRoots),
    listUnitsByIds(adminRoots),
  ]);
  return {
    userId: user.userId,
    name: user.name,
    email: user.email,
    roles,
    rootUnitIds,
    scopeUnitIds: new Set(scope),
    editableUnitIds: new Set(editable ?? scope),
    catalogEditor: isSystemAdmin({ roles }) || topLevel.some((u) => u.parentId === null),
  };
}
