import { z } from "zod";
import type { MessageKey } from "@/i18n/messages";
import type { Phrase } from "@/i18n/phrase";
import { parseElementsText } from "./instrument-text";
import { fiveLevelScale, type InstrumentDefinition, threeLevelScale } from "./instruments";

const text = (max: number, tooLong: MessageKey) => z.string().trim().max(max, { error: tooLong });

/**
 * What the staff form for a questionnaire gives: a definition the instrument schema accepts, or the
 * mistake in the questionnaire's text (naming its line, so it is a phrase with values: the action shows
 * it beside the text).
 */
export type InstrumentFormOutput =
  | { key: string; definition: InstrumentDefinition; elementsError?: undefined }
  | { key: string; definition?: undefined; elementsError: Phrase };

/**
 * The staff form for a unit-defined questionnaire (a new one, a new version, or a draft being edited).
 * Produces a definition the instrument schema accepts, or messages (catalogue keys) naming each field.
 */
export const instrumentFormSchema = z
  .object({
    key: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{2,39}$/, { error: "instruments.errors.key" }),
    kind: z.enum(["quick", "full"], { error: "instruments.errors.kind" }),
    scale: z.enum(["3", "5"], { error: "instruments.errors.scale" }),
    titleVi: text(200, "instruments.errors.titleViTooLong").min(1, {
      error: "instruments.errors.titleRequired",
    }),
    titleEn: text(200, "instruments.errors.titleEnTooLong"),
    questionVi: text(500, "instruments.errors.questionViTooLong"),
    questionEn: text(500, "instruments.errors.questionEnTooLong"),
    elementsText: text(20_000, "instruments.errors.elementsTooLong"),
  })
  .transform((f, ctx): InstrumentFormOutput => {
    const title = { vi: f.titleVi, en: f.titleEn || f.titleVi };
    const scale = f.scale === "3" ? threeLevelScale : fiveLevelScale;
    if (f.kind === "quick") {
      if (!f.questionVi) {
        ctx.addIssue({
          code: "custom",
          path: ["questionVi"],
          message: "instruments.errors.questionRequired",
        });
        return z.NEVER;
      }
      const question = { vi: f.questionVi, en: f.questionEn || f.questionVi };
      return { key: f.key, definition: { kind: "quick", title, scale, question, elements: [] } };
    }
    const parsed = parseElementsText(f.elementsText);
    if (!parsed.ok) return { key: f.key, elementsError: parsed.error };
    return { key: f.key, definition: { kind: "full", title, scale, elements: parsed.elements } };
  });
