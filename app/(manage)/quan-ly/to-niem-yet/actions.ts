"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ensureLink, getPosterSources, insertPoster } from "@/db/queries/posters";
import { getUnitById } from "@/db/queries/units";
import { recordEvent } from "@/features/access/server/change";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";
import { posterKinds } from "@/lib/constants";
import { posterKindLabels, posterPaper } from "@/lib/poster-spec";

const createSchema = z.object({
  unitId: z.coerce.number().int().positive(),
  kind: z.enum(posterKinds, { error: "Loại tờ niêm yết không hợp lệ" }),
  counterId: z
    .string()
    .regex(/^\d*$/)
    .optional()
    .transform((s) => (s ? Number(s) : null)),
});

const EMPTY = { message: "Chưa chọn nội dung nào để in. / Nothing selected." };

/** Records a print job from the selection and opens it; every link keeps the content version printed. */
export const createPosterAction = managerAction(createSchema, async (data, manager, formData) => {
  if (!manager.editableUnitIds.has(data.unitId)) return FORBIDDEN;
  const unit = await getUnitById(data.unitId);
  if (!unit) return { fieldErrors: { unitId: "Đơn vị không tồn tại" } };
  const sources = await getPosterSources(unit.id);
  const items: Array<{ shortLinkCode: string; procedureVersionId: number | null }> = [];
  const counter = sources.counters.find((c) => c.id === data.counterId);
  if (data.counterId && !counter) return { fieldErrors: { counterId: "Quầy không thuộc đơn vị này" } };

  switch (data.kind) {
    case "counter_a4": {
      if (!sources.unitLinkCode) return { fieldErrors: { unitId: "Đơn vị chưa có mã QR" } };
      items.push({ shortLinkCode: sources.unitLinkCode, procedureVersionId: null });
      items.push({
        shortLinkCode: counter?.code ?? (await ensureLink(unit.id, "survey")),
        procedureVersionId: null,
      });
      break;
    }
    case "standee_a5":
    case "table_tent_a6":
    case "survey_poster":
      items.push({
        shortLinkCode: counter?.code ?? (await ensureLink(unit.id, "survey")),
        procedureVersionId: null,
      });
      break;
    case "procedure_sheet": {
      const chosen = new Set(formData.getAll("procedures").map(String));
      const all = formData.get("all") === "1";
      const field = String(formData.get("fieldCode") ?? "");
      const picked = sources.procedures.filter((p) =>
        all ? field === "" || p.fieldCode === field : chosen.has(p.code),
      );
      if (picked.length === 0) return { ...EMPTY, fieldErrors: { procedures: "Chọn ít nhất một thủ tục" } };
      for (const p of picked) items.push({ shortLinkCode: p.linkCode, procedureVersionId: p.versionId });
      break;
    }
    case "field_poster": {
      const chosen = new Set(formData.getAll("fields").map(String));
      const fieldIds = [...new Map(sources.procedures.map((p) => [p.fieldCode, p.fieldId])).entries()]
        .filter(([code]) => chosen.has(code))
        .map(([, id]) => id);
      if (fieldIds.length === 0) return { ...EMPTY, fieldErrors: { fields: "Chọn ít nhất một lĩnh vực" } };
      for (const id of fieldIds)
        items.push({ shortLinkCode: await ensureLink(unit.id, "field", id), procedureVersionId: null });
      break;
    }
  }
  const id = await insertPoster({
    unitId: unit.id,
    kind: data.kind,
    paperSize: posterPaper[data.kind],
    title: `${posterKindLabels[data.kind]} — ${unit.name}${counter ? ` — ${counter.name}` : ""}`,
    createdBy: manager.userId,
    items,
  });
  await recordEvent(manager.userId, {
    action: "poster.create",
    entity: "poster",
    entityId: String(id),
    unitId: unit.id,
    details: { kind: data.kind, items: items.length },
  });
  redirect(`/quan-ly/to-niem-yet/${id}`);
});
