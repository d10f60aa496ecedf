import { createHash, createHmac, randomInt } from "node:crypto";
import { SHORT_CODE_ALPHABET } from "@/lib/short-code";

/**
 * What a citizen keeps of a feedback item: a reference to read aloud and type (8 characters of an
 * alphabet without 0/O, 1/I/L, shown as two groups: "7K3M-9Q2X") and a private link to follow it (an
 * unguessable token; only its SHA-256 is stored, like receipts' tokens, and it is never logged).
 */
export const REFERENCE_LENGTH = 8;

export function newReference(random: (max: number) => number = randomInt): string {
  let reference = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++)
    reference += SHORT_CODE_ALPHABET[random(SHORT_CODE_ALPHABET.length)];
  return reference;
}

/** "7K3M9Q2X" → "7K3M-9Q2X", as printed and read aloud. */
export function formatReference(reference: string): string {
  return `${reference.slice(0, 4)}-${reference.slice(4)}`;
}

const referencePattern = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** A reference as typed ("7k3m 9q2x", "7K3M-9Q2X"), or null if it cannot be one. */
export function normalizeReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  return referencePattern.test(compact) ? compact : null;
}

/** The tracking token's shape: 32 bytes, base64url. */
export const TRACKING_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The private link's token of an item: a keyed hash of its reference under the server's secret, so the
 * thank-you page and the kiosk can show it again while only its SHA-256 is stored. Unguessable without the
 * secret; rotating the secret ends every link (the reference still identifies the item at the unit).
 */
export function trackingTokenFor(secret: string, reference: string): string {
  return createHmac("sha256", secret).update(`feedback-tracking\0${reference}`).digest("base64url");
}

export function trackingTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The status page of an item, in a language (relative; absolute links come from PUBLIC_BASE_URL). */
export function trackingPath(lang: "vi" | "en", token: string): string {
  return `/${lang}/theo-doi/${token}`;
}
