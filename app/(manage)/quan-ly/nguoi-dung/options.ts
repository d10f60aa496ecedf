import "server-only";
import { listUnitsByIds } from "@/db/queries/units";
import type { Manager } from "@/lib/auth/manager";
import { grantableRoles, roleLabels } from "@/lib/auth/staff";
import { byName } from "@/lib/collate";

/** The units (current ones, by name) and roles a manager may grant, as form options. */
export async function grantOptions(manager: Manager) {
  const units = await listUnitsByIds([...manager.editableUnitIds]);
  return {
    units: units
      .filter((u) => !u.validTo)
      .sort(byName)
      .map((u) => ({ value: String(u.id), label: u.name })),
    roles: grantableRoles(manager)
      .reverse()
      .map((r) => ({ value: r, label: roleLabels[r] })),
  };
}
