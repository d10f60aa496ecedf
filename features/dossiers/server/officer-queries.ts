import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { officers, units, user } from "@/db/schema";
import { QUICK_ITEM_KEY } from "@/features/survey/instruments";
import type { OfficerDossierCounts, RatingGroup } from "../officers";

export type OfficerRow = typeof officers.$inferSelect;

/** Whether a unit has turned per-officer evaluation on (undefined: no such unit). */
export async function getOfficerEvaluation(db: Executor, unitId: number): Promise<boolean | undefined> {
  const [row] = await db.select({ on: units.officerEvaluation }).from(units).where(eq(units.id, unitId));
  return row?.on;
}

export async function setOfficerEvaluationFlag(tx: Executor, unitId: number, on: boolean): Promise<void> {
  await tx.update(units).set({ officerEvaluation: on }).where(eq(units.id, unitId));
}

/** A unit's officers with the name and e-mail of the account linked to each, by code. */
export async function listOfficers(unitId: number, db: Executor = getDb()) {
  return db
    .select({
      id: officers.id,
      unitId: officers.unitId,
      code: officers.code,
      name: officers.name,
      userId: officers.userId,
      userName: user.name,
      userEmail: user.email,
    })
    .from(officers)
    .leftJoin(user, eq(user.id, officers.userId))
    .where(eq(officers.unitId, unitId))
    .orderBy(asc(officers.code));
}

/** The officer rows linked to an account, in every unit. */
export async function listOfficersOfUser(userId: string): Promise<OfficerRow[]> {
  return getDb().select().from(officers).where(eq(officers.userId, userId)).orderBy(asc(officers.unitId));
}

export async function findOfficer(
  tx: Executor,
  unitId: number,
  code: string,
): Promise<OfficerRow | undefined> {
  const [row] = await tx
    .select()
    .from(officers)
    .where(and(eq(officers.unitId, unitId), eq(officers.code, code)));
  return row;
}

export async function insertOfficer(
  tx: Executor,
  values: { unitId: number; code: string; name: string | null; userId: string | null },
): Promise<number> {
  const [row] = await tx.insert(officers).values(values).returning({ id: officers.id });
  if (!row) throw new Error("officer not inserted");
  return row.id;
}

export async function updateOfficer(
  tx: Executor,
  id: number,
  values: { name: string | null; userId: string | null },
): Promise<void> {
  await tx
    .update(officers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(officers.id, id));
}

/** The staff codes on a unit's dossiers that have no officer row yet, with how many dossiers carry each. */
export async function listUnmappedCodes(
  unitId: number,
  limit = 200,
): Promise<Array<{ code: string; dossiers: number }>> {
  const rows = await getDb().all<{ code: string; n: number }>(sql`
    SELECT code, count(*) AS n FROM (
      SELECT received_by AS code FROM dossiers WHERE unit_id = ${unitId} AND received_by IS NOT NULL
      UNION ALL
      SELECT returned_by FROM dossiers WHERE unit_id = ${unitId} AND returned_by IS NOT NULL
    )
    WHERE code NOT IN (SELECT code FROM officers WHERE unit_id = ${unitId})
    GROUP BY code ORDER BY code LIMIT ${limit}`);
  return rows.map((r) => ({ code: String(r.code), dossiers: Number(r.n) }));
}

/**
 * Accounts that may be linked to a unit's officer: those holding a role on the unit or a unit below it.
 * `userId` narrows to one account (to check a choice).
 */
export async function listLinkableAccounts(
  unitId: number,
  userId?: string,
  db: Executor = getDb(),
): Promise<Array<{ id: string; name: string; email: string }>> {
  return db.all<{ id: string; name: string; email: string }>(sql`
    WITH RECURSIVE subtree(id) AS (
      SELECT id FROM units WHERE id = ${unitId}
      UNION
      SELECT u.id FROM units u JOIN subtree s ON u.parent_id = s.id
    )
    SELECT DISTINCT u.id AS id, u.name AS name, u.email AS email
    FROM user u JOIN role_assignments ra ON ra.user_id = u.id
    WHERE ra.unit_id IN (SELECT id FROM subtree) ${userId === undefined ? sql`` : sql`AND u.id = ${userId}`}
    ORDER BY u.name, u.email`);
}

/**
 * The counted (unflagged) quick answers given through the receipts of a unit's dossiers on local days
 * `from`..`to`, grouped by the dossier's receiving and returning officers and by scale and value.
 */
export async function listReceiptRatingGroups(
  unitId: number,
  range: { from: string; to: string },
): Promise<RatingGroup[]> {
  const rows = await getDb().all<Record<keyof RatingGroup, string | number | null>>(sql`
    SELECT d.received_by AS receivedBy, d.returned_by AS returnedBy,
      json_array_length(i.definition, '$.scale') AS scaleSize, a.value AS value, count(*) AS count
    FROM dossiers d
    JOIN responses r ON r.dossier_id = d.id
    JOIN instruments i ON i.id = r.instrument_id
    JOIN answers a ON a.response_id = r.id AND a.item_key = ${QUICK_ITEM_KEY}
    WHERE d.unit_id = ${unitId} AND r.flagged = 0 AND a.value IS NOT NULL
      AND r.local_day >= ${range.from} AND r.local_day <= ${range.to}
      AND (d.received_by IS NOT NULL OR d.returned_by IS NOT NULL)
    GROUP BY d.received_by, d.returned_by, scaleSize, a.value`);
  return rows.map((r) => ({
    receivedBy: r.receivedBy === null ? null : String(r.receivedBy),
    returnedBy: r.returnedBy === null ? null : String(r.returnedBy),
    scaleSize: Number(r.scaleSize),
    value: Number(r.value),
    count: Number(r.count),
  }));
}

/**
 * Per officer code of a unit: dossiers received on days `from`..`to`, and those returned on them — with a
 * due time, and early or on time (timeliness is stored on the dossier).
 */
export async function listOfficerDossierCounts(
  unitId: number,
  range: { from: string; to: string },
): Promise<Map<string, OfficerDossierCounts>> {
  const rows = await getDb().all<{
    code: string;
    received: number;
    returned: number;
    timed: number;
    onTime: number;
  }>(sql`
    SELECT code, sum(received) AS received, sum(returned) AS returned, sum(timed) AS timed, sum(on_time) AS onTime
    FROM (
      SELECT received_by AS code, 1 AS received, 0 AS returned, 0 AS timed, 0 AS on_time
      FROM dossiers
      WHERE unit_id = ${unitId} AND received_by IS NOT NULL
        AND received_day >= ${range.from} AND received_day <= ${range.to}
      UNION ALL
      SELECT returned_by, 0, 1, timeliness IS NOT NULL, coalesce(timeliness IN ('early', 'on_time'), 0)
      FROM dossiers
      WHERE unit_id = ${unitId} AND status = 'returned' AND returned_by IS NOT NULL
        AND returned_day >= ${range.from} AND returned_day <= ${range.to}
    )
    GROUP BY code`);
  return new Map(
    rows.map((r) => [
      String(r.code),
      {
        received: Number(r.received),
        returned: Number(r.returned),
        timed: Number(r.timed),
        onTime: Number(r.onTime),
      },
    ]),
  );
}
