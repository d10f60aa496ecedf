/**
 * Kiosk devices: the tablets at the counters. A device is registered by a unit administrator and becomes a
 * kiosk when its one-time activation link is opened on the tablet, which then holds the device's token in
 * its cookie (server/device-cookie.ts). No I/O here.
 */

import { DEFAULT_LANG, type Lang } from "@/i18n/locales";

/** The cookie that makes a browser a registered kiosk; it holds the raw device token. */
export const KIOSK_COOKIE = "hl_kiosk";
export const DEVICE_TOKEN = /^[A-Za-z0-9_-]{32,64}$/;
/**
 * How long the thank-you stays before the screen returns to the question, in seconds: by default 5, so the
 * next citizen in the queue is never kept waiting (the thank-you also has a "Đánh giá tiếp" button).
 */
export const RESET_SECONDS = { min: 5, max: 600, default: 5 } as const;

/** The follow-up form after "Không hài lòng" gets this many times the reset time to be read and filled in. */
export const FOLLOW_UP_FACTOR = 4;

/**
 * Seconds the thank-you stays before the question is back: the device's reset time, or more while the
 * follow-up form is offered. One rule for the countdown (with JavaScript) and the meta refresh (without).
 */
export function thanksSeconds(resetSeconds: number, followUpOffered: boolean): number {
  return resetSeconds * (followUpOffered ? FOLLOW_UP_FACTOR : 1);
}

/** The kiosk screen; the only place kiosk form handlers ever redirect to. */
export function kioskHome(lang: Lang, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(lang === DEFAULT_LANG ? {} : { lang }), ...query }).toString();
  return params ? `/kiosk?${params}` : "/kiosk";
}

export function activationPath(token: string): string {
  return `/kiosk/kich-hoat/${token}`;
}
