import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import type { DayRange } from "../dashboard-params";
import type { ExportResponse } from "../response-export";

/** Where the previous page of one unit ended: keyset over the (unit_id, local_day, id) index order. */
export interface ExportCursor {
  localDay: string;
  id: number;
}

type PageRow = [
  id: number,
  submittedAt: number,
  localDay: string,
  unitId: number,
  unitName: string,
  counter: string | null,
  procedureCode: string | null,
  channel: string,
  instrumentKey: string,
  instrumentVersion: number,
  flagged: number,
  flagReason: string | null,
  reasons: string | null,
  comment: string | null,
  answers: string | null,
];

/** "I.1=5;I.2=;quick=3" (item keys never hold "=" or ";") → answers; an empty value is "not applicable". */
function parseAnswers(packed: unknown): ExportResponse["answers"] {
  if (typeof packed !== "string" || packed === "") return [];
  return packed.split(";").map((pair) => {
    const at = pair.indexOf("=");
    const value = pair.slice(at + 1);
    return { itemKey: pair.slice(0, at), value: value === "" ? null : Number(value) };
  });
}

async function readPage(where: SQL, orderBy: SQL, limit: number): Promise<ExportResponse[]> {
  // The whole page comes back as one JSON array: a driver row object per response would cost more than
  // the query itself (see readCounts in count-queries.ts); JSON.parse of one string is nearly free.
  const [packed] = await getDb().all<{ page: string | null }>(sql`
    SELECT json_group_array(json_array(id, submittedAt, localDay, unitId, unitName, counter, procedureCode,
      channel, instrumentKey, instrumentVersion, flagged, flagReason, reasons, comment, answers)) AS page
    FROM (
      SELECT r.id, r.submitted_at AS submittedAt, r.local_day AS localDay, r.unit_id AS unitId, u.name AS unitName,
        c.number || ' — ' || c.name AS counter, p.code AS procedureCode, r.channel, i.key AS instrumentKey,
        i.version AS instrumentVersion, r.flagged, r.flag_reason AS flagReason, r.reasons, r.comment,
        (SELECT group_concat(a.item_key || '=' || coalesce(a.value, ''), ';') FROM answers a
          WHERE a.response_id = r.id) AS answers
      FROM responses r
        JOIN units u ON u.id = r.unit_id
        JOIN instruments i ON i.id = r.instrument_id
        LEFT JOIN counters c ON c.id = r.counter_id
        LEFT JOIN procedures p ON p.id = r.procedure_id
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${limit})`);
  return (JSON.parse(packed?.page ?? "[]") as PageRow[]).map((r) => ({
    id: r[0],
    submittedAt: r[1],
    localDay: r[2],
    unitId: r[3],
    unitName: r[4],
    counter: r[5],
    procedureCode: r[6],
    channel: r[7],
    instrumentKey: r[8],
    instrumentVersion: r[9],
    flagged: r[10] === 1,
    flagReason: r[11],
    reasons: r[12],
    comment: r[13],
    answers: parseAnswers(r[14]),
  }));
}

/**
 * One page of one unit's responses over a day range, in (local day, id) order after `cursor`. Reads only
 * through `responses_unit_day_idx`, so a page costs what it returns: the way for a few units.
 */
export async function listUnitExportPage(
  unitId: number,
  range: DayRange,
  cursor: ExportCursor | null,
  limit: number,
): Promise<ExportResponse[]> {
  const after = cursor ?? { localDay: "", id: 0 };
  const rows = await readPage(
    sql`r.unit_id = ${unitId} AND (r.local_day, r.id) > (${after.localDay}, ${after.id})
      AND r.local_day >= ${range.from} AND r.local_day <= ${range.to}`,
    sql`r.local_day, r.id`,
    limit,
  );
  // json_group_array keeps the subquery's order in practice, but SQL does not promise it: sort to be sure.
  return rows.sort((a, b) => (a.localDay < b.localDay ? -1 : a.localDay > b.localDay ? 1 : a.id - b.id));
}

/** The ids of the period's responses lie between these (through the index on local_day). */
export async function getExportIdBounds(range: DayRange): Promise<{ first: number; last: number } | null> {
  const [row] = await getDb().all<{ first: number | null; last: number | null }>(sql`
    SELECT min(id) AS first, max(id) AS last FROM responses WHERE local_day BETWEEN ${range.from} AND ${range.to}`);
  return row?.first == null || row.last == null ? null : { first: Number(row.first), last: Number(row.last) };
}

/**
 * One page of many units' responses over a day range, in id order after `afterId`, up to `lastId`:
 * a walk along the table itself, which holds a period's responses together — the way for a large scope,
 * where reading unit by unit would touch each table page once per unit. (`+` keeps SQLite on the walk.)
 */
export async function listScopeExportPage(
  unitIds: readonly number[],
  range: DayRange,
  afterId: number,
  lastId: number,
  limit: number,
): Promise<ExportResponse[]> {
  const rows = await readPage(
    sql`r.id > ${afterId} AND r.id <= ${lastId}
      AND +r.local_day >= ${range.from} AND +r.local_day <= ${range.to}
      AND +r.unit_id IN ${jsonList(unitIds)}`,
    sql`r.id`,
    limit,
  );
  return rows.sort((a, b) => a.id - b.id);
}
