/**
 * Kiosk devices: the tablets at the counters. A device is registered by a unit administrator and becomes a
 * kiosk when its one-time activation link is opened on the tablet, which then holds the device's token in
 * its cookie (server/device-cookie.ts). No I/O here.
 */

import { DEFAULT_LANG, type Lang } from "@/i18n/locales";

/** The cookie that makes a browser a registered kiosk; it holds the raw device token. */
export const KIOSK_COOKIE = "hl_kiosk";
export const DEVICE_TOKEN = /^[A-Za-z0-9_-]{32,64}$/;
/** How long the thank-you stays before the screen returns to the question, in seconds. */
export const RESET_SECONDS = { min: 10, max: 600, default: 30 } as const;

/** The kiosk screen; the only place kiosk form handlers ever redirect to. */
export function kioskHome(lang: Lang, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(lang === DEFAULT_LANG ? {} : { lang }), ...query }).toString();
  return params ? `/kiosk?${params}` : "/kiosk";
}

export function activationPath(token: string): string {
  return `/kiosk/kich-hoat/${token}`;
}
