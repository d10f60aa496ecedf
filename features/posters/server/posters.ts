import "server-only";
import { getDb } from "@/db/client";
import { type Actor, can } from "@/features/access/permissions";
import { change, invalid, type Outcome, type Refusal } from "@/features/access/server/change";
import { getUnitById, listUnitsByIds } from "@/features/units/server/unit-queries";
import { type Phrase, phrase, translator } from "@/i18n/phrase";
import type { PosterKind } from "@/lib/constants";
import { env } from "@/lib/env";
import { posterPaper, posterSpec } from "../poster-spec";
import { ensureLink, findUnit, getPoster, getPosterSources, insertPoster, listPosters } from "./queries";

/** The posters of the actor's scope (each with its "cần in lại" count) and the units they may print for. */
export async function postersOf(actor: Actor) {
  const [posters, units] = await Promise.all([
    listPosters([...actor.scopeUnitIds]),
    listUnitsByIds([...actor.editableUnitIds]),
  ]);
  return { posters, units };
}

/** What a unit the actor administers can put on a poster; undefined for any other unit. */
export async function posterChoicesOf(actor: Actor, unitId: number) {
  const unit = can(actor, { permission: "unit.administer", unitId }) ? await getUnitById(unitId) : undefined;
  if (!unit) return undefined;
  return { unit, sources: await getPosterSources(getDb(), unit.id) };
}

/** A recorded poster the actor may see, with the spec both the PDF and the print page draw. */
export async function loadPosterForManager(manager: Actor, rawId: string) {
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : Number.NaN;
  const found = Number.isNaN(id) ? undefined : await getPoster(id);
  if (!found || !can(manager, { permission: "unit.view", unitId: found.poster.unitId })) return undefined;
  return { ...found, spec: posterSpec(found.poster, found.unitName, found.items, env().PUBLIC_BASE_URL) };
}

/** The selection of a print job, as the form sends it. */
export interface PosterSelection {
  unitId: number;
  kind: PosterKind;
  counterId: number | null;
  /** procedure_sheet: the codes ticked, or every procedure shown (of `fieldCode`, or of all fields). */
  procedures: readonly string[];
  all: boolean;
  fieldCode: string;
  /** field_poster: the field codes ticked. */
  fields: readonly string[];
}

const EMPTY = phrase("posters.errors.nothingSelected");

/** A refusal shown beside its field only, with no summary message (as these always were). */
const besideField = (field: string, message: Phrase): Refusal => invalid(field, message, "");

/**
 * The recorded title of a print job: the kind, the unit, the counter. It is stored once, in Vietnamese —
 * the language of the printed poster — and listed as recorded.
 */
function posterTitle(kind: PosterKind, unitName: string, counterName: string | undefined): string {
  const label = translator("vi")(`posters.kinds.${kind}`);
  return `${label} — ${unitName}${counterName ? ` — ${counterName}` : ""}`;
}

/**
 * Records a print job from the selection of a unit the actor administers — every link keeps the content
 * version printed; the survey and field links it needs are created on first use, in the same change.
 */
export async function createPoster(actor: Actor, input: PosterSelection): Promise<Outcome<{ id: number }>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "unit.administer", unitId: input.unitId });
    const unit = await findUnit(tx, input.unitId);
    if (!unit) return refuse(besideField("unitId", phrase("posters.errors.unitMissing")));
    const sources = await getPosterSources(tx, unit.id);
    const items: Array<{ shortLinkCode: string; procedureVersionId: number | null }> = [];
    const counter = sources.counters.find((c) => c.id === input.counterId);
    if (input.counterId && !counter)
      return refuse(besideField("counterId", phrase("posters.errors.counterOfOtherUnit")));

    switch (input.kind) {
      case "counter_a4": {
        if (!sources.unitLinkCode)
          return refuse(besideField("unitId", phrase("posters.errors.unitWithoutQr")));
        items.push({ shortLinkCode: sources.unitLinkCode, procedureVersionId: null });
        items.push({
          shortLinkCode: counter?.code ?? (await ensureLink(tx, unit.id, "survey")),
          procedureVersionId: null,
        });
        break;
      }
      case "standee_a5":
      case "table_tent_a6":
      case "survey_poster":
        items.push({
          shortLinkCode: counter?.code ?? (await ensureLink(tx, unit.id, "survey")),
          procedureVersionId: null,
        });
        break;
      case "procedure_sheet": {
        if (sources.procedures.length === 0)
          return refuse(invalid("procedures", phrase("posters.errors.unitHasNoProcedure"), EMPTY));
        const chosen = new Set(input.procedures);
        const picked = sources.procedures.filter((p) =>
          input.all ? input.fieldCode === "" || p.fieldCode === input.fieldCode : chosen.has(p.code),
        );
        if (picked.length === 0)
          return refuse(invalid("procedures", phrase("posters.errors.noProcedure"), EMPTY));
        for (const p of picked) items.push({ shortLinkCode: p.linkCode, procedureVersionId: p.versionId });
        break;
      }
      case "field_poster": {
        if (sources.procedures.length === 0)
          return refuse(invalid("fields", phrase("posters.errors.unitHasNoField"), EMPTY));
        const chosen = new Set(input.fields);
        const fieldIds = [...new Map(sources.procedures.map((p) => [p.fieldCode, p.fieldId])).entries()]
          .filter(([code]) => chosen.has(code))
          .map(([, id]) => id);
        if (fieldIds.length === 0) return refuse(invalid("fields", phrase("posters.errors.noField"), EMPTY));
        for (const id of fieldIds)
          items.push({ shortLinkCode: await ensureLink(tx, unit.id, "field", id), procedureVersionId: null });
        break;
      }
    }
    const id = await insertPoster(tx, {
      unitId: unit.id,
      kind: input.kind,
      paperSize: posterPaper[input.kind],
      title: posterTitle(input.kind, unit.name, counter?.name),
      createdBy: actor.userId,
      items,
    });
    audit({
      action: "poster.create",
      entity: "poster",
      entityId: String(id),
      unitId: unit.id,
      details: { kind: input.kind, items: items.length },
    });
    return { id };
  });
}
