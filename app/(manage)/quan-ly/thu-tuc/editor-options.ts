import "server-only";
import type { Actor } from "@/features/access/permissions";
import { listAnnouncements, listFields } from "@/features/catalog/server/procedure-writes";
import type { EditorOptions } from "@/features/catalog/ui/procedure-editor";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { byName } from "@/lib/collate";
import { localDay } from "@/lib/time";

/** Choices the procedure editor offers: fields, announcements, and the units the manager may change. */
export async function editorOptions(manager: Actor, withUnits: boolean): Promise<EditorOptions> {
  const [fields, announcements, units] = await Promise.all([
    listFields(),
    listAnnouncements(),
    withUnits ? listUnitsByIds([...manager.editableUnitIds]) : Promise.resolve([]),
  ]);
  return {
    fields: fields.map((f) => ({ code: f.code, name: f.name })).sort(byName),
    announcements: announcements.map((a) => ({
      id: a.id,
      number: a.number,
      issuedOn: a.issuedOn,
      effectiveOn: a.effectiveOn,
    })),
    units: withUnits
      ? units
          .filter((u) => !u.validTo)
          .map((u) => ({ id: u.id, name: u.name }))
          .sort(byName)
      : undefined,
    today: localDay(new Date()),
  };
}
