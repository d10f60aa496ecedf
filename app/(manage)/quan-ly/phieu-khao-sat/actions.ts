"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  getInstrumentVersion,
  insertInstrumentDraft,
  keyExists,
  listInstrumentsAvailableTo,
  publishInstrumentDraft,
  setUnitSurveyInstrument,
  updateInstrumentDraft,
} from "@/db/queries/instruments";
import { insertAuditEntry } from "@/db/queries/users";
import { can, instrumentGrant } from "@/features/access/permissions";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";
import type { ActionState } from "@/lib/action";
import { instrumentFormSchema } from "@/lib/instrument-form";

const saveSchema = z.intersection(
  instrumentFormSchema,
  z.object({
    mode: z.enum(["new", "version", "edit"]),
    sourceId: z.coerce.number().int().positive().optional(),
    unitId: z.coerce
      .number({ error: "Chọn đơn vị / choose a unit" })
      .int()
      .positive({ error: "Chọn đơn vị" })
      .optional(),
  }),
);

/** Saves a draft: a new questionnaire, the next version of one, or changes to a draft. */
export const saveInstrumentAction = managerAction(
  saveSchema,
  async (f, manager): Promise<ActionState | undefined> => {
    let id: number;
    if (f.mode === "new") {
      if (f.unitId === undefined) return { fieldErrors: { unitId: "Chọn đơn vị / choose a unit" } };
      if (!can(manager, instrumentGrant(f.unitId))) return FORBIDDEN;
      if (await keyExists(f.key)) {
        return { fieldErrors: { key: "Mã phiếu đã được dùng, hãy chọn mã khác / this code is taken" } };
      }
      id = await insertInstrumentDraft({ key: f.key, unitId: f.unitId, definition: f.definition });
    } else {
      const source = f.sourceId === undefined ? undefined : await getInstrumentVersion(f.sourceId);
      if (!source) return { message: "Không tìm thấy phiếu / questionnaire not found" };
      if (!can(manager, instrumentGrant(source.unitId))) return FORBIDDEN;
      if (f.mode === "version") {
        id = await insertInstrumentDraft({
          key: source.key,
          unitId: source.unitId,
          definition: f.definition,
        });
      } else {
        if (!(await updateInstrumentDraft(source.id, f.definition))) {
          return {
            message:
              "Phiếu đã xuất bản không thể sửa; hãy tạo phiên bản mới. / Published versions are immutable.",
          };
        }
        id = source.id;
      }
    }
    await insertAuditEntry({
      userId: manager.userId,
      action: f.mode === "edit" ? "instrument.update_draft" : "instrument.create_draft",
      entity: "instrument",
      entityId: String(id),
      unitId: f.mode === "new" ? f.unitId : null,
      details: { key: f.key, mode: f.mode },
    });
    revalidatePath("/quan-ly/phieu-khao-sat");
    redirect(`/quan-ly/phieu-khao-sat/${id}`);
  },
);

const idSchema = z.object({ id: z.coerce.number().int().positive() });

export const publishInstrumentAction = managerAction(idSchema, async ({ id }, manager) => {
  const draft = await getInstrumentVersion(id);
  if (!draft) return { message: "Không tìm thấy phiếu / questionnaire not found" };
  if (!can(manager, instrumentGrant(draft.unitId))) return FORBIDDEN;
  if (!(await publishInstrumentDraft(id)))
    return { message: "Phiếu này đã được xuất bản. / Already published." };
  await insertAuditEntry({
    userId: manager.userId,
    action: "instrument.publish",
    entity: "instrument",
    entityId: String(id),
    unitId: draft.unitId,
    details: { key: draft.key, version: draft.version },
  });
  revalidatePath("/quan-ly/phieu-khao-sat");
  redirect(`/quan-ly/phieu-khao-sat/${id}?da-xuat-ban=1`);
});

const chooseSchema = z.object({
  unitId: z.coerce.number().int().positive(),
  instrumentKey: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: "Chọn một phiếu / choose a questionnaire" }),
});

/** Which questionnaire a unit's QR posters and kiosks open. */
export const chooseUnitInstrumentAction = managerAction(chooseSchema, async (f, manager) => {
  if (!manager.editableUnitIds.has(f.unitId)) return FORBIDDEN;
  const available = await listInstrumentsAvailableTo(f.unitId);
  if (!available.some((i) => i.key === f.instrumentKey)) {
    return {
      fieldErrors: { instrumentKey: "Phiếu này không dùng được cho đơn vị / not available to this unit" },
    };
  }
  await setUnitSurveyInstrument(f.unitId, f.instrumentKey === "quick" ? null : f.instrumentKey);
  await insertAuditEntry({
    userId: manager.userId,
    action: "unit.survey_instrument",
    entity: "unit",
    entityId: String(f.unitId),
    unitId: f.unitId,
    details: { instrumentKey: f.instrumentKey },
  });
  revalidatePath("/quan-ly/phieu-khao-sat");
  return { message: "Đã lưu phiếu khảo sát của đơn vị. / Saved." };
});
