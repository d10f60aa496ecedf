import { getActiveDeviceByToken } from "@/db/queries/devices";
import { DEVICE_TOKEN, kioskCookie } from "@/lib/kiosk";

export const dynamic = "force-dynamic";

const NOT_FOUND_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Đường dẫn kích hoạt không hợp lệ · Hài Lòng</title><style>body{font:1.25rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:40rem;margin:2rem auto;padding:0 1rem}.e{border:4px solid #b00020;padding:1rem}</style></head><body><main><h1>Đường dẫn kích hoạt không hợp lệ</h1><div class="e" role="alert"><p>Đường dẫn kích hoạt thiết bị kiosk này không tồn tại hoặc thiết bị đã bị thu hồi.</p><p>Cán bộ quản trị đơn vị hãy đăng ký lại thiết bị tại <strong>Quản lý → Thiết bị kiosk</strong> và mở đường dẫn kích hoạt mới trên máy này.</p></div><p lang="en">This kiosk activation link does not exist or the device was revoked. A unit administrator can register the device again under Manage → Kiosk devices.</p></main></body></html>`;

/** GET — makes this browser the registered kiosk of the token: sets the device cookie, then opens /kiosk. */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const device = DEVICE_TOKEN.test(token) ? await getActiveDeviceByToken(token) : undefined;
  const headers = { "cache-control": "no-store", "referrer-policy": "no-referrer" };
  if (!device) {
    return new Response(NOT_FOUND_PAGE, {
      status: 404,
      headers: { ...headers, "content-type": "text/html; charset=utf-8" },
    });
  }
  return new Response(null, {
    status: 303,
    headers: { ...headers, location: "/kiosk", "set-cookie": kioskCookie(token) },
  });
}
