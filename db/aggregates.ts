import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { dailyAnswerCounts } from "./schema";

const rebuildSql = sql`
  INSERT INTO daily_answer_counts
    (unit_id, day, instrument_id, channel, item_key, value, flagged, count)
  SELECT r.unit_id, r.local_day, r.instrument_id, r.channel, a.item_key, a.value, r.flagged, count(*)
  FROM answers a JOIN responses r ON r.id = a.response_id
  WHERE a.value IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5, 6, 7`;

/** Rebuilds the daily aggregates from raw answers in one transaction (after the seed, repairs, or to verify). */
export async function rebuildDailyAnswerCounts(db: Database): Promise<void> {
  await db.batch([db.delete(dailyAnswerCounts), db.run(rebuildSql)]);
}
