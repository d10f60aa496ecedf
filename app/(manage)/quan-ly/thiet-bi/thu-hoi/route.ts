import { revokeDevice } from "@/db/queries/devices";
import { getActor } from "@/features/access/server/actor";
import { crossSiteRefusal } from "@/lib/csrf";

/** POST (form) — revokes a kiosk device of a unit the manager administers, then back to the list. */
export async function POST(req: Request): Promise<Response> {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const manager = await getActor();
  if (!manager) return new Response("Vui lòng đăng nhập / sign in", { status: 401 });
  const raw = (await req.formData()).get("id");
  const id = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  const revoked = Number.isNaN(id)
    ? undefined
    : await revokeDevice(id, [...manager.editableUnitIds], manager.userId);
  if (!revoked) {
    return new Response("Không tìm thấy thiết bị trong phạm vi của bạn / device not found", { status: 404 });
  }
  return new Response(null, { status: 303, headers: { location: "/quan-ly/thiet-bi?da-thu-hoi=1" } });
}
