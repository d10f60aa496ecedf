import { getActor } from "@/features/access/server/actor";
import { refusalResponse, signedOutResponse } from "@/features/access/server/manager-action";
import { revokeDevice } from "@/features/kiosk/server/devices";
import { crossSiteRefusal } from "@/lib/csrf";

/** POST (form) — revokes a kiosk device of a unit the manager administers, then back to the list. */
export async function POST(req: Request): Promise<Response> {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const manager = await getActor();
  if (!manager) return signedOutResponse();
  const raw = (await req.formData().catch(() => null))?.get("id");
  const id = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  const outcome = await revokeDevice(manager, { id });
  if (!outcome.ok) return refusalResponse(outcome.refusal);
  return new Response(null, { status: 303, headers: { location: "/quan-ly/thiet-bi?da-thu-hoi=1" } });
}
