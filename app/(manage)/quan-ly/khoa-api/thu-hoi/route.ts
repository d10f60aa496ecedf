import { revokeApiKey } from "@/db/queries/dossiers";
import { insertAuditEntry } from "@/db/queries/users";
import { getManager } from "@/lib/auth/manager";
import { crossSiteRefusal } from "@/lib/csrf";

/** POST (form) — revokes a key of a unit the manager administers, then back to the list. */
export async function POST(req: Request): Promise<Response> {
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const manager = await getManager();
  if (!manager) return new Response("Vui lòng đăng nhập / sign in", { status: 401 });
  const raw = (await req.formData()).get("id");
  const id = typeof raw === "string" && /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(id) || !(await revokeApiKey(id, [...manager.editableUnitIds]))) {
    return new Response("Không tìm thấy khóa trong phạm vi của bạn / key not found", { status: 404 });
  }
  await insertAuditEntry({
    userId: manager.userId,
    action: "api_key.revoke",
    entity: "api_key",
    entityId: String(id),
  });
  return new Response(null, { status: 303, headers: { location: "/quan-ly/khoa-api?da-thu-hoi=1" } });
}
