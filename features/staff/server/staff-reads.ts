import "server-only";
import type { Executor } from "@/db/client";
import type { Actor } from "@/features/access/permissions";
import { canManageUser, isSystemAdmin } from "@/features/access/roles";
import { getStaffMember, listStaff } from "./staff-queries";

/** Only administrators reach the staff pages; viewers have no editable unit. */
export function administersStaff(manager: Actor): boolean {
  return manager.editableUnitIds.size > 0;
}

/** Staff with a role on a unit the manager administers (system administrators: also those left without). */
export async function listStaffForManager(manager: Actor) {
  if (!administersStaff(manager)) return [];
  return listStaff([...manager.editableUnitIds], isSystemAdmin(manager));
}

/** A member of staff the manager may see, or undefined — the same answer for "absent" and "elsewhere". */
export async function loadStaffForManager(manager: Actor, id: string, db?: Executor) {
  if (!administersStaff(manager) || id.length > 100) return undefined;
  const member = await getStaffMember(id, db);
  if (!member) return undefined;
  const visible =
    canManageUser(manager, member) || member.roles.some((r) => manager.editableUnitIds.has(r.unitId));
  return visible ? member : undefined;
}
