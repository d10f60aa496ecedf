import { createHash, randomBytes } from "node:crypto";

/** sha256 hex: API keys, device tokens and receipt tokens are stored only as hashes. */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** A unit API key, shown once: "hl_<prefix>_<secret>". The prefix tells keys apart in lists. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(4).toString("hex");
  const key = `hl_${prefix}_${randomBytes(24).toString("base64url")}`;
  return { key, prefix, hash: sha256(key) };
}

/** A single-use survey token printed on a dossier receipt (URL-safe, 128 bits). */
export function newReceiptToken(): { token: string; hash: string } {
  const token = randomBytes(16).toString("base64url");
  return { token, hash: sha256(token) };
}

export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S{10,200})$/i.exec(header ?? "");
  return match?.[1] ?? null;
}
