import "server-only";
import type { Unit } from "@/db/schema";
import { type Actor, can } from "@/features/access/permissions";
import { change, FORBIDDEN, invalid, type Outcome } from "@/features/access/server/change";
import { getIndexSettings } from "@/features/index/server/index-figures";
import { getUnitById, listUnitsByIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import { byName, compareVi } from "@/lib/collate";
import { type OfficerFigure, officerFigure, ratingsByOfficer } from "../officers";
import {
  findOfficer,
  getOfficerEvaluation,
  insertOfficer,
  listLinkableAccounts,
  listOfficerDossierCounts,
  listOfficers,
  listOfficersOfUser,
  listReceiptRatingGroups,
  listUnmappedCodes,
  setOfficerEvaluationFlag,
  updateOfficer,
} from "./officer-queries";

/**
 * Per-officer evaluation (opt-in per unit): who may see which officer's figures is the grant
 * `officer.view` (features/access/permissions.ts) and nothing else. No public page, board or feed reads
 * this module (e2e/officer-privacy.spec.ts crawls them).
 */

export type DayRange = { from: string; to: string };

/** The per-officer figures of one unit over a period, as much of them as the reader may see. */
export interface OfficerFigures {
  unitId: number;
  unitName: string;
  from: string;
  to: string;
  /** The unit has turned per-officer evaluation on; while it is off, `officers` is empty. */
  enabled: boolean;
  /** The index's minimum n: below it an officer's satisfied share is not shown. */
  minN: number;
  /** "all": every officer of the unit (its administrators); "own": the reader's own codes only. */
  scope: "all" | "own";
  /** Sorted by code; with scope "all", codes seen on dossiers without an officer row are included. */
  officers: OfficerFigure[];
}

type OfficerListRow = Awaited<ReturnType<typeof listOfficers>>[number];

async function computeFigures(
  unit: Unit,
  rows: readonly OfficerListRow[],
  scope: "all" | "own",
  range: DayRange,
): Promise<OfficerFigures> {
  const base = { unitId: unit.id, unitName: unit.name, from: range.from, to: range.to, scope };
  const { minN } = await getIndexSettings();
  if (!unit.officerEvaluation) return { ...base, enabled: false, minN, officers: [] };
  const [groups, dossiers] = await Promise.all([
    listReceiptRatingGroups(unit.id, range),
    listOfficerDossierCounts(unit.id, range),
  ]);
  const ratings = ratingsByOfficer(groups);
  const officers = rows.map((r) =>
    officerFigure(
      { code: r.code, name: r.name, officerId: r.id, userId: r.userId },
      ratings.get(r.code),
      dossiers.get(r.code),
      minN,
    ),
  );
  if (scope === "all") {
    const known = new Set(rows.map((r) => r.code));
    const seen = new Set([...ratings.keys(), ...dossiers.keys()].filter((code) => !known.has(code)));
    for (const code of seen) {
      officers.push(
        officerFigure(
          { code, name: null, officerId: null, userId: null },
          ratings.get(code),
          dossiers.get(code),
          minN,
        ),
      );
    }
  }
  officers.sort((a, b) => compareVi(a.code, b.code));
  return { ...base, enabled: true, minN, officers };
}

/**
 * The per-officer figures of a unit over local days `range`: every officer for the unit's administrators
 * (the report pack's internal review table), only their own for an officer whose account is linked;
 * refused to anyone else. A read: it changes nothing and records nothing.
 */
export async function officerFigures(
  reader: Actor,
  unitId: number,
  range: DayRange,
): Promise<Outcome<OfficerFigures>> {
  const all = can(reader, { permission: "officer.view", unitId, officerUserId: null });
  const [unit, rows] = await Promise.all([getUnitById(unitId), listOfficers(unitId)]);
  const own = rows.filter((r) =>
    can(reader, { permission: "officer.view", unitId, officerUserId: r.userId }),
  );
  if (!unit || (!all && own.length === 0)) return { ok: false, refusal: FORBIDDEN };
  return { ok: true, value: await computeFigures(unit, all ? rows : own, all ? "all" : "own", range) };
}

/** The reader's own figures in every unit where a code is linked to their account. */
export async function ownOfficerFigures(reader: Actor, range: DayRange): Promise<OfficerFigures[]> {
  const linked = await listOfficersOfUser(reader.userId);
  const unitIds = [...new Set(linked.map((o) => o.unitId))];
  const units = await listUnitsByIds(unitIds);
  const out: OfficerFigures[] = [];
  for (const unit of units.sort(byName)) {
    if (!can(reader, { permission: "officer.view", unitId: unit.id, officerUserId: reader.userId })) continue;
    const rows = (await listOfficers(unit.id)).filter((r) => r.userId === reader.userId);
    out.push(await computeFigures(unit, rows, "own", range));
  }
  return out;
}

/** What a unit's administrator manages: the opt-in, the officers, codes without a row, linkable accounts. */
export async function officerAdministration(reader: Actor, unitId: number) {
  if (!can(reader, { permission: "unit.administer", unitId })) return undefined;
  const unit = await getUnitById(unitId);
  if (!unit) return undefined;
  const [officers, unmapped, accounts] = await Promise.all([
    listOfficers(unitId),
    listUnmappedCodes(unitId),
    listLinkableAccounts(unitId),
  ]);
  return { unit, enabled: unit.officerEvaluation, officers, unmapped, accounts };
}

/** The units whose officers the reader administers (current ones), for the page's unit choice. */
export async function administeredUnits(reader: Actor): Promise<Array<{ id: number; name: string }>> {
  const units = await listUnitsByIds([...reader.editableUnitIds]);
  return units
    .filter((u) => !u.validTo)
    .map((u) => ({ id: u.id, name: u.name }))
    .sort(byName);
}

/** Turns a unit's per-officer evaluation on or off (its administrators). */
export async function setOfficerEvaluation(
  actor: Actor,
  input: { unitId: number; enabled: boolean },
): Promise<Outcome<{ changed: boolean }>> {
  return change(actor, async ({ tx, authorize, refuse, audit, unchanged }) => {
    authorize({ permission: "unit.administer", unitId: input.unitId });
    const current = await getOfficerEvaluation(tx, input.unitId);
    if (current === undefined) return refuse(FORBIDDEN);
    if (current === input.enabled) {
      unchanged();
      return { changed: false };
    }
    await setOfficerEvaluationFlag(tx, input.unitId, input.enabled);
    audit({
      action: "unit.officer_evaluation",
      entity: "unit",
      entityId: String(input.unitId),
      unitId: input.unitId,
      details: { enabled: input.enabled },
    });
    return { changed: true };
  });
}

export interface OfficerInput {
  unitId: number;
  /** The staff code as the unit's one-stop software sends it (receivedBy / returnedBy). */
  code: string;
  name: string | null;
  /** The account to link, or null to leave it (or make it) unlinked. */
  userId: string | null;
}

/**
 * Adds an officer code to a unit or changes its name and linked account. Only accounts with a role on the
 * unit or below it can be linked. Saving what is stored changes nothing and records nothing.
 */
export async function saveOfficer(actor: Actor, input: OfficerInput): Promise<Outcome<{ changed: boolean }>> {
  return change(actor, async ({ tx, authorize, refuse, audit, unchanged }) => {
    authorize({ permission: "unit.administer", unitId: input.unitId });
    if (input.userId !== null && (await listLinkableAccounts(input.unitId, input.userId, tx)).length === 0) {
      return refuse(invalid("userId", phrase("officers.errors.account")));
    }
    const existing = await findOfficer(tx, input.unitId, input.code);
    if (existing && existing.name === input.name && existing.userId === input.userId) {
      unchanged();
      return { changed: false };
    }
    const values = { name: input.name, userId: input.userId };
    const id = existing
      ? existing.id
      : await insertOfficer(tx, { unitId: input.unitId, code: input.code, ...values });
    if (existing) await updateOfficer(tx, existing.id, values);
    audit({
      action: "officer.save",
      entity: "officer",
      entityId: String(id),
      unitId: input.unitId,
      details: {
        code: input.code,
        name: input.name,
        userId: input.userId,
        ...(existing ? { previous: { name: existing.name, userId: existing.userId } } : { created: true }),
      },
    });
    return { changed: true };
  });
}
