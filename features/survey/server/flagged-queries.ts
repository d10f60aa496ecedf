import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { instruments, responses, units } from "@/db/schema";

/** Flagged responses (kept, left out of indices) of the given units, newest first. */
export async function listFlaggedResponses(
  unitIds: readonly number[],
  from: string,
  to: string,
  limit = 200,
) {
  if (unitIds.length === 0) return [];
  return getDb()
    .select({
      id: responses.id,
      submittedAt: responses.submittedAt,
      unitName: units.name,
      channel: responses.channel,
      flagReason: responses.flagReason,
      instrumentKey: instruments.key,
      shortLinkCode: responses.shortLinkCode,
      answers: sql<string>`(SELECT group_concat(item_key || '=' || coalesce(value, '–'), ', ') FROM answers WHERE response_id = ${responses.id})`,
    })
    .from(responses)
    .innerJoin(units, eq(units.id, responses.unitId))
    .innerJoin(instruments, eq(instruments.id, responses.instrumentId))
    .where(
      and(
        inArray(responses.unitId, [...unitIds]),
        eq(responses.flagged, true),
        sql`${responses.localDay} BETWEEN ${from} AND ${to}`,
      ),
    )
    .orderBy(desc(responses.id))
    .limit(limit);
}

export async function countFlaggedByReason(unitIds: readonly number[], from: string, to: string) {
  if (unitIds.length === 0) return [];
  return getDb()
    .select({ reason: responses.flagReason, count: sql<number>`count(*)`.mapWith(Number) })
    .from(responses)
    .where(
      and(
        inArray(responses.unitId, [...unitIds]),
        eq(responses.flagged, true),
        sql`${responses.localDay} BETWEEN ${from} AND ${to}`,
      ),
    )
    .groupBy(responses.flagReason);
}
