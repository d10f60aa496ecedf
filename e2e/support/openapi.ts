import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { sha256 } from "@/lib/secrets";
import type { Answer } from "@/test/openapi-validator";
import { testDb } from "./db";

/** A leaf unit with its own QR link, other than the unit the survey specs answer at. */
export async function contractUnit(): Promise<{ id: number; link: string }> {
  const rs = await testDb.execute(`
    SELECT u.id, l.code FROM units u JOIN short_links l ON l.unit_id = u.id AND l.kind = 'unit'
    WHERE u.valid_to IS NULL AND u.slug <> 'phuong-an-hoa-tthcc'
      AND NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id)
    ORDER BY u.id DESC LIMIT 1`);
  const row = rs.rows[0];
  if (!row) throw new Error("no leaf unit with a QR link");
  return { id: Number(row.id), link: String(row.code) };
}

/** A unit API key written straight into the database (as a unit administrator would create it). */
export async function createApiKey(unitId: number, name: string): Promise<string> {
  const prefix = randomBytes(4).toString("hex");
  const key = `hl_${prefix}_${randomBytes(24).toString("base64url")}`;
  await testDb.execute({
    sql: "INSERT INTO api_keys (unit_id, name, scope, prefix, key_hash) VALUES (?, ?, 'dossiers', ?, ?)",
    args: [unitId, name, prefix, sha256(key)],
  });
  return key;
}

export interface Call {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Sent as it is (a string) or as JSON (anything else). */
  body?: unknown;
}

/** One request, redirects not followed, answered as status, content type and text. */
export async function send(request: APIRequestContext, call: Call): Promise<Answer> {
  const headers = { ...call.headers };
  let data: string | Buffer | undefined;
  if (typeof call.body === "string") data = call.body;
  else if (call.body !== undefined) {
    data = JSON.stringify(call.body);
    headers["content-type"] ??= "application/json";
  }
  const res = await request.fetch(call.url, { method: call.method, headers, data, maxRedirects: 0 });
  return { status: res.status(), contentType: res.headers()["content-type"] ?? null, body: await res.text() };
}
