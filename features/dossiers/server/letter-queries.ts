import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { jsonList } from "@/db/json-list";
import type { DossierStatus, DossierTimeliness, UnitKind } from "@/lib/constants";

/** A dossier as the managers' lists show it. */
export interface DossierListRow {
  id: number;
  code: string;
  unitId: number;
  unitName: string;
  unitNameEn: string | null;
  unitKind: UnitKind;
  procedureName: string | null;
  receivedAt: Date;
  dueAt: Date | null;
  newDueAt: Date | null;
  returnedAt: Date | null;
  status: DossierStatus;
  timeliness: DossierTimeliness | null;
  apologized: boolean;
}

type RawRow = Record<keyof DossierListRow, string | number | null>;

const date = (v: string | number | null) => (v === null ? null : new Date(Number(v)));

function toRow(r: RawRow): DossierListRow {
  return {
    id: Number(r.id),
    code: String(r.code),
    unitId: Number(r.unitId),
    unitName: String(r.unitName),
    unitNameEn: r.unitNameEn === null ? null : String(r.unitNameEn),
    unitKind: String(r.unitKind) as UnitKind,
    procedureName: r.procedureName === null ? null : String(r.procedureName),
    receivedAt: new Date(Number(r.receivedAt)),
    dueAt: date(r.dueAt),
    newDueAt: date(r.newDueAt),
    returnedAt: date(r.returnedAt),
    status: String(r.status) as DossierStatus,
    timeliness: r.timeliness === null ? null : (String(r.timeliness) as DossierTimeliness),
    apologized: Boolean(Number(r.apologized)),
  };
}

const SELECT = sql`
  SELECT d.id, d.code, d.unit_id AS unitId, u.name AS unitName, u.name_en AS unitNameEn, u.kind AS unitKind,
    (SELECT pv.name FROM procedure_versions pv
      WHERE pv.procedure_id = d.procedure_id AND pv.effective_to IS NULL
      ORDER BY pv.version_no DESC LIMIT 1) AS procedureName,
    d.received_at AS receivedAt, d.due_at AS dueAt, d.new_due_at AS newDueAt,
    d.returned_at AS returnedAt, d.status, d.timeliness, d.apologized
  FROM dossiers d JOIN units u ON u.id = d.unit_id`;

/** The appointment in force (see at-risk.ts: currentAppointment). */
const APPOINTMENT = sql`coalesce(d.new_due_at, d.due_at)`;
const OPEN = sql`d.status IN ('received', 'processing')`;

async function listAndCount(
  unitIds: readonly number[],
  where: SQL,
  limit: number,
): Promise<{ rows: DossierListRow[]; total: number }> {
  if (unitIds.length === 0) return { rows: [], total: 0 };
  const scope = sql`d.unit_id IN ${jsonList(unitIds)} AND (${where})`;
  const db = getDb();
  const [rows, count] = await Promise.all([
    db.all<RawRow>(sql`${SELECT} WHERE ${scope} ORDER BY ${APPOINTMENT}, d.id LIMIT ${limit}`),
    db.all<{ n: number }>(sql`SELECT count(*) AS n FROM dossiers d WHERE ${scope}`),
  ]);
  return { rows: rows.map(toRow), total: Number(count[0]?.n ?? 0) };
}

/** Open dossiers whose appointment falls between `now` and `until` (isAtRisk in SQL). */
export function listDossiersAtRisk(unitIds: readonly number[], now: Date, until: Date, limit: number) {
  return listAndCount(
    unitIds,
    sql`${OPEN} AND ${APPOINTMENT} >= ${now.getTime()} AND ${APPOINTMENT} <= ${until.getTime()}`,
    limit,
  );
}

/**
 * Open dossiers past their appointment, and dossiers returned late since `sinceDay` with no letter
 * (isLateWithoutLetter in SQL).
 */
export function listLateWithoutLetter(
  unitIds: readonly number[],
  now: Date,
  sinceDay: string,
  limit: number,
) {
  return listAndCount(
    unitIds,
    sql`(${OPEN} AND ${APPOINTMENT} < ${now.getTime()})
      OR (d.status = 'returned' AND d.timeliness = 'late' AND d.apologized = 0 AND d.returned_day >= ${sinceDay})`,
    limit,
  );
}

/** One dossier by id, if it belongs to one of `unitIds`. */
export async function findDossierInUnits(
  id: number,
  unitIds: readonly number[],
): Promise<DossierListRow | undefined> {
  if (unitIds.length === 0) return undefined;
  const rows = await getDb().all<RawRow>(
    sql`${SELECT} WHERE d.id = ${id} AND d.unit_id IN ${jsonList(unitIds)}`,
  );
  return rows[0] ? toRow(rows[0]) : undefined;
}

/** An apology letter as the lists show it. */
export interface LetterListRow {
  id: number;
  dossierId: number;
  code: string;
  unitId: number;
  unitName: string;
  unitNameEn: string | null;
  unitKind: UnitKind;
  number: number;
  year: number;
  previousDueAt: Date | null;
  newDueAt: Date;
  reason: string;
  issuedAt: Date;
}

type RawLetter = Record<keyof LetterListRow, string | number | null>;

function toLetter(r: RawLetter): LetterListRow {
  return {
    id: Number(r.id),
    dossierId: Number(r.dossierId),
    code: String(r.code),
    unitId: Number(r.unitId),
    unitName: String(r.unitName),
    unitNameEn: r.unitNameEn === null ? null : String(r.unitNameEn),
    unitKind: String(r.unitKind) as UnitKind,
    number: Number(r.number),
    year: Number(r.year),
    previousDueAt: date(r.previousDueAt),
    newDueAt: new Date(Number(r.newDueAt)),
    reason: String(r.reason),
    issuedAt: new Date(Number(r.issuedAt)),
  };
}

const LETTERS = sql`
  SELECT a.id, a.dossier_id AS dossierId, d.code, a.unit_id AS unitId, u.name AS unitName,
    u.name_en AS unitNameEn, u.kind AS unitKind, a.number, a.year, a.previous_due_at AS previousDueAt, a.new_due_at AS newDueAt,
    a.reason, a.issued_at AS issuedAt
  FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id JOIN units u ON u.id = a.unit_id`;

/** The latest letters of the units, newest first. */
export async function listRecentLetters(unitIds: readonly number[], limit: number): Promise<LetterListRow[]> {
  if (unitIds.length === 0) return [];
  const rows = await getDb().all<RawLetter>(
    sql`${LETTERS} WHERE a.unit_id IN ${jsonList(unitIds)} ORDER BY a.issued_at DESC, a.id DESC LIMIT ${limit}`,
  );
  return rows.map(toLetter);
}

/** The letters of one dossier, oldest first. */
export async function listLettersOfDossier(dossierId: number): Promise<LetterListRow[]> {
  const rows = await getDb().all<RawLetter>(
    sql`${LETTERS} WHERE a.dossier_id = ${dossierId} ORDER BY a.issued_at, a.id`,
  );
  return rows.map(toLetter);
}
