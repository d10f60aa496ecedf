/** Counts kept for the index: daily and monthly answer counts per unit and their subtree rollups. */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { channels } from "@/lib/constants";

/**
 * Daily counts per unit × instrument × channel × item × level, maintained in the same transaction as each
 * response so overviews and rankings never scan raw responses. Finer filters (counter, procedure) read
 * the indexed raw rows of the selected units.
 */
export const dailyAnswerCounts = sqliteTable(
  "daily_answer_counts",
  {
    unitId: integer("unit_id").notNull(),
    day: text("day").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    itemKey: text("item_key").notNull(),
    value: integer("value").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.unitId, t.day, t.instrumentId, t.channel, t.itemKey, t.value, t.flagged],
    }),
    index("daily_answer_counts_day_idx").on(t.day, t.unitId),
  ],
);

/**
 * `daily_answer_counts` summed per month (YYYY-MM), kept equal to it inside the same transaction by
 * triggers on the daily table (features/index/server/aggregates.ts), so whole months — 12-month trends, national
 * overviews — read one row per unit × month instead of one per unit × day.
 */
export const monthlyAnswerCounts = sqliteTable(
  "monthly_answer_counts",
  {
    unitId: integer("unit_id").notNull(),
    month: text("month").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    itemKey: text("item_key").notNull(),
    value: integer("value").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.unitId, t.month, t.instrumentId, t.channel, t.itemKey, t.value, t.flagged],
    }),
  ],
);

/**
 * Pre-pooled counts of every current unit ("node"): all answers of its subtree — its own,
 * its current descendants', and those of merged or abolished units that report to them — without the
 * channel, with the answer levels as columns. A national overview then reads a few rows per node instead
 * of every commune's counts, and a ranking of communes one row per commune and item. `rollup_paths` says which nodes each raw unit's answers count for; triggers on
 * `daily_answer_counts` keep the daily rollup (and it the monthly) in the same transaction as each answer.
 * A change to the unit tree marks the rollups invalid (`rollup_state`), and they are rebuilt
 * (features/index/server/rollups.ts) before the next use; until then figures come from the per-unit counts.
 */
export const rollupPaths = sqliteTable(
  "rollup_paths",
  {
    unitId: integer("unit_id").notNull(),
    nodeId: integer("node_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.nodeId] })],
);

/** Rollup nodes with the number of current units in their subtree (to check a scope holds all of it). */
export const rollupNodes = sqliteTable("rollup_nodes", {
  nodeId: integer("node_id").primaryKey(),
  units: integer("units").notNull(),
});

const levelCounts = () => ({
  c1: integer("c1").notNull().default(0),
  c2: integer("c2").notNull().default(0),
  c3: integer("c3").notNull().default(0),
  c4: integer("c4").notNull().default(0),
  c5: integer("c5").notNull().default(0),
});

export const rollupDailyCounts = sqliteTable(
  "rollup_daily_counts",
  {
    nodeId: integer("node_id").notNull(),
    day: text("day").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    itemKey: text("item_key").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    ...levelCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.day, t.instrumentId, t.itemKey, t.flagged] }),
    // Rankings read only the quick item of thousands of units: one covering entry per unit and day,
    // in unit order (so the sums per unit need no sorting).
    index("rollup_daily_quick_idx")
      .on(t.nodeId, t.day, t.instrumentId, t.flagged, t.c1, t.c2, t.c3, t.c4, t.c5)
      .where(sql`item_key = 'quick'`),
  ],
);

export const rollupMonthlyCounts = sqliteTable(
  "rollup_monthly_counts",
  {
    nodeId: integer("node_id").notNull(),
    month: text("month").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    itemKey: text("item_key").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    ...levelCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.month, t.instrumentId, t.itemKey, t.flagged] }),
    // Rankings read only the quick item of thousands of units: one covering entry per unit and month,
    // in unit order (so the sums per unit need no sorting).
    index("rollup_monthly_quick_idx")
      .on(t.nodeId, t.month, t.instrumentId, t.flagged, t.c1, t.c2, t.c3, t.c4, t.c5)
      .where(sql`item_key = 'quick'`),
  ],
);

/**
 * Answer counts per unit, day and procedure (`p:<procedure id>`) or counter (`q:<counter id>`), the levels
 * as columns: kept by triggers on answers (and on responses, when one is flagged or cleared later) in each
 * answer's transaction. The dashboard's counter filter reads them (a counter's answers are few); the
 * procedure and field filters read them for the days at either end of a period, and whole months from
 * `rollup_facet_monthly_counts`.
 */
export const facetDailyCounts = sqliteTable(
  "facet_daily_counts",
  {
    unitId: integer("unit_id").notNull(),
    facet: text("facet").notNull(),
    day: text("day").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    itemKey: text("item_key").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    ...levelCounts(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.facet, t.day, t.instrumentId, t.itemKey, t.flagged] })],
);

/**
 * The rollups again for one channel (`k:<channel>`, from `daily_answer_counts`), pooled per subtree node
 * and day like `rollup_daily_counts`: a dashboard filtered by channel reads them instead of every unit's
 * counts. Kept by triggers in each answer's transaction; rebuilt with the other rollups.
 */
export const rollupFacetDailyCounts = sqliteTable(
  "rollup_facet_daily_counts",
  {
    nodeId: integer("node_id").notNull(),
    facet: text("facet").notNull(),
    day: text("day").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    itemKey: text("item_key").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    ...levelCounts(),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.facet, t.day, t.instrumentId, t.itemKey, t.flagged] })],
);

/**
 * Channel and procedure facets pooled per subtree node and month: the channel's from the daily facet
 * rollup, the procedure's from `facet_daily_counts` through `rollup_paths` (kept by triggers).
 */
export const rollupFacetMonthlyCounts = sqliteTable(
  "rollup_facet_monthly_counts",
  {
    nodeId: integer("node_id").notNull(),
    facet: text("facet").notNull(),
    month: text("month").notNull(),
    instrumentId: integer("instrument_id").notNull(),
    itemKey: text("item_key").notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull(),
    ...levelCounts(),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.facet, t.month, t.instrumentId, t.itemKey, t.flagged] })],
);

/**
 * One row: whether the rollups match the current unit tree (0 after a change to the tree), and a counter
 * of every change to `units` or `unit_lineage` (caches of the unit tree compare it).
 *
 * Settled days: the dashboards keep the counts of days up to `settled_through` (a local day, '' = none) in
 * memory (features/index/server/settled-counts.ts). New answers fall on today; a later change to the
 * counts of a settled day (a burst's decision, a deletion, an import) bumps `settled_version` by trigger
 * (migration 0017), and every instance's kept counts stop matching.
 */
export const rollupState = sqliteTable("rollup_state", {
  id: integer("id").primaryKey(),
  valid: integer("valid", { mode: "boolean" }).notNull(),
  builtAt: integer("built_at"),
  unitsVersion: integer("units_version").notNull().default(0),
  settledThrough: text("settled_through").notNull().default(""),
  settledVersion: integer("settled_version").notNull().default(0),
});
