import "server-only";
import { and, asc, eq, max, type SQL, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import {
  DOSSIER_COUNT_COLUMNS,
  dossierApologies,
  dossierDailyCounts,
  dossiers,
  procedures,
} from "@/db/schema";
import type { DayRange } from "@/features/index/dashboard-params";
import { type DossierCounts, NO_DOSSIERS } from "../lifecycle";

export type DossierRow = typeof dossiers.$inferSelect;
export type ApologyRow = typeof dossierApologies.$inferSelect;

/** The dossiers with this code among `unitIds` (one, or one per unit when several units reuse a code). */
export async function findDossiersByCode(
  tx: Executor,
  code: string,
  unitIds: readonly number[],
): Promise<Array<DossierRow & { procedureCode: string | null }>> {
  if (unitIds.length === 0) return [];
  const rows = await tx
    .select({ dossier: dossiers, procedureCode: procedures.code })
    .from(dossiers)
    .leftJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .where(and(eq(dossiers.code, code), sql`${dossiers.unitId} IN ${jsonList(unitIds)}`))
    .limit(10);
  return rows.map((r) => ({ ...r.dossier, procedureCode: r.procedureCode }));
}

/** Inserts a dossier and gives back the stored row (with the defaults the database filled in). */
export async function insertDossierRow(
  tx: Executor,
  values: typeof dossiers.$inferInsert,
): Promise<DossierRow> {
  const [row] = await tx.insert(dossiers).values(values).returning();
  if (!row) throw new Error("dossier not inserted");
  return row;
}

export async function updateDossierRow(
  tx: Executor,
  id: number,
  values: Partial<typeof dossiers.$inferInsert>,
): Promise<void> {
  await tx.update(dossiers).set(values).where(eq(dossiers.id, id));
}

export async function listApologies(tx: Executor, dossierId: number): Promise<ApologyRow[]> {
  return tx
    .select()
    .from(dossierApologies)
    .where(eq(dossierApologies.dossierId, dossierId))
    .orderBy(asc(dossierApologies.issuedAt), asc(dossierApologies.id));
}

/** The next letter number of a unit in a year (1, 2, …), read inside the writing transaction. */
export async function nextApologyNumber(tx: Executor, unitId: number, year: number): Promise<number> {
  const [row] = await tx
    .select({ last: max(dossierApologies.number) })
    .from(dossierApologies)
    .where(and(eq(dossierApologies.unitId, unitId), eq(dossierApologies.year, year)));
  return Number(row?.last ?? 0) + 1;
}

export async function insertApology(
  tx: Executor,
  values: typeof dossierApologies.$inferInsert,
): Promise<void> {
  await tx.insert(dossierApologies).values(values);
}

export async function findProcedureIdByCode(tx: Executor, code: string): Promise<number | undefined> {
  const [row] = await tx.select({ id: procedures.id }).from(procedures).where(eq(procedures.code, code));
  return row?.id;
}

/** Counts of the units over a day range, summed (schema `dossier_daily_counts`, kept by triggers). */
export async function sumDossierCounts(
  unitIds: readonly number[],
  range: { from: string; to: string },
): Promise<DossierCounts> {
  if (unitIds.length === 0) return NO_DOSSIERS;
  const c = dossierDailyCounts;
  const [row] = await getDb()
    .select({
      received: sql<number>`coalesce(sum(${c.received}), 0)`,
      returned: sql<number>`coalesce(sum(${c.returned}), 0)`,
      early: sql<number>`coalesce(sum(${c.early}), 0)`,
      onTime: sql<number>`coalesce(sum(${c.onTime}), 0)`,
      late: sql<number>`coalesce(sum(${c.late}), 0)`,
      withApology: sql<number>`coalesce(sum(${c.withApology}), 0)`,
      complained: sql<number>`coalesce(sum(${c.complained}), 0)`,
      ratedUnsatisfied: sql<number>`coalesce(sum(${c.ratedUnsatisfied}), 0)`,
      bad: sql<number>`coalesce(sum(${c.bad}), 0)`,
    })
    .from(c)
    .where(
      and(
        sql`${c.unitId} IN ${jsonList(unitIds)}`,
        sql`${c.day} >= ${range.from}`,
        sql`${c.day} <= ${range.to}`,
      ),
    );
  if (!row) return NO_DOSSIERS;
  return {
    received: Number(row.received),
    returned: Number(row.returned),
    early: Number(row.early),
    onTime: Number(row.onTime),
    late: Number(row.late),
    withApology: Number(row.withApology),
    complained: Number(row.complained),
    ratedUnsatisfied: Number(row.ratedUnsatisfied),
    bad: Number(row.bad),
  };
}

const COUNT_COLUMNS = DOSSIER_COUNT_COLUMNS;

/**
 * Rows of (id, the nine counts) packed into one JSON array by SQLite: thousands of units come back as one
 * value rather than thousands of rows (reading rows one by one costs more than the sums themselves).
 */
async function packedCounts(query: SQL): Promise<Map<number, DossierCounts>> {
  const [row] = await getDb().all<{ packed: string | null }>(sql`
    SELECT json_group_array(json_array(id, ${sql.raw(COUNT_COLUMNS.join(", "))})) AS packed FROM (${query})`);
  const result = new Map<number, DossierCounts>();
  for (const [
    id,
    received,
    returned,
    early,
    onTime,
    late,
    withApology,
    complained,
    ratedUnsatisfied,
    bad,
  ] of JSON.parse(row?.packed ?? "[]") as number[][]) {
    result.set(Number(id), {
      received: received ?? 0,
      returned: returned ?? 0,
      early: early ?? 0,
      onTime: onTime ?? 0,
      late: late ?? 0,
      withApology: withApology ?? 0,
      complained: complained ?? 0,
      ratedUnsatisfied: ratedUnsatisfied ?? 0,
      bad: bad ?? 0,
    });
  }
  return result;
}

const SUMS = sql.raw(COUNT_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(", "));

/**
 * Counts of rollup nodes (each a current unit's whole subtree, merged units included) over whole months
 * (schema `rollup_dossier_monthly_counts`, kept by triggers; valid while `rollup_state.valid`).
 */
export async function listRollupDossierCounts(
  nodeIds: readonly number[],
  months: readonly string[],
): Promise<Map<number, DossierCounts>> {
  if (nodeIds.length === 0 || months.length === 0) return new Map();
  return packedCounts(sql`
    SELECT node_id AS id, ${SUMS} FROM rollup_dossier_monthly_counts
    WHERE node_id IN ${jsonList(nodeIds)} AND month IN ${jsonList(months)}
    GROUP BY node_id`);
}

/**
 * Daily counts per id (`idColumn` of `table`) over some day ranges minus others, summed by SQLite: a
 * period's edge days (signedMonthSplit).
 */
async function signedDailyCounts(
  table: SQL,
  idColumn: "node_id" | "unit_id",
  ids: readonly number[],
  add: readonly DayRange[],
  subtract: readonly DayRange[],
): Promise<Map<number, DossierCounts>> {
  if (ids.length === 0 || add.length + subtract.length === 0) return new Map();
  const id = sql.raw(idColumn);
  const part = (r: DayRange, sign: "" | "-") => sql`
    SELECT ${id}, ${sql.raw(COUNT_COLUMNS.map((c) => `${sign}${c} AS ${c}`).join(", "))}
    FROM ${table} WHERE ${id} IN ${jsonList(ids)} AND day >= ${r.from} AND day <= ${r.to}`;
  const parts = [...add.map((r) => part(r, "")), ...subtract.map((r) => part(r, "-"))];
  return packedCounts(sql`
    SELECT ${id} AS id, ${SUMS} FROM (${sql.join(parts, sql` UNION ALL `)}) GROUP BY ${id}`);
}

/**
 * Counts of rollup nodes over some day ranges minus others (schema `rollup_dossier_daily_counts`, kept by
 * triggers; valid while `rollup_state.valid`): the days at the edges of a period, a probe per node and range.
 */
export function listSignedRollupDossierCounts(
  nodeIds: readonly number[],
  add: readonly DayRange[],
  subtract: readonly DayRange[] = [],
): Promise<Map<number, DossierCounts>> {
  return signedDailyCounts(sql.raw("rollup_dossier_daily_counts"), "node_id", nodeIds, add, subtract);
}

/** From this many units on, reading the days' rows whole beats probing each unit (measured at 10 M: 37 → 27 ms). */
const DAY_SCAN_MIN_UNITS = 1000;

/**
 * Counts per raw unit over some day ranges minus others (schema `dossier_daily_counts`): one index range
 * per unit and range, or, for a country's thousands of units, the days' rows in order, by day.
 */
export function listSignedDossierCountsByUnit(
  unitIds: readonly number[],
  add: readonly DayRange[],
  subtract: readonly DayRange[] = [],
): Promise<Map<number, DossierCounts>> {
  const table = sql.raw(
    unitIds.length > DAY_SCAN_MIN_UNITS
      ? "dossier_daily_counts INDEXED BY dossier_daily_counts_day_idx"
      : "dossier_daily_counts",
  );
  return signedDailyCounts(table, "unit_id", unitIds, add, subtract);
}

/** Counts per raw unit over a day range (schema `dossier_daily_counts`). */
export function listDossierCountsByUnit(
  unitIds: readonly number[],
  range: DayRange,
): Promise<Map<number, DossierCounts>> {
  return listSignedDossierCountsByUnit(unitIds, [range]);
}

/** Open overdue dossiers per raw unit (see countOpenOverdue). */
export async function listOpenOverdueByUnit(
  unitIds: readonly number[],
  lastDay: string,
  at: Date,
): Promise<Map<number, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await getDb().all<{ unitId: number; n: number }>(sql`
    SELECT unit_id AS unitId, count(*) AS n FROM dossiers
    WHERE unit_id IN ${jsonList(unitIds)} AND status IN ('received', 'processing')
      AND due_at < ${at.getTime()} AND received_day <= ${lastDay}
    GROUP BY unit_id`);
  return new Map(rows.map((r) => [Number(r.unitId), Number(r.n)]));
}

/** Open dossiers of the units received by `lastDay` whose due time is before `at`. */
export async function countOpenOverdue(
  unitIds: readonly number[],
  lastDay: string,
  at: Date,
): Promise<number> {
  if (unitIds.length === 0) return 0;
  const rows = await getDb().all<{ n: number }>(sql`
    SELECT count(*) AS n FROM dossiers
    WHERE unit_id IN ${jsonList(unitIds)} AND status IN ('received', 'processing')
      AND due_at < ${at.getTime()} AND received_day <= ${lastDay}`);
  return Number(rows[0]?.n ?? 0);
}

/** Marks a dossier's receipt answer "Không hài lòng" (in the answer's own transaction). */
export async function markRatedUnsatisfied(tx: Executor, dossierId: number): Promise<void> {
  await tx.update(dossiers).set({ ratedUnsatisfied: true }).where(eq(dossiers.id, dossierId));
}
