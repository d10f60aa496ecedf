import "server-only";
import type { Actor } from "@/features/access/permissions";
import { change, type Outcome } from "@/features/access/server/change";
import { insertAnnouncement } from "./procedure-writes";

export interface AnnouncementInput {
  number: string;
  title: string;
  issuer: string;
  issuedOn: string;
  effectiveOn: string;
  url: string | null;
}

/** A decision announcing procedures, to which versions and abolitions refer. */
export async function createAnnouncement(
  actor: Actor,
  input: AnnouncementInput,
): Promise<Outcome<{ id: number }>> {
  return change(actor, async ({ tx, authorize, audit }) => {
    authorize({ permission: "catalog.edit" });
    const id = await insertAnnouncement(tx, input);
    audit({
      action: "announcement.create",
      entity: "announcement",
      entityId: String(id),
      details: { ...input },
    });
    return { id };
  });
}
