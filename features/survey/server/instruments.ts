import "server-only";
import type { Actor } from "@/features/access/permissions";
import { instrumentGrant } from "@/features/access/permissions";
import { change, invalid, type Outcome, type Refusal } from "@/features/access/server/change";
import { phrase } from "@/i18n/phrase";
import type { InstrumentDefinition } from "../instruments";
import {
  forgetPublishedInstruments,
  getInstrumentVersion,
  insertInstrumentDraft,
  keyExists,
  listInstrumentsAvailableTo,
  publishInstrumentDraft,
  setUnitSurveyInstrument,
  updateInstrumentDraft,
} from "./instrument-queries";

const NOT_FOUND: Refusal = { reason: "not_found", message: phrase("instruments.errors.notFound") };

export type InstrumentDraftInput =
  | { mode: "new"; key: string; unitId: number | undefined; definition: InstrumentDefinition }
  | { mode: "version" | "edit"; key: string; sourceId: number | undefined; definition: InstrumentDefinition };

/** Saves a draft: a new questionnaire of a unit, the next version of one, or changes to a draft. */
export async function saveInstrumentDraft(
  actor: Actor,
  input: InstrumentDraftInput,
): Promise<Outcome<{ id: number }>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    let id: number;
    let unitId: number | null = null;
    if (input.mode === "new") {
      if (input.unitId === undefined) return refuse(invalid("unitId", phrase("instruments.errors.unit")));
      authorize(instrumentGrant(input.unitId));
      if (await keyExists(tx, input.key)) {
        return refuse(invalid("key", phrase("instruments.errors.keyTaken")));
      }
      unitId = input.unitId;
      id = await insertInstrumentDraft(tx, { key: input.key, unitId, definition: input.definition });
    } else {
      const source =
        input.sourceId === undefined ? undefined : await getInstrumentVersion(input.sourceId, tx);
      if (!source) return refuse(NOT_FOUND);
      authorize(instrumentGrant(source.unitId));
      if (input.mode === "version") {
        id = await insertInstrumentDraft(tx, {
          key: source.key,
          unitId: source.unitId,
          definition: input.definition,
        });
      } else {
        if (!(await updateInstrumentDraft(tx, source.id, input.definition))) {
          return refuse({
            reason: "conflict",
            message: phrase("instruments.errors.publishedImmutable"),
          });
        }
        id = source.id;
      }
    }
    audit({
      action: input.mode === "edit" ? "instrument.update_draft" : "instrument.create_draft",
      entity: "instrument",
      entityId: String(id),
      unitId,
      details: { key: input.key, mode: input.mode },
    });
    return { id };
  });
}

/** Publishes a draft: new answers answer it; the key's earlier published version is retired. */
export async function publishInstrument(actor: Actor, input: { id: number }): Promise<Outcome<void>> {
  const outcome = await change(actor, async ({ tx, authorize, refuse, audit }) => {
    const draft = await getInstrumentVersion(input.id, tx);
    if (!draft) return refuse(NOT_FOUND);
    authorize(instrumentGrant(draft.unitId));
    if (!(await publishInstrumentDraft(tx, input.id))) {
      return refuse({ reason: "conflict", message: phrase("instruments.errors.alreadyPublished") });
    }
    audit({
      action: "instrument.publish",
      entity: "instrument",
      entityId: String(input.id),
      unitId: draft.unitId,
      details: { key: draft.key, version: draft.version },
    });
  });
  if (outcome.ok) await forgetPublishedInstruments();
  return outcome;
}

/** Which questionnaire a unit's QR posters and kiosks open. */
export async function chooseUnitInstrument(
  actor: Actor,
  input: { unitId: number; instrumentKey: string },
): Promise<Outcome<void>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "unit.administer", unitId: input.unitId });
    const available = await listInstrumentsAvailableTo(input.unitId, tx);
    if (!available.some((i) => i.key === input.instrumentKey)) {
      return refuse(invalid("instrumentKey", phrase("instruments.errors.notAvailable")));
    }
    await setUnitSurveyInstrument(
      tx,
      input.unitId,
      input.instrumentKey === "quick" ? null : input.instrumentKey,
    );
    audit({
      action: "unit.survey_instrument",
      entity: "unit",
      entityId: String(input.unitId),
      unitId: input.unitId,
      details: { instrumentKey: input.instrumentKey },
    });
  });
}
