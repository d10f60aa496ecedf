import { describe, expect, it } from "vitest";
import { isMessageKey } from "@/i18n/phrase";
import { instrumentFormSchema } from "./instrument-form";
import { instrumentDefinitionSchema } from "./instruments";

const base = {
  key: "Tiep-Don-2026",
  kind: "full",
  scale: "5",
  titleVi: "Phiếu khảo sát tiếp đón",
  titleEn: "",
  questionVi: "",
  questionEn: "",
  elementsText: "# Tiếp đón | Reception\n- Được chào hỏi khi đến | Greeted on arrival",
};

describe("instrument form", () => {
  it("builds a valid full questionnaire (key lower-cased, English falling back to Vietnamese)", () => {
    const parsed = instrumentFormSchema.safeParse(base);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.key).toBe("tiep-don-2026");
    expect(parsed.data.elementsError).toBeUndefined();
    expect(parsed.data.definition?.title).toEqual({
      vi: "Phiếu khảo sát tiếp đón",
      en: "Phiếu khảo sát tiếp đón",
    });
    expect(parsed.data.definition?.scale).toHaveLength(5);
    expect(parsed.data.definition?.elements[0]?.items[0]?.key).toBe("I.1");
    expect(instrumentDefinitionSchema.safeParse(parsed.data.definition).success).toBe(true);
  });

  it("builds a quick question on the 3-level scale", () => {
    const parsed = instrumentFormSchema.safeParse({
      ...base,
      kind: "quick",
      scale: "3",
      questionVi: "Ông/Bà có hài lòng với thái độ phục vụ không?",
    });
    expect(parsed.success && parsed.data.definition).toMatchObject({ kind: "quick", elements: [] });
    if (parsed.success)
      expect(instrumentDefinitionSchema.safeParse(parsed.data.definition).success).toBe(true);
  });

  it.each([
    [{ key: "a" }, "key"],
    [{ key: "có dấu" }, "key"],
    [{ scale: "4" }, "scale"],
    [{ titleVi: "  " }, "titleVi"],
    [{ kind: "quick", questionVi: "" }, "questionVi"],
    [{ titleEn: "x".repeat(201) }, "titleEn"],
  ])("names the field in error for %j, with a message of the catalogue", (patch, field) => {
    const parsed = instrumentFormSchema.safeParse({ ...base, ...patch });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues[0]?.path[0]).toBe(field);
    expect(isMessageKey(parsed.error.issues[0]?.message ?? "")).toBe(true);
  });

  it("gives a mistake in the questionnaire's text as a phrase naming its line", () => {
    const parsed = instrumentFormSchema.safeParse({ ...base, elementsText: "# Yếu tố\n- \n" });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.definition).toBeUndefined();
    expect(parsed.data.elementsError).toEqual({
      key: "instruments.errors.text.emptyLine",
      values: { line: 2 },
    });
  });
});
