import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { TestDatabase } from "./test-database";

/** Requests and checks shared by the tests of POST /api/v1/responses. */

export type RouteHandler = (req: Request) => Promise<Response>;

const RESPONSES_URL = "http://localhost/api/v1/responses";

export function newIdempotencyKey(): string {
  return `vitest-${randomUUID()}`;
}

export function bodyRequest(body: string, contentType: string | null, headers: HeadersInit = {}): Request {
  const h = new Headers(headers);
  if (contentType !== null) h.set("content-type", contentType);
  return new Request(RESPONSES_URL, { method: "POST", body, headers: h });
}

export function jsonRequest(payload: unknown, headers: HeadersInit = {}): Request {
  return bodyRequest(JSON.stringify(payload), "application/json", headers);
}

export function formRequest(fields: Record<string, string> | URLSearchParams): Request {
  return bodyRequest(new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded");
}

/** What a submission can leave behind: response rows, answer rows and the daily aggregates. */
export interface StoredTotals {
  responses: number;
  answers: number;
  dailyCount: number;
}

export async function storedTotals(db: TestDatabase): Promise<StoredTotals> {
  const rs = await db.client.execute(`SELECT
    (SELECT count(*) FROM responses) AS responses,
    (SELECT count(*) FROM answers) AS answers,
    (SELECT coalesce(sum(count), 0) FROM daily_answer_counts) AS daily_count`);
  const row = rs.rows[0];
  return {
    responses: Number(row?.responses),
    answers: Number(row?.answers),
    dailyCount: Number(row?.daily_count),
  };
}

export interface StoredResponse {
  comment: string | null;
  channel: string;
  dossierId: number | null;
  flagged: boolean;
  reasons: string[] | null;
  answers: Record<string, number | null>;
}

export async function storedResponse(db: TestDatabase, id: number): Promise<StoredResponse | undefined> {
  const rs = await db.client.execute({
    sql: "SELECT comment, channel, dossier_id, flagged, reasons FROM responses WHERE id = ?",
    args: [id],
  });
  const row = rs.rows[0];
  if (!row) return undefined;
  const answerRows = await db.client.execute({
    sql: "SELECT item_key, value FROM answers WHERE response_id = ?",
    args: [id],
  });
  return {
    comment: row.comment === null ? null : String(row.comment),
    channel: String(row.channel),
    dossierId: row.dossier_id === null ? null : Number(row.dossier_id),
    flagged: Number(row.flagged) === 1,
    reasons: row.reasons === null ? null : (JSON.parse(String(row.reasons)) as string[]),
    answers: Object.fromEntries(
      answerRows.rows.map((a) => [String(a.item_key), a.value === null ? null : Number(a.value)]),
    ),
  };
}

export interface ErrorBody {
  error: { code: string; message: string; fields: Record<string, string> };
}

/**
 * A refusal: a 4xx (never a 5xx) with a JSON error naming what went wrong, and nothing written —
 * no response, no answer, no aggregate.
 */
export async function expectJsonRefusal(
  db: TestDatabase,
  res: Response,
  before: StoredTotals,
): Promise<ErrorBody> {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toMatch(/^[a-z_]+$/);
  expect(body.error.message.trim()).not.toBe("");
  expect(typeof body.error.fields).toBe("object");
  for (const message of Object.values(body.error.fields)) expect(message.trim()).not.toBe("");
  expect(await storedTotals(db)).toEqual(before);
  return body;
}

/** A first submission: 201 with a new id, and exactly one response with exactly the answered items. */
export async function expectStored(
  db: TestDatabase,
  res: Response,
  before: StoredTotals,
  answers: Record<string, number | null>,
): Promise<{ id: number; stored: StoredResponse }> {
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: number; duplicate: boolean };
  expect(body.duplicate).toBe(false);
  const stored = await storedResponse(db, body.id);
  expect(stored?.answers).toEqual(answers);
  const entries = Object.values(answers);
  expect(await storedTotals(db)).toEqual({
    responses: before.responses + 1,
    answers: before.answers + entries.length,
    dailyCount: before.dailyCount + entries.filter((v) => v !== null).length,
  });
  if (!stored) throw new Error("unreachable: stored response checked above");
  return { id: body.id, stored };
}
