import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import type { DayRange, FigureFilters } from "../dashboard-params";

/** Choices for the dashboard filters, limited to what the units in view offer. */
export interface FilterOptions {
  instruments: Array<{ key: string; title: { vi: string; en: string } }>;
  fields: Array<{ id: number; name: string }>;
  procedures: Array<{ id: number; code: string; name: string }>;
  /** Null above COUNTER_FILTER_MAX_UNITS units: the counter filter is offered after drilling down. */
  counters: Array<{ id: number; label: string }> | null;
}

/** Above this many units the counter filter is offered only after drilling down (a list of thousands helps no one). */
export const COUNTER_FILTER_MAX_UNITS = 200;

export async function listFilterOptions(unitIds: readonly number[]): Promise<FilterOptions> {
  const db = getDb();
  const units = jsonList(unitIds);
  const [instruments, fields, procedures, counters] = await Promise.all([
    db.all<{ key: string; vi: string; en: string | null }>(sql`
      SELECT i.key, json_extract(i.definition, '$.title.vi') AS vi, json_extract(i.definition, '$.title.en') AS en
      FROM instruments i
      WHERE i.status <> 'draft' AND (i.unit_id IS NULL OR i.unit_id IN ${units})
        AND i.version = (SELECT max(j.version) FROM instruments j WHERE j.key = i.key AND j.status <> 'draft')
      ORDER BY i.unit_id IS NOT NULL, i.key`),
    db.all<{ id: number; name: string }>(sql`
      SELECT DISTINCT f.id, f.name FROM fields f JOIN procedures p ON p.field_id = f.id
      JOIN unit_procedures up ON up.procedure_id = p.id WHERE up.unit_id IN ${units} ORDER BY f.name`),
    db.all<{ id: number; code: string; name: string }>(sql`
      SELECT DISTINCT p.id, p.code, v.name FROM procedures p
      JOIN unit_procedures up ON up.procedure_id = p.id
      JOIN procedure_versions v ON v.procedure_id = p.id AND v.effective_to IS NULL
      WHERE up.unit_id IN ${units} ORDER BY p.code`),
    unitIds.length > COUNTER_FILTER_MAX_UNITS
      ? Promise.resolve(null)
      : db.all<{ id: number; label: string }>(sql`
      SELECT c.id, u.name || ' — ' || c.name AS label FROM counters c JOIN units u ON u.id = c.unit_id
      WHERE c.unit_id IN ${units} ORDER BY u.name, c.number`),
  ]);
  return {
    instruments: instruments.map(({ key, vi, en }) => ({ key, title: { vi, en: en ?? vi } })),
    fields,
    procedures,
    counters,
  };
}

export interface CommentRow {
  id: number;
  submittedAt: Date;
  unitName: string;
  comment: string;
  /** The quick answer's level and its scale size; null for other instruments. */
  rating: number | null;
  scaleSize: number;
  instrumentTitle: { vi: string; en: string };
}

/** The latest comments of unflagged responses of the units over the period, newest first. */
export async function listRecentComments(
  query: DayRange & { unitIds: readonly number[]; filters?: FigureFilters },
  limit = 20,
): Promise<CommentRow[]> {
  if (query.unitIds.length === 0) return [];
  const f = query.filters ?? {};
  // Newest first along the index of commented responses, within the period's instants (local days are
  // UTC+7); a national scope finds its twenty at once instead of sorting a month of responses.
  const start = Date.parse(`${query.from}T00:00:00+07:00`);
  const end = Date.parse(`${query.to}T00:00:00+07:00`) + 86_400_000;
  const rows = await getDb().all<Record<string, unknown>>(sql`
    SELECT r.id, r.submitted_at AS submittedAt, u.name AS unitName, r.comment,
      (SELECT a.value FROM answers a WHERE a.response_id = r.id AND a.item_key = 'quick') AS rating,
      json_array_length(i.definition, '$.scale') AS scaleSize, json_extract(i.definition, '$.title.vi') AS title,
      json_extract(i.definition, '$.title.en') AS titleEn
    FROM responses r INDEXED BY responses_commented_idx
      JOIN units u ON u.id = r.unit_id JOIN instruments i ON i.id = r.instrument_id
    WHERE r.comment IS NOT NULL AND r.submitted_at >= ${start} AND r.submitted_at < ${end}
      AND r.unit_id IN ${jsonList(query.unitIds)} AND r.local_day BETWEEN ${query.from} AND ${query.to}
      AND r.flagged = 0
      ${f.channel ? sql`AND r.channel = ${f.channel}` : sql``}
      ${f.instrumentKey ? sql`AND i.key = ${f.instrumentKey}` : sql``}
      ${f.procedureId ? sql`AND r.procedure_id = ${f.procedureId}` : sql``}
      ${f.fieldId ? sql`AND r.procedure_id IN (SELECT id FROM procedures WHERE field_id = ${f.fieldId})` : sql``}
      ${f.counterId ? sql`AND r.counter_id = ${f.counterId}` : sql``}
    ORDER BY r.submitted_at DESC LIMIT ${limit}`);
  return rows.map((r) => ({
    id: Number(r.id),
    submittedAt: new Date(Number(r.submittedAt)),
    unitName: String(r.unitName),
    comment: String(r.comment),
    rating: r.rating === null ? null : Number(r.rating),
    scaleSize: Number(r.scaleSize),
    instrumentTitle: { vi: String(r.title), en: String(r.titleEn ?? r.title) },
  }));
}
