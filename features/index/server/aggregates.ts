import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dailyAnswerCounts, facetDailyCounts, monthlyAnswerCounts } from "@/db/schema";
import { RAW_UNIT_FACETS, rebuildRollups } from "./rollups";

const GROUPED_RAW_ANSWERS = sql`
  SELECT r.unit_id AS unit_id, r.local_day AS day, r.instrument_id AS instrument_id, r.channel AS channel,
    a.item_key AS item_key, a.value AS value, r.flagged AS flagged, count(*) AS count
  FROM answers a JOIN responses r ON r.id = a.response_id
  WHERE a.value IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7`;

const rebuildSql = sql`
  INSERT INTO daily_answer_counts
    (unit_id, day, instrument_id, channel, item_key, value, flagged, count)
  ${GROUPED_RAW_ANSWERS}`;

const rebuildMonthlySql = sql`
  INSERT INTO monthly_answer_counts
    (unit_id, month, instrument_id, channel, item_key, value, flagged, count)
  SELECT unit_id, substr(day, 1, 7), instrument_id, channel, item_key, value, flagged, sum(count)
  FROM daily_answer_counts GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(count) <> 0`;

/**
 * Rebuilds the daily aggregates (and the units' procedure and counter facets) from raw answers, and the
 * monthly ones from the daily, in one transaction
 * (then the subtree rollups from them, rollups.ts)
 * (after the seed, repairs, or to verify). The triggers that keep the monthly counts in step with every
 * daily write are set aside meanwhile — one GROUP BY instead of a trigger per row — and put back as they
 * were (read from the schema, so their text lives only in the migration).
 */
export async function rebuildDailyAnswerCounts(db: Database): Promise<void> {
  const triggers = await db.all<{ name: string; sql: string }>(sql`
    SELECT name, sql FROM sqlite_master WHERE type = 'trigger'
      AND tbl_name IN ('daily_answer_counts', 'facet_daily_counts')`);
  await db.batch([
    db.delete(monthlyAnswerCounts),
    ...triggers.map((t) => db.run(sql.raw(`DROP TRIGGER "${t.name}"`))),
    db.delete(dailyAnswerCounts),
    db.run(rebuildSql),
    db.run(rebuildMonthlySql),
    db.delete(facetDailyCounts),
    db.run(sql`INSERT INTO facet_daily_counts
      (unit_id, facet, day, instrument_id, item_key, flagged, c1, c2, c3, c4, c5) ${RAW_UNIT_FACETS}`),
    ...triggers.map((t) => db.run(sql.raw(t.sql))),
  ]);
  await rebuildRollups(db);
}

/** Keys where the monthly counts differ from the daily counts summed per month. Empty = they are equal. */
export async function diffMonthlyAnswerCounts(db: Database): Promise<Array<Record<string, unknown>>> {
  return db.transaction(
    (tx) =>
      tx.all<Record<string, unknown>>(sql`
        WITH expected AS (
          SELECT unit_id, substr(day, 1, 7) AS month, instrument_id, channel, item_key, value, flagged,
            sum(count) AS count
          FROM daily_answer_counts GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(count) <> 0),
        actual AS (SELECT * FROM monthly_answer_counts WHERE count <> 0)
        SELECT coalesce(e.unit_id, a.unit_id) AS unitId, coalesce(e.month, a.month) AS month,
          coalesce(e.item_key, a.item_key) AS itemKey, coalesce(e.value, a.value) AS value,
          coalesce(a.count, 0) AS maintained, coalesce(e.count, 0) AS recomputed
        FROM expected e FULL OUTER JOIN actual a
          ON a.unit_id = e.unit_id AND a.month = e.month AND a.instrument_id = e.instrument_id
          AND a.channel = e.channel AND a.item_key = e.item_key AND a.value = e.value AND a.flagged = e.flagged
        WHERE coalesce(a.count, 0) <> coalesce(e.count, 0)`),
    { behavior: "deferred" },
  );
}

export interface AggregateDifference {
  unitId: number;
  day: string;
  instrumentId: number;
  channel: string;
  itemKey: string;
  value: number;
  flagged: boolean;
  /** The count in `daily_answer_counts` (0 when the row is missing). */
  maintained: number;
  /** The count recomputed from raw answers (0 when there is none). */
  recomputed: number;
}

/**
 * Every key where the maintained aggregates differ from a full recomputation from raw answers, read in one
 * transaction so responses arriving meanwhile cannot make a false difference. Empty = they are equal.
 */
export async function diffDailyAnswerCounts(db: Database): Promise<AggregateDifference[]> {
  const rows = await db.transaction(
    (tx) =>
      tx.all<Record<string, unknown>>(sql`
        WITH expected AS (${GROUPED_RAW_ANSWERS}),
        actual AS (SELECT unit_id, day, instrument_id, channel, item_key, value, flagged, count
                   FROM daily_answer_counts WHERE count <> 0)
        SELECT coalesce(e.unit_id, a.unit_id) AS unitId, coalesce(e.day, a.day) AS day,
          coalesce(e.instrument_id, a.instrument_id) AS instrumentId, coalesce(e.channel, a.channel) AS channel,
          coalesce(e.item_key, a.item_key) AS itemKey, coalesce(e.value, a.value) AS value,
          coalesce(e.flagged, a.flagged) AS flagged,
          coalesce(a.count, 0) AS maintained, coalesce(e.count, 0) AS recomputed
        FROM expected e FULL OUTER JOIN actual a
          ON a.unit_id = e.unit_id AND a.day = e.day AND a.instrument_id = e.instrument_id
          AND a.channel = e.channel AND a.item_key = e.item_key AND a.value = e.value AND a.flagged = e.flagged
        WHERE coalesce(a.count, 0) <> coalesce(e.count, 0)
        ORDER BY 2, 1, 3, 4, 5, 6, 7`),
    { behavior: "deferred" },
  );
  return rows.map((r) => ({
    unitId: Number(r.unitId),
    day: String(r.day),
    instrumentId: Number(r.instrumentId),
    channel: String(r.channel),
    itemKey: String(r.itemKey),
    value: Number(r.value),
    flagged: Boolean(Number(r.flagged)),
    maintained: Number(r.maintained),
    recomputed: Number(r.recomputed),
  }));
}
