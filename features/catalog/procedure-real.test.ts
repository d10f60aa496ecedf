import { describe, expect, it } from "vitest";
import { parseImportFile, validateRecords, writeRecords } from "@/features/imports/procedure-import";
import { REAL_DIR, realLists, realProcedures, realRecord, SECTION_COLUMNS } from "@/test/real-procedures";
import { parsePublishedProcedure } from "./procedure-paste";
import { emptyRecord } from "./procedure-record";
import { parseAgencies, parseDossier } from "./procedure-text";
import { normalizeText } from "./structured-text";

// Procedures as ministries and provinces publish them (sources in test/fixtures/procedures/real/SOURCES.md).
const real = realProcedures();
// Two sources publish the same procedure (1.004222): one file holds each code once, as a decision would.
const firstOfCode = real.filter((p, i) => !p.code || real.findIndex((q) => q.code === p.code) === i);
const known = [{ code: "HT", name: "Hộ tịch" }];

describe(`real procedures (${REAL_DIR})`, () => {
  it("there are at least 15, from several issuers", () => {
    expect(real.length).toBeGreaterThanOrEqual(15);
    expect(new Set(real.map((p) => p.source.issuer ?? p.source.url)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(["csv", "xlsx", "json"] as const)(
    "import as %s with 0 errors and no edit to their text",
    async (format) => {
      const { rows, issues } = await parseImportFile(
        await writeRecords(firstOfCode.map(realRecord), format),
        format,
      );
      expect(issues).toEqual([]);
      const checked = validateRecords(rows, known);
      expect(checked.issues).toEqual([]);
      expect(checked.valid).toHaveLength(firstOfCode.length);
      for (const [i, p] of firstOfCode.entries()) {
        const content = checked.valid[i]?.content;
        for (const [section, column] of Object.entries(SECTION_COLUMNS)) {
          expect(content?.[column], `${p.id} ${section}`).toBe(normalizeText(p.sections[section] ?? ""));
        }
      }
    },
  );

  it("give the same content in every format: re-importing in another format changes nothing", async () => {
    const contents = [];
    for (const format of ["csv", "xlsx", "json"] as const) {
      const { rows } = await parseImportFile(await writeRecords(firstOfCode.map(realRecord), format), format);
      contents.push(validateRecords(rows, known).valid.map((v) => v.content));
    }
    expect(contents[1]).toEqual(contents[0]);
    expect(contents[2]).toEqual(contents[0]);
  });

  it("keep their structure: dossiers by case, agencies by role", () => {
    const cases = real.map(
      (p) => parseDossier(p.sections.dossier ?? "").cases.filter((c) => c.heading).length,
    );
    expect(Math.max(...cases)).toBeGreaterThanOrEqual(4);
    const roles = real.flatMap((p) =>
      parseAgencies(parsePublishedProcedure(p.text).record.agencies).map((a) => a.role),
    );
    expect(new Set(roles)).toEqual(
      expect.objectContaining(new Set(["deciding", "performing", "coordinating"])),
    );
  });
});

describe("paste from the decision", () => {
  it.each(real.map((p) => [p.id, p] as const))("%s: split into the sections recorded by hand", (_id, p) => {
    const pasted = parsePublishedProcedure(p.text).record;
    for (const [section, column] of Object.entries(SECTION_COLUMNS)) {
      if (section === "agencies") continue;
      expect(pasted[column], section).toBe(normalizeText(p.sections[section] ?? ""));
    }
    // Agencies keep every role the source names (the recorded split kept the first in "agencies").
    const agencyTexts = [
      p.sections.agencies,
      ...Object.entries(p.sections.other ?? {})
        .filter(([label]) => /^(Cơ quan|Nơi tiếp nhận|Địa chỉ tiếp nhận)/u.test(label))
        .map(([, text]) => text),
    ];
    for (const text of agencyTexts) if (text) expect(pasted.agencies).toContain(normalizeText(text));
    if (p.code) expect(pasted.code).toBe(p.code);
  });
});

describe("a decision that only lists procedures", () => {
  it("loads as names and codes, to complete later", async () => {
    for (const list of realLists()) {
      const records = list.rows.map((r) => ({
        ...emptyRecord(),
        code: r.code ?? "",
        name: r.name,
        field: r.field,
        level: r.level ?? "",
      }));
      const { rows, issues } = await parseImportFile(await writeRecords(records, "csv"), "csv");
      expect(issues).toEqual([]);
      const checked = validateRecords(rows, known);
      expect(checked.issues).toEqual([]);
      expect(checked.valid.every((v) => v.content.steps === "" && v.content.dossier === "")).toBe(true);
    }
  });
});
