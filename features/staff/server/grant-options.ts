import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/features/access/permissions";
import { grantableRoles, systemAdminUnitIds } from "@/features/access/roles";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { byName } from "@/lib/collate";

/**
 * The units (current ones, by name) and unit roles a manager may grant, as form options, in the manager's language. The system
 * administrator role is not among them: it exists only at the root, and is granted with its own button
 * (`systemAdminRoot`) that names that unit.
 */
export async function grantOptions(manager: Actor) {
  const t = await getTranslations("access");
  const units = await listUnitsByIds([...manager.editableUnitIds]);
  const rootId = systemAdminUnitIds(manager)[0];
  const root = units.find((u) => u.id === rootId && !u.validTo);
  return {
    units: units
      .filter((u) => !u.validTo)
      .sort(byName)
      .map((u) => ({ value: String(u.id), label: u.name })),
    roles: grantableRoles(manager)
      .filter((r) => r !== "system_admin")
      .reverse()
      .map((r) => ({ value: r, label: t(`roles.${r}`) })),
    systemAdminRoot: root ? { value: String(root.id), label: root.name } : undefined,
  };
}
