import { randomUUID } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import { newApiKey } from "@/lib/secrets";
import { scalar, testDb, unitLinkCode } from "./db";

/** A unit's one-stop software: an API key written straight into the e2e database. */
export async function unitApiKey(unitSlug: string): Promise<string> {
  const { key, prefix, hash } = newApiKey();
  await testDb.execute({
    sql: `INSERT INTO api_keys (unit_id, name, scope, prefix, key_hash)
          VALUES ((SELECT id FROM units WHERE slug = ?), ?, 'dossiers', ?, ?)`,
    args: [unitSlug, `Một cửa thử ${prefix}`, prefix, hash],
  });
  return key;
}

export interface OfficerDossier {
  receivedBy: string;
  returnedBy?: string;
  /** The receipt's quick answer (3: Rất hài lòng … 1: Không hài lòng). */
  quick?: number;
}

/**
 * Dossiers registered and returned through the API, as a unit's one-stop software does, each with its
 * receipt answered by a citizen through the public API. Times are just before now (local today). Returns
 * the receipt tokens and the public answers' bodies (to check they name no officer).
 */
export async function officerDossiers(
  request: APIRequestContext,
  unitSlug: string,
  dossiers: readonly OfficerDossier[],
): Promise<{ tokens: string[]; publicAnswers: string[] }> {
  const key = await unitApiKey(unitSlug);
  const headers = { authorization: `Bearer ${key}` };
  const link = await unitLinkCode(unitSlug);
  const iso = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const tokens: string[] = [];
  const publicAnswers: string[] = [];
  for (const d of dossiers) {
    const code = `HS-CB-${randomUUID().slice(0, 8)}`;
    const created = await request.post("/api/v1/dossiers", {
      headers,
      data: {
        code,
        receivedAt: iso(5),
        dueAt: iso(-24 * 60),
        channel: "in_person",
        receivedBy: d.receivedBy,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const token = String((await created.json()).surveyUrl).split("/r/")[1] ?? "";
    tokens.push(token);
    if (d.returnedBy) {
      const returned = await request.patch(`/api/v1/dossiers/${code}`, {
        headers,
        data: { returnedAt: iso(1), returnedBy: d.returnedBy },
      });
      expect(returned.status(), await returned.text()).toBe(200);
    }
    if (d.quick !== undefined) {
      const idempotencyKey = randomUUID();
      const answer = await request.post("/api/v1/responses", {
        data: { link, idempotencyKey, instrument: "quick", answers: { quick: d.quick }, receipt: token },
      });
      expect(answer.status(), await answer.text()).toBe(201);
      publicAnswers.push(await answer.text());
      expect(await scalar("SELECT flagged FROM responses WHERE idempotency_key = ?", [idempotencyKey])).toBe(
        0,
      );
    }
  }
  return { tokens, publicAnswers };
}

/** Turns per-officer evaluation on for a unit, straight in the database (the page's own test uses the form). */
export async function turnOnOfficerEvaluation(unitSlug: string): Promise<void> {
  await testDb.execute({ sql: "UPDATE units SET officer_evaluation = 1 WHERE slug = ?", args: [unitSlug] });
}

/** An officer row: a code with a name, optionally linked to an account. */
export async function nameOfficer(
  unitSlug: string,
  code: string,
  name: string,
  userId: string | null = null,
) {
  await testDb.execute({
    sql: `INSERT INTO officers (unit_id, code, name, user_id) VALUES ((SELECT id FROM units WHERE slug = ?), ?, ?, ?)
          ON CONFLICT (unit_id, code) DO UPDATE SET name = excluded.name, user_id = excluded.user_id`,
    args: [unitSlug, code, name, userId],
  });
}
