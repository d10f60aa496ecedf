import { z } from "zod";
import { parseElementsText } from "./instrument-text";
import { fiveLevelScale, type InstrumentDefinition, threeLevelScale } from "./instruments";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}: tối đa ${max} ký tự / at most ${max} characters` });

/**
 * The staff form for a unit-defined questionnaire (a new one, a new version, or a draft being edited).
 * Produces a definition the instrument schema accepts, or messages naming each field.
 */
export const instrumentFormSchema = z
  .object({
    key: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{2,39}$/, {
        error:
          "Mã phiếu: 3–40 chữ thường không dấu, số hoặc gạch nối / 3–40 lowercase letters, digits, hyphens",
      }),
    kind: z.enum(["quick", "full"], { error: "Chọn loại phiếu / choose the kind" }),
    scale: z.enum(["3", "5"], { error: "Chọn thang đo 3 hoặc 5 mức / choose a 3- or 5-level scale" }),
    titleVi: text("Tên phiếu", 200).min(1, { error: "Vui lòng nhập tên phiếu / title is required" }),
    titleEn: text("Tên tiếng Anh", 200),
    questionVi: text("Câu hỏi", 500),
    questionEn: text("Câu hỏi tiếng Anh", 500),
    elementsText: text("Nội dung phiếu", 20_000),
  })
  .transform((f, ctx): { key: string; definition: InstrumentDefinition } => {
    const title = { vi: f.titleVi, en: f.titleEn || f.titleVi };
    const scale = f.scale === "3" ? threeLevelScale : fiveLevelScale;
    if (f.kind === "quick") {
      if (!f.questionVi) {
        ctx.addIssue({
          code: "custom",
          path: ["questionVi"],
          message: "Phiếu nhanh cần một câu hỏi / a quick survey needs its question",
        });
        return z.NEVER;
      }
      const question = { vi: f.questionVi, en: f.questionEn || f.questionVi };
      return { key: f.key, definition: { kind: "quick", title, scale, question, elements: [] } };
    }
    const parsed = parseElementsText(f.elementsText);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["elementsText"], message: parsed.error });
      return z.NEVER;
    }
    return { key: f.key, definition: { kind: "full", title, scale, elements: parsed.elements } };
  });
