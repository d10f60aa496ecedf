import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/features/access/permissions";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Issue #15: what a procedure page and a commune's page read, and the changes behind them.

let testDb: TestDatabase;
let admin: Actor;

const rows = async (sql: string, args: Array<string | number> = []) =>
  (await testDb.client.execute({ sql, args })).rows;

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("@/features/demo/server/demo");
  await seedDemo(testDb.db);
  const { seedDemoFormPdfs } = await import("@/features/demo/server/form-pdfs");
  expect(await seedDemoFormPdfs(testDb.db)).toBeGreaterThan(10);
  // A second run finds nothing left to do.
  expect(await seedDemoFormPdfs(testDb.db)).toBe(0);
  const { loadActor } = await import("@/features/access/server/actor");
  const [user] = await rows("SELECT id FROM user WHERE email = 'admin@anhoa.demo'");
  const actor = await loadActor({ userId: String(user?.id), name: "admin", email: "admin@anhoa.demo" });
  if (!actor) throw new Error("no admin");
  admin = actor;
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe("the demo", () => {
  it("offers every RTF form with a PDF of it beside", async () => {
    const forms = await rows("SELECT file_name, pdf_data, pdf_size FROM forms");
    expect(forms.length).toBeGreaterThan(10);
    for (const f of forms) {
      expect(String(f.file_name)).toMatch(/\.rtf$/);
      const pdf = Buffer.from(f.pdf_data as ArrayBuffer);
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(Number(f.pdf_size)).toBe(pdf.length);
    }
  });

  it("never 'shortens' a time limit to one that is not shorter", async () => {
    const { contradictsTimeLimit, nationalTimeLimit } = await import("../time-limit");
    const { asCurrentContent } = await import("../procedure-content");
    const local = await rows(`
      SELECT up.local_time_limit, v.content FROM unit_procedures up
      JOIN procedure_versions v ON v.procedure_id = up.procedure_id AND v.effective_to IS NULL
      WHERE up.local_time_limit IS NOT NULL`);
    expect(local.length).toBeGreaterThan(0);
    for (const r of local) {
      const national = nationalTimeLimit(asCurrentContent(JSON.parse(String(r.content))));
      expect(contradictsTimeLimit(String(r.local_time_limit), national), national).toBe(false);
    }
  });
});

describe("a commune's page", () => {
  it("finds the one child that receives its citizens' procedures", async () => {
    const { countProceduresReceived } = await import("./disclosure-queries");
    const { getUnitBySlug, listChildUnits } = await import("@/features/units/server/unit-queries");
    const commune = await getUnitBySlug("phuong-an-hoa");
    if (!commune) throw new Error("no commune");
    const children = await listChildUnits(commune.id);
    const counts = await countProceduresReceived([commune.id, ...children.map((c) => c.id)]);
    expect(counts.has(commune.id)).toBe(false);
    const centre = children.find((c) => c.slug === "phuong-an-hoa-tthcc");
    const [expected] = await rows(
      `SELECT count(*) AS n FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
       WHERE up.unit_id = ? AND up.active = 1 AND p.status <> 'abolished'`,
      [Number(centre?.id)],
    );
    expect(counts.get(Number(centre?.id))).toBe(Number(expected?.n));
    expect(Number(expected?.n)).toBeGreaterThan(0);
  });
});

describe("a unit's local time limit", () => {
  it("is refused when it does not shorten the procedure's, and nothing is written", async () => {
    const { saveUnitOverride } = await import("./procedures");
    const [target] = await rows(`
      SELECT up.id, up.local_notes FROM unit_procedures up JOIN units u ON u.id = up.unit_id
      JOIN procedure_versions v ON v.procedure_id = up.procedure_id AND v.effective_to IS NULL
      WHERE u.slug = 'xa-tan-phu-tthcc' AND json_extract(v.content, '$.timeLimit') LIKE 'Ngay trong ngày%' LIMIT 1`);
    const input = {
      unitProcedureId: Number(target?.id),
      localTimeLimit: "Rút ngắn: trả kết quả trong 01 ngày làm việc",
      localFee: null,
      localPlace: null,
      localNotes: "ghi chú mới",
    };
    const refused = await saveUnitOverride(admin, input);
    expect(refused).toMatchObject({
      ok: false,
      refusal: { fieldErrors: { localTimeLimit: { key: "catalog.errors.localTimeLimitNotShorter" } } },
    });
    const [after] = await rows("SELECT local_time_limit, local_notes FROM unit_procedures WHERE id = ?", [
      Number(target?.id),
    ]);
    expect(after).toMatchObject({ local_time_limit: null, local_notes: target?.local_notes ?? null });
    // Words that state no comparable rule are the unit's to write.
    const accepted = await saveUnitOverride(admin, { ...input, localTimeLimit: "Trả kết quả ngay khi xong" });
    expect(accepted.ok).toBe(true);
  });
});

describe("a form's PDF", () => {
  it("is stored beside an RTF form, and a new RTF drops it", async () => {
    const { uploadFormFile } = await import("./procedures");
    const [form] = await rows(
      "SELECT p.code, f.code AS form, f.sha256 FROM forms f JOIN procedures p ON p.id = f.procedure_id ORDER BY f.id DESC LIMIT 1",
    );
    const pdf = Buffer.from("%PDF-1.4\n% mẫu\n%%EOF\n");
    const beside = await uploadFormFile(admin, {
      code: String(form?.code),
      formCode: String(form?.form),
      fileName: "to-khai.pdf",
      bytes: pdf,
    });
    expect(beside.ok && beside.value.besideFile).toMatch(/\.rtf$/);
    const [stored] = await rows(
      "SELECT sha256, file_name, pdf_size FROM forms WHERE code = ? ORDER BY id DESC LIMIT 1",
      [String(form?.form)],
    );
    expect(stored).toMatchObject({ sha256: form?.sha256, pdf_size: pdf.length });
    expect(String(stored?.file_name)).toMatch(/\.rtf$/);

    const replaced = await uploadFormFile(admin, {
      code: String(form?.code),
      formCode: String(form?.form),
      fileName: "to-khai-moi.doc",
      bytes: Buffer.from("new word file"),
    });
    expect(replaced.ok && replaced.value.besideFile).toBeNull();
    const [after] = await rows(
      "SELECT file_name, pdf_data, pdf_size FROM forms WHERE code = ? ORDER BY id DESC LIMIT 1",
      [String(form?.form)],
    );
    expect(after).toMatchObject({ file_name: "to-khai-moi.doc", pdf_data: null, pdf_size: null });
  });
});

describe("the national portal's link", () => {
  it("is set beside the content, versioning nothing, and an empty cell keeps it", async () => {
    const { saveProcedure } = await import("./procedures");
    const { getProcedureForEdit } = await import("./admin-queries");
    const { contentToRecord } = await import("../procedure-record");
    const [p] = await rows("SELECT code FROM procedures WHERE status = 'in_force' ORDER BY id LIMIT 1");
    const code = String(p?.code);
    const found = await getProcedureForEdit(code);
    if (!found) throw new Error("no procedure");
    const page =
      "https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7200";
    const record = contentToRecord(code, found.fieldCode, found.version.content, null, false, page);
    const versions = async () =>
      Number(
        (
          await rows(
            "SELECT count(*) AS n FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = ?",
            [code],
          )
        )[0]?.n,
      );
    const before = await versions();
    const input = {
      mode: "edit" as const,
      record,
      announcementId: null,
      effectiveFrom: null,
      offerAtUnitId: null,
    };
    const saved = await saveProcedure(admin, input);
    expect(saved).toMatchObject({ ok: true, value: { unchanged: false, codes: [code] } });
    expect(await versions()).toBe(before);
    const stored = async () =>
      (await rows("SELECT portal_url FROM procedures WHERE code = ?", [code]))[0]?.portal_url;
    expect(await stored()).toBe(page);
    const audited = await rows(
      "SELECT details FROM audit_log WHERE action = 'procedure.portal_url' AND entity_id = ?",
      [code],
    );
    expect(audited).toHaveLength(1);
    // Saved again without the link (an import of the decision): nothing changes, the link stays.
    const again = await saveProcedure(admin, { ...input, record: { ...record, portalUrl: "" } });
    expect(again).toMatchObject({ ok: true, value: { unchanged: true } });
    expect(await stored()).toBe(page);
  });
});
