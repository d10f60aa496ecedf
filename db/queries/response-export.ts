import "server-only";
import { sql } from "drizzle-orm";
import type { DayRange } from "@/lib/dashboard-params";
import type { ExportResponse } from "@/lib/response-export";
import { getDb } from "../client";

/** Where the previous page of one unit ended: keyset over the (unit_id, local_day, id) index order. */
export interface ExportCursor {
  localDay: string;
  id: number;
}

/** "I.1=5;I.2=;quick=3" (item keys never hold "=" or ";") → answers; an empty value is "not applicable". */
function parseAnswers(packed: unknown): ExportResponse["answers"] {
  if (typeof packed !== "string" || packed === "") return [];
  return packed.split(";").map((pair) => {
    const at = pair.indexOf("=");
    const value = pair.slice(at + 1);
    return { itemKey: pair.slice(0, at), value: value === "" ? null : Number(value) };
  });
}

/**
 * One page of a unit's responses over a day range, in (local day, id) order after `cursor`, with their
 * answers. Reads only through `responses_unit_day_idx`, so a page costs what it returns, never a scan
 * of the table or a sort of the whole period; each response's answers come packed in one column. No contact
 * data, no device hash.
 */
export async function listExportResponsesPage(
  unitId: number,
  range: DayRange,
  cursor: ExportCursor | null,
  limit: number,
): Promise<ExportResponse[]> {
  const after = cursor ?? { localDay: "", id: 0 };
  const rows = await getDb().all<Record<string, unknown>>(sql`
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
    WHERE r.unit_id = ${unitId} AND (r.local_day, r.id) > (${after.localDay}, ${after.id})
      AND r.local_day >= ${range.from} AND r.local_day <= ${range.to}
    ORDER BY r.local_day, r.id
    LIMIT ${limit}`);
  return rows.map((r) => ({
    id: Number(r.id),
    submittedAt: Number(r.submittedAt),
    localDay: String(r.localDay),
    unitId: Number(r.unitId),
    unitName: String(r.unitName),
    counter: r.counter === null ? null : String(r.counter),
    procedureCode: r.procedureCode === null ? null : String(r.procedureCode),
    channel: String(r.channel),
    instrumentKey: String(r.instrumentKey),
    instrumentVersion: Number(r.instrumentVersion),
    flagged: Boolean(Number(r.flagged)),
    flagReason: r.flagReason === null ? null : String(r.flagReason),
    reasons: r.reasons === null ? null : String(r.reasons),
    comment: r.comment === null ? null : String(r.comment),
    answers: parseAnswers(r.answers),
  }));
}
