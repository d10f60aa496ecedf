import "server-only";
import { createHmac } from "node:crypto";
import { getDb } from "@/db/client";
import { type Actor, can, type KeyActor } from "@/features/access/permissions";
import { type Change, change, type Outcome, type Refusal } from "@/features/access/server/change";
import { listSubtreeUnitIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import type { DossierStatus } from "@/lib/constants";
import { authSecret, publicUrl } from "@/lib/env";
import type { FieldErrors } from "@/lib/http";
import { qrSvg } from "@/lib/qr";
import { sha256 } from "@/lib/secrets";
import { localDay } from "@/lib/time";
import type { DossierOutput, RegisterDossierInput, UpdateDossierInput } from "../api";
import { apologyNumber } from "../apology-letter";
import { derivedFields } from "../lifecycle";
import {
  type ApologyRow,
  type DossierRow,
  findDossiersByCode,
  findProcedureIdByCode,
  insertApology,
  insertDossierRow,
  listApologies,
  nextApologyNumber,
  updateDossierRow,
} from "./dossier-queries";
import { findActiveApiKey } from "./queries";

/** Whoever records dossiers: a unit's software by its key, or a unit administrator (imports, letters). */
export type DossierActor = Actor | KeyActor;

/**
 * How far ahead of the server's clock a reported time may be: software may record a return it has
 * scheduled, not one years ahead (a typo in the year).
 */
const AHEAD_MS = 366 * 86_400_000;

/** The API key's actor, or null for a missing, unknown or revoked key. */
export async function keyActor(apiKey: string | null): Promise<KeyActor | null> {
  const key = apiKey ? await findActiveApiKey(sha256(apiKey)) : undefined;
  if (!key) return null;
  const prefix = apiKey?.split("_")[1] ?? String(key.id);
  return {
    apiKeyId: key.id,
    prefix,
    unitId: key.unitId,
    unitIds: new Set(await listSubtreeUnitIds([key.unitId])),
  };
}

/** The units an actor records dossiers for. */
function recordableUnitIds(actor: DossierActor): number[] {
  return "apiKeyId" in actor ? [...actor.unitIds] : [...actor.editableUnitIds];
}

/**
 * The receipt's survey token of a dossier: a keyed hash of its unit and code, so that registering the same
 * dossier again gives the same link (only its SHA-256 is stored).
 */
function receiptToken(unitId: number, code: string): string {
  return createHmac("sha256", authSecret())
    .update(`receipt\0${unitId}\0${code}`)
    .digest("base64url")
    .slice(0, 22);
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The API's view of a stored dossier. */
export function dossierView(
  d: DossierRow & { procedureCode: string | null },
  apologies: ApologyRow[],
): DossierOutput {
  return {
    id: d.id,
    code: d.code,
    unitId: d.unitId,
    procedureCode: d.procedureCode,
    channel: d.channel,
    status: d.status,
    receivedAt: d.receivedAt.toISOString(),
    dueAt: iso(d.dueAt),
    newDueAt: iso(d.newDueAt),
    returnedAt: iso(d.returnedAt),
    timeliness: d.timeliness,
    receivedBy: d.receivedBy,
    returnedBy: d.returnedBy,
    complained: d.complained,
    ratedUnsatisfied: d.ratedUnsatisfied,
    apologies: apologies.map((a) => ({
      number: apologyNumber(a.number),
      newDueAt: a.newDueAt.toISOString(),
      previousDueAt: iso(a.previousDueAt),
      reason: a.reason,
      issuedAt: a.issuedAt.toISOString(),
    })),
  };
}

const invalid = (fields: FieldErrors): Refusal => ({
  reason: "invalid",
  message: phrase("dossiers.errors.invalid"),
  fieldErrors: fields,
});

const NOT_FOUND: Refusal = { reason: "not_found", message: phrase("dossiers.errors.notFound") };
const OUT_OF_SCOPE: Refusal = invalid({ unitId: phrase("dossiers.errors.unitOutOfScope") });

/** The lifecycle fields a dossier would have after a change, checked together. */
interface Timeline {
  status: DossierStatus;
  receivedAt: Date;
  dueAt: Date | null;
  returnedAt: Date | null;
}

/** Errors of a timeline, by field: a due time after receipt, a return time only when returned, no far future. */
function timelineErrors(t: Timeline, now: Date): FieldErrors {
  const errors: FieldErrors = Object.create(null);
  if (t.receivedAt.getTime() > now.getTime() + AHEAD_MS) {
    errors.receivedAt = phrase("dossiers.errors.receivedTooFarAhead");
  }
  if (t.dueAt && t.dueAt < t.receivedAt) errors.dueAt = phrase("dossiers.errors.dueBeforeReceived");
  if (t.returnedAt) {
    if (t.status !== "returned") errors.returnedAt = phrase("dossiers.errors.returnedNeedsStatus");
    else if (t.returnedAt < t.receivedAt)
      errors.returnedAt = phrase("dossiers.errors.returnedBeforeReceived");
    else if (t.returnedAt.getTime() > now.getTime() + AHEAD_MS) {
      errors.returnedAt = phrase("dossiers.errors.returnedTooFarAhead");
    }
  }
  return errors;
}

const date = (value: string | undefined): Date | undefined =>
  value === undefined ? undefined : new Date(value);

/**
 * Registers a dossier for the key's unit (or a unit below it) and gives the receipt's single-use survey
 * link and QR. Registering the same dossier again (same code and unit, same content) answers with the
 * stored one and writes nothing; other content under a registered code is a conflict naming the fields
 * that differ (updates go through `updateDossier`).
 */
export async function registerDossier(
  actor: DossierActor,
  input: RegisterDossierInput,
  now = new Date(),
): Promise<Outcome<RegisteredDossier>> {
  return change(actor, (c) => registerDossierIn(c, actor, input, now));
}

export interface RegisteredDossier {
  dossier: DossierOutput;
  created: boolean;
}

/** `registerDossier`'s work inside an open change: an import applies many rows in one transaction. */
export async function registerDossierIn(
  { tx, authorize, refuse, audit, unchanged }: Change,
  actor: DossierActor,
  input: RegisterDossierInput,
  now: Date,
): Promise<RegisteredDossier> {
  const unitId = input.unitId ?? ("apiKeyId" in actor ? actor.unitId : undefined);
  if (unitId === undefined) return refuse(invalid({ unitId: phrase("dossiers.errors.unitId") }));
  authorize({ permission: "dossier.record", unitId }, OUT_OF_SCOPE);
  const procedureId = input.procedureCode ? await findProcedureIdByCode(tx, input.procedureCode) : null;
  if (procedureId === undefined)
    return refuse(invalid({ procedureCode: phrase("dossiers.errors.unknownProcedure") }));
  const returnedAt = date(input.returnedAt) ?? null;
  const status: DossierStatus = input.status ?? (returnedAt ? "returned" : "received");
  const timeline: Timeline = {
    status,
    receivedAt: new Date(input.receivedAt),
    dueAt: date(input.dueAt) ?? null,
    returnedAt: status === "returned" ? (returnedAt ?? now) : returnedAt,
  };
  const errors = timelineErrors(timeline, now);
  if (Object.keys(errors).length > 0) return refuse(invalid(errors));
  const values = {
    unitId,
    code: input.code,
    procedureId,
    channel: input.channel ?? null,
    receivedBy: input.receivedBy ?? null,
    returnedBy: input.returnedBy ?? null,
    complained: input.complained ?? false,
    ...timeline,
    ...derivedFields(timeline),
  };
  const token = receiptToken(unitId, input.code);
  const receipt = () => {
    const surveyUrl = publicUrl(`/r/${token}`);
    return { surveyUrl, qrSvg: qrSvg(surveyUrl, { title: `Đánh giá hồ sơ ${input.code}` }) };
  };
  const [existing] = await findDossiersByCode(tx, input.code, [unitId]);
  if (existing) {
    // The same registration again: the stored dossier, nothing written. Fields the software left out
    // are not compared (it may register first and send the rest later by PATCH).
    const differs: FieldErrors = Object.create(null);
    const sent = input as Record<string, unknown>;
    const compare: Array<[keyof typeof values & string, unknown, unknown]> = [
      ["procedureId", existing.procedureId, values.procedureId],
      ["receivedAt", existing.receivedAt.getTime(), values.receivedAt.getTime()],
      ["dueAt", existing.dueAt?.getTime() ?? null, values.dueAt?.getTime() ?? null],
      ["channel", existing.channel, values.channel],
      ["receivedBy", existing.receivedBy, values.receivedBy],
      ["status", existing.status, values.status],
      ["returnedAt", existing.returnedAt?.getTime() ?? null, values.returnedAt?.getTime() ?? null],
      ["returnedBy", existing.returnedBy, values.returnedBy],
      ["complained", existing.complained, values.complained],
    ];
    for (const [field, stored, given] of compare) {
      const name = field === "procedureId" ? "procedureCode" : field;
      if (sent[name] !== undefined && stored !== given) differs[name] = phrase("dossiers.errors.differs");
    }
    if (Object.keys(differs).length > 0) {
      return refuse({
        reason: "conflict",
        message: phrase("dossiers.errors.conflict"),
        fieldErrors: differs,
      });
    }
    unchanged();
    const view = dossierView(existing, await listApologies(tx, existing.id));
    return {
      dossier: existing.surveyTokenHash === sha256(token) ? { ...view, ...receipt() } : view,
      created: false,
    };
  }
  const stored = await insertDossierRow(tx, { ...values, surveyTokenHash: sha256(token) });
  audit({
    action: "dossier.register",
    entity: "dossier",
    entityId: input.code,
    unitId,
    details: { id: stored.id, status: values.status },
  });
  const view = dossierView({ ...stored, procedureCode: input.procedureCode ?? null }, []);
  return { dossier: { ...view, ...receipt() }, created: true };
}

/** The one dossier `code` names among the actor's units (`unitId` picks one when several units reuse it). */
async function dossierOf(
  tx: Parameters<typeof findDossiersByCode>[0],
  actor: DossierActor,
  code: string,
  unitId: number | undefined,
): Promise<Outcome<DossierRow & { procedureCode: string | null }>> {
  const scope = recordableUnitIds(actor).filter((id) => unitId === undefined || id === unitId);
  const found = await findDossiersByCode(tx, code, scope);
  if (found.length === 0 || !found[0]) return { ok: false, refusal: NOT_FOUND };
  if (found.length > 1) {
    return { ok: false, refusal: invalid({ unit: phrase("dossiers.errors.ambiguous") }) };
  }
  return { ok: true, value: found[0] };
}

/** A dossier as the API shows it, if `code` names one among the actor's units. */
export async function readDossier(
  actor: DossierActor,
  code: string,
  unitId?: number,
): Promise<Outcome<DossierOutput>> {
  const db = getDb();
  const found = await dossierOf(db, actor, code, unitId);
  if (!found.ok) return found;
  if (!can(actor, { permission: "unit.view", unitId: found.value.unitId }))
    return { ok: false, refusal: NOT_FOUND };
  return { ok: true, value: dossierView(found.value, await listApologies(db, found.value.id)) };
}

/**
 * Updates a dossier: its appointment, status, return, officers, complaint; `newDueAt` with `apologyReason`
 * records an apology letter (phiếu xin lỗi và hẹn lại ngày trả kết quả) with the next number of the unit's
 * year. Sending what is already stored changes nothing and writes no audit entry; the counts behind the
 * figures follow every change in the same transaction (database triggers).
 */
export async function updateDossier(
  actor: DossierActor,
  code: string,
  unitId: number | undefined,
  input: UpdateDossierInput,
  now = new Date(),
): Promise<Outcome<DossierOutput>> {
  return change(actor, (c) => updateDossierIn(c, actor, code, unitId, input, now));
}

/** `updateDossier`'s work inside an open change: an import applies many rows in one transaction. */
export async function updateDossierIn(
  { tx, authorize, refuse, audit, unchanged }: Change,
  actor: DossierActor,
  code: string,
  unitId: number | undefined,
  input: UpdateDossierInput,
  now: Date,
): Promise<DossierOutput> {
  if (Object.values(input).every((v) => v === undefined)) {
    return refuse(invalid({ form: phrase("dossiers.errors.emptyPatch") }));
  }
  const found = await dossierOf(tx, actor, code, unitId);
  if (!found.ok) return refuse(found.refusal);
  const d = found.value;
  authorize({ permission: "dossier.record", unitId: d.unitId }, NOT_FOUND);

  const returnedAt = date(input.returnedAt);
  const status: DossierStatus = input.status ?? (returnedAt ? "returned" : d.status);
  const timeline: Timeline = {
    status,
    receivedAt: d.receivedAt,
    dueAt: input.dueAt !== undefined ? new Date(input.dueAt) : d.dueAt,
    // Returned now unless a time is given; a dossier taken back out of "returned" has no return time.
    returnedAt: status === "returned" ? (returnedAt ?? d.returnedAt ?? now) : (returnedAt ?? null),
  };
  const errors = timelineErrors(timeline, now);

  const apologies = await listApologies(tx, d.id);
  let letter: { newDueAt: Date; reason: string } | null = null;
  if (input.newDueAt !== undefined || input.apologyReason !== undefined) {
    if (input.newDueAt === undefined) errors.newDueAt = phrase("dossiers.errors.newDueRequired");
    else if (input.apologyReason === undefined)
      errors.apologyReason = phrase("dossiers.errors.reasonRequired");
    else if (status === "withdrawn" || status === "rejected") {
      errors.newDueAt = phrase("dossiers.errors.apologyClosed");
    } else {
      const newDueAt = new Date(input.newDueAt);
      const last = apologies.at(-1);
      const repeated =
        last && last.newDueAt.getTime() === newDueAt.getTime() && last.reason === input.apologyReason;
      if (!repeated) {
        const current = d.newDueAt ?? timeline.dueAt;
        if (current && newDueAt <= current) errors.newDueAt = phrase("dossiers.errors.newDueNotLater");
        else letter = { newDueAt, reason: input.apologyReason };
      }
    }
  }
  if (Object.keys(errors).length > 0) return refuse(invalid(errors));

  const next = {
    status,
    dueAt: timeline.dueAt,
    returnedAt: timeline.returnedAt,
    returnedBy: input.returnedBy ?? d.returnedBy,
    receivedBy: input.receivedBy ?? d.receivedBy,
    channel: input.channel ?? d.channel,
    complained: input.complained ?? d.complained,
    ...derivedFields(timeline),
    ...(letter ? { newDueAt: letter.newDueAt, apologized: true } : {}),
  };
  const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => {
    const before = d[k];
    const after = next[k];
    return (
      (before instanceof Date ? before.getTime() : before) !==
      (after instanceof Date ? after.getTime() : after)
    );
  });
  if (changed.length === 0 && !letter) {
    unchanged();
    return dossierView(d, apologies);
  }
  await updateDossierRow(tx, d.id, next);
  if (letter) {
    const year = Number(localDay(now).slice(0, 4));
    await insertApology(tx, {
      dossierId: d.id,
      unitId: d.unitId,
      year,
      number: await nextApologyNumber(tx, d.unitId, year),
      previousDueAt: d.newDueAt ?? timeline.dueAt,
      newDueAt: letter.newDueAt,
      reason: letter.reason,
      issuedBy: "userId" in actor ? actor.userId : null,
      issuedVia: "apiKeyId" in actor ? `api_key:${actor.prefix}` : null,
      issuedAt: now,
    });
  }
  audit({
    action: letter ? "dossier.apologize" : "dossier.update",
    entity: "dossier",
    entityId: d.code,
    unitId: d.unitId,
    details: { id: d.id, changed, ...(letter ? { newDueAt: letter.newDueAt.toISOString() } : {}) },
  });
  return dossierView({ ...d, ...next }, await listApologies(tx, d.id));
}
