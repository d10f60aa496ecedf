import { activateKiosk } from "@/features/kiosk/server/activation";

export const dynamic = "force-dynamic";

const NOT_FOUND_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Đường dẫn kích hoạt không dùng được · Hài Lòng</title><style>body{font:1.25rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:40rem;margin:2rem auto;padding:0 1rem}.e{border:4px solid #b00020;padding:1rem}</style></head><body><main><h1>Đường dẫn kích hoạt không dùng được</h1><div class="e" role="alert"><p>Mỗi đường dẫn kích hoạt thiết bị kiosk chỉ dùng được một lần. Đường dẫn này đã được dùng, không tồn tại, hoặc thiết bị đã bị thu hồi.</p><p>Cán bộ quản trị đơn vị hãy tạo đường dẫn kích hoạt mới tại <strong>Quản lý → Thiết bị kiosk</strong> (nút “Tạo đường dẫn kích hoạt mới”, hoặc đăng ký lại thiết bị) và mở đường dẫn mới trên máy này.</p></div><p lang="en">An activation link works once: this one was already used, does not exist, or the device was revoked. A unit administrator can issue a new link under Manage → Kiosk devices and open it on this tablet.</p></main></body></html>`;

const HEADERS = { "cache-control": "no-store", "referrer-policy": "no-referrer" };

function notFound(body: string | null): Response {
  return new Response(body, {
    status: 404,
    headers: { ...HEADERS, "content-type": "text/html; charset=utf-8" },
  });
}

/**
 * GET — opens a one-time activation link: the device gets a fresh token, whose hash replaces the link's
 * (atomically: of two opens only one succeeds), the token goes into this browser's kiosk cookie, then
 * /kiosk. A used or unknown link gets the 404 page above.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const cookie = await activateKiosk(token);
  if (!cookie) return notFound(NOT_FOUND_PAGE);
  return new Response(null, {
    status: 303,
    headers: { ...HEADERS, location: "/kiosk", "set-cookie": cookie },
  });
}

/** HEAD (link checkers, previews) must not use the link up: it changes nothing and tells nothing. */
export async function HEAD(): Promise<Response> {
  return new Response(null, { status: 405, headers: { ...HEADERS, allow: "GET" } });
}
