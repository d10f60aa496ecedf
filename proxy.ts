import { type NextRequest, NextResponse } from "next/server";
import {
  DEVICE_COOKIE,
  deviceCookieHeader,
  newDeviceCookie,
  readDeviceCookie,
} from "@/features/survey/velocity";
import { authSecret, env } from "@/lib/env";

/**
 * Gives a browser its device cookie when it opens a survey (a QR's survey page, a receipt's page), so its
 * answer arrives with it: velocity limits then count it as one device, and only requests without the
 * cookie — scripts posting straight to the API — fall into the small per-address budget of anonymous
 * answers (lib/velocity.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const response = NextResponse.next();
  const secret = authSecret();
  if (readDeviceCookie(request.cookies.get(DEVICE_COOKIE)?.value, secret)) return response;
  const cookie = newDeviceCookie(secret);
  response.headers.append(
    "set-cookie",
    deviceCookieHeader(cookie.value, env().PUBLIC_BASE_URL.startsWith("https:")),
  );
  return response;
}

export const config = {
  matcher: ["/:lang(vi|en)/danh-gia/:path*", "/:lang(vi|en)/bien-nhan/:path*"],
};
