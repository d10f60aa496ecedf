import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/features/access/permissions";
import { publicHolidaysAround } from "@/features/feedback/holidays";
import { workingCalendar } from "@/features/feedback/working-days";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { isAtRisk, isLateWithoutLetter } from "../at-risk";

// The managers' lists of dossiers at risk and late without a letter, against a real database and checked
// against the model's rules; the letter recorded through the dossier use case; its PDF and DOCX.

let testDb: TestDatabase;
let unitId = 0;
let otherUnitId = 0;
const dir = mkdtempSync(join(tmpdir(), "hl-letter-"));
// Friday 11 December 2026, 09:00 in Vietnam: the next working day is Monday the 14th.
const now = new Date("2026-12-11T09:00:00+07:00");
const at = (day: string, time: string) => `${day}T${time}:00+07:00`;

const actor = (id: string, scope: number[], editable: number[]): Actor => ({
  userId: id,
  name: id,
  email: `${id}@test.vn`,
  roles: [],
  scopeUnitIds: new Set(scope),
  rootUnitIds: scope,
  editableUnitIds: new Set(editable),
  catalogEditor: false,
});
let admin: Actor;
let viewer: Actor;
let foreign: Actor;

type Letters = typeof import("./letters");
type Dossiers = typeof import("./dossiers");
let letters: Letters;
let dossiers: Dossiers;

/** Code → [receivedAt, dueAt, returnedAt?] of the dossiers the lists are tried on. */
const CASES: Record<string, [string, string, string?]> = {
  "AN-1-DUE-MONDAY": [at("2026-12-07", "08:00"), at("2026-12-14", "17:00")],
  "AN-2-DUE-TUESDAY": [at("2026-12-07", "08:00"), at("2026-12-15", "08:00")],
  "AN-3-DUE-TODAY": [at("2026-12-07", "08:00"), at("2026-12-11", "17:00")],
  "AN-4-OVERDUE": [at("2026-12-01", "08:00"), at("2026-12-10", "17:00")],
  "AN-5-RETURNED-LATE": [at("2026-12-01", "08:00"), at("2026-12-09", "17:00"), at("2026-12-10", "10:00")],
  "AN-6-RETURNED-ON-TIME": [at("2026-12-01", "08:00"), at("2026-12-09", "17:00"), at("2026-12-09", "10:00")],
};

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedSurveyFixture } = await import("@/test/survey-fixture");
  const fixture = await seedSurveyFixture(testDb.db);
  unitId = fixture.unitId;
  otherUnitId = fixture.otherUnitId;
  for (const id of ["admin", "viewer", "foreign"]) {
    await testDb.client.execute({
      sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
      args: [id, id, `${id}@test.vn`],
    });
  }
  admin = actor("admin", [unitId], [unitId]);
  viewer = actor("viewer", [unitId], []);
  foreign = actor("foreign", [otherUnitId], [otherUnitId]);
  dossiers = await import("./dossiers");
  letters = await import("./letters");
  const register = async (
    who: Actor,
    unit: number,
    code: string,
    [receivedAt, dueAt, returnedAt]: [string, string, string?],
  ) => {
    const outcome = await dossiers.registerDossier(
      who,
      { code, unitId: unit, receivedAt, dueAt, returnedAt },
      now,
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  };
  for (const [code, times] of Object.entries(CASES)) await register(admin, unitId, code, times);
  await register(foreign, otherUnitId, "XK-1-OVERDUE", [
    at("2026-12-01", "08:00"),
    at("2026-12-10", "17:00"),
  ]);
});

afterAll(async () => {
  await testDb?.close();
  rmSync(dir, { recursive: true, force: true });
});

const codes = (list: { rows: Array<{ code: string }> }) => list.rows.map((r) => r.code).sort();

describe("the lists of dossiers at risk and late without a letter", () => {
  it("lists what the model's rules say, in working days, within the actor's units only", async () => {
    const { atRisk, late } = await letters.dossierWorklist(admin, now);
    expect(codes(atRisk)).toEqual(["AN-1-DUE-MONDAY", "AN-3-DUE-TODAY"]);
    expect(codes(late)).toEqual(["AN-4-OVERDUE", "AN-5-RETURNED-LATE"]);
    expect(atRisk.total).toBe(2);
    // The SQL and the model agree on every dossier of the unit.
    const calendar = workingCalendar({ holidays: publicHolidaysAround(2026) });
    for (const row of [...atRisk.rows, ...late.rows]) {
      expect(isAtRisk(row, now, calendar) || isLateWithoutLetter(row, now)).toBe(true);
    }
    expect(codes((await letters.dossierWorklist(foreign, now)).late)).toEqual(["XK-1-OVERDUE"]);
    expect(codes((await letters.dossierWorklist(viewer, now)).atRisk)).toEqual(codes(atRisk));
  });

  it("takes a dossier off the late list once its letter is recorded, and lists the letter", async () => {
    for (const code of ["AN-4-OVERDUE", "AN-5-RETURNED-LATE"]) {
      const outcome = await dossiers.updateDossier(
        admin,
        code,
        unitId,
        { newDueAt: at("2026-12-16", "23:59"), apologyReason: "Chờ ý kiến của cơ quan liên quan." },
        now,
      );
      expect(outcome.ok).toBe(true);
    }
    const { late, letters: recent } = await letters.dossierWorklist(admin, now);
    expect(late.total).toBe(0);
    expect(recent.map((l) => [l.code, l.number]).sort()).toEqual([
      ["AN-4-OVERDUE", 1],
      ["AN-5-RETURNED-LATE", 2],
    ]);
    // An open dossier whose new date passes is late again: a new letter is owed.
    const later = new Date("2026-12-17T08:00:00+07:00");
    expect(codes((await letters.dossierWorklist(admin, later)).late)).toContain("AN-4-OVERDUE");
  });
});

describe("a dossier's page and its letter's files", () => {
  const idOf = async (code: string) =>
    Number(
      (await testDb.client.execute({ sql: "SELECT id FROM dossiers WHERE code = ?", args: [code] })).rows[0]
        ?.id,
    );

  it("shows the dossier to its unit's staff, lets only administrators issue, hides it from other units", async () => {
    const id = await idOf("AN-4-OVERDUE");
    expect((await letters.dossierDetail(admin, id))?.mayRecord).toBe(true);
    expect((await letters.dossierDetail(viewer, id))?.mayRecord).toBe(false);
    expect(await letters.dossierDetail(foreign, id)).toBeUndefined();
  });

  it("gives the letter as a PDF holding the code, the new date, 'xin lỗi' and the addressee typed", async () => {
    const id = await idOf("AN-4-OVERDUE");
    const letter = (await letters.dossierDetail(admin, id))?.letters[0];
    if (!letter) throw new Error("no letter");
    const file = await letters.apologyLetterFile(viewer, {
      dossierId: id,
      letterId: letter.id,
      format: "pdf",
      lang: "vi",
      addressee: "Nguyễn Thị Hoa",
    });
    if (!file) throw new Error("no file");
    expect(file.contentType).toBe("application/pdf");
    expect(file.name).toMatch(/\.pdf$/);
    writeFileSync(join(dir, "letter.pdf"), file.body);
    const text = execFileSync("pdftotext", [join(dir, "letter.pdf"), "-"], { encoding: "utf8" }).normalize(
      "NFC",
    );
    const flat = text.replace(/\s+/g, " ");
    expect(text.replace(/\s+/g, "")).toContain("AN-4-OVERDUE");
    expect(flat).toContain("16/12/2026");
    expect(flat).toContain("xin lỗi");
    expect(flat).toContain("Nguyễn Thị Hoa");
    expect(flat).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(flat).toContain("Số: 1/PXL-UBND");
    const audits = await testDb.client.execute(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'export.apology_letter' AND user_id = 'viewer'",
    );
    expect(Number(audits.rows[0]?.n)).toBe(1);
  });

  it("gives the same letter as a DOCX, and in English when asked", async () => {
    const id = await idOf("AN-4-OVERDUE");
    const letter = (await letters.dossierDetail(admin, id))?.letters[0];
    if (!letter) throw new Error("no letter");
    const request = { dossierId: id, letterId: letter.id, format: "docx" as const, addressee: null };
    const words = async (lang: "vi" | "en") => {
      const file = await letters.apologyLetterFile(admin, { ...request, lang });
      if (!file) throw new Error("no file");
      const zip = await JSZip.loadAsync(file.body);
      return ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
    };
    const vi = await words("vi");
    for (const s of ["AN-4-OVERDUE", "16/12/2026", "xin lỗi", "Kính gửi: Ông/Bà ……"]) expect(vi).toContain(s);
    const en = await words("en");
    for (const s of ["AN-4-OVERDUE", "2026-12-16", "apologises"]) expect(en).toContain(s);
  });

  it("gives nothing outside the actor's units or for a letter of another dossier", async () => {
    const id = await idOf("AN-4-OVERDUE");
    const other = await idOf("AN-5-RETURNED-LATE");
    const letter = (await letters.dossierDetail(admin, id))?.letters[0];
    if (!letter) throw new Error("no letter");
    const request = {
      dossierId: id,
      letterId: letter.id,
      format: "pdf" as const,
      lang: "vi" as const,
      addressee: null,
    };
    expect(await letters.apologyLetterFile(foreign, request)).toBeUndefined();
    expect(await letters.apologyLetterFile(admin, { ...request, dossierId: other })).toBeUndefined();
  });
});
