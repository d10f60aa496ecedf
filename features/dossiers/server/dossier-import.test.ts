import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/features/access/permissions";
import { addDays, localDay } from "@/lib/time";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import type { DossierColumn, DossierImportIssue } from "../dossier-import";

// The dossier import against a real database: the dry run writes nothing and names every problem by row
// and column, the commit is all or nothing through the API's use cases, a re-import updates by code.

let testDb: TestDatabase;
let unitId = 0;
let otherUnitId = 0;
let admin: Actor;
let viewer: Actor;
const now = new Date();
const today = localDay(now);
const vn = (day: string) => day.split("-").reverse().join("/");
const yesterday = addDays(today, -1);
const tomorrow = addDays(today, 1);

type Module = typeof import("./dossier-import");
let imports: Module;

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = "https://hailong.example.vn";
  testDb = await openTestDatabase();
  const { seedSurveyFixture } = await import("@/test/survey-fixture");
  const fixture = await seedSurveyFixture(testDb.db);
  unitId = fixture.unitId;
  otherUnitId = fixture.otherUnitId;
  for (const id of ["admin", "viewer"]) {
    await testDb.client.execute({
      sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
      args: [id, id, `${id}@test.vn`],
    });
  }
  const base = { roles: [], rootUnitIds: [unitId], scopeUnitIds: new Set([unitId]), catalogEditor: false };
  admin = {
    ...base,
    userId: "admin",
    name: "admin",
    email: "admin@test.vn",
    editableUnitIds: new Set([unitId]),
  };
  viewer = { ...base, userId: "viewer", name: "viewer", email: "viewer@test.vn", editableUnitIds: new Set() };
  imports = await import("./dossier-import");
});

afterAll(async () => {
  await testDb?.close();
});

const header =
  "Mã hồ sơ;Ngày tiếp nhận;Hẹn trả;Hình thức;Cán bộ tiếp nhận;Trạng thái;Ngày trả;Cán bộ trả;Bị phản ánh;Hẹn lại;Lý do xin lỗi";

function csv(lines: string[]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${[header, ...lines].join("\r\n")}\r\n`);
}

const goodFile = () =>
  csv([
    `HS-001;${vn(yesterday)} 08:00;${vn(today)} 17:00;Trực tiếp;CB-01;Đã trả kết quả;${vn(yesterday)} 15:00;CB-02;Không;;`,
    `HS-002;${vn(yesterday)} 08:30;${vn(tomorrow)};Trực tuyến;CB-01;Đang xử lý;;;Có;;`,
    `HS-003;${vn(yesterday)} 09:00;${vn(today)} 08:00;Bưu chính;CB-01;Đang xử lý;;;;${vn(addDays(today, 3))} 17:00;Chờ ý kiến cơ quan phối hợp`,
  ]);

async function check(bytes: Uint8Array, actor = admin, unit = unitId, fileName = "ho-so.csv") {
  return imports.checkDossierImport(actor, { fileName, bytes, unitId: unit }, now);
}

function at(issues: DossierImportIssue[]): Array<[number | null, DossierColumn | null]> {
  return issues.map((i) => [i.rowNumber, i.column]);
}

describe("the dossier import", () => {
  it("refuses a unit the actor does not administer, and writes nothing", async () => {
    const before = await testDb.count("import_jobs");
    expect((await check(goodFile(), viewer)).ok).toBe(false);
    expect((await check(goodFile(), admin, otherUnitId)).ok).toBe(false);
    expect(await testDb.count("import_jobs")).toBe(before);
  });

  it("names every problem by row and column in the dry run, and writes nothing", async () => {
    const bad = csv([
      `HS-101;${vn(today)} 08:00;;Trực tiếp;;Đã trả kết quả;${vn(addDays(today, -3))};;;;`,
      `HS-102;31/02/2026;;Qua mạng;;Xong;;;Chưa rõ;;`,
      `HS-103;${vn(today)} 08:00;${vn(addDays(today, 2))};;;;;;;${vn(addDays(today, 5))};`,
      `HS-101;${vn(today)} 09:00;;;;;;;;;`,
    ]);
    const outcome = await check(bad);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
    expect(at(outcome.value.issues)).toEqual([
      [3, "receivedAt"],
      [3, "channel"],
      [3, "status"],
      [3, "complained"],
      [5, "code"],
    ]);
    expect(outcome.value.jobId).toBeUndefined();
    // The file reads; the use cases' rules then name the rows they refuse (the return before the receipt,
    // a new date without the letter's reason).
    const rules = await check(
      csv([
        `HS-101;${vn(today)} 08:00;;Trực tiếp;;Đã trả kết quả;${vn(addDays(today, -3))};;;;`,
        `HS-103;${vn(today)} 08:00;${vn(addDays(today, 2))};;;;;;;${vn(addDays(today, 5))};`,
      ]),
    );
    if (!rules.ok) throw new Error(JSON.stringify(rules.refusal));
    expect(at(rules.value.issues)).toEqual([
      [2, "returnedAt"],
      [3, "apologyReason"],
    ]);
    expect(await testDb.count("dossiers")).toBe(0);
    expect(await testDb.count("dossier_apologies")).toBe(0);
    expect(await testDb.count("import_jobs")).toBe(0);
  });

  it("previews, then commits all rows with their audit entries in one go", async () => {
    const checked = await check(goodFile());
    if (!checked.ok) throw new Error(JSON.stringify(checked.refusal));
    expect(checked.value.issues).toEqual([]);
    expect(checked.value.counts).toEqual({ create: 3, update: 0, unchanged: 0 });
    expect(await testDb.count("dossiers")).toBe(0);
    const committed = await imports.commitDossierImport(admin, { jobId: checked.value.jobId ?? "" }, now);
    expect(committed).toEqual({ ok: true, value: { create: 3, update: 0, unchanged: 0 } });
    const rows = await testDb.client.execute(
      "SELECT code, status, channel, timeliness, complained, apologized FROM dossiers ORDER BY code",
    );
    expect(
      rows.rows.map((r) => [r.code, r.status, r.channel, r.timeliness, r.complained, r.apologized]),
    ).toEqual([
      ["HS-001", "returned", "in_person", "early", 0, 0],
      ["HS-002", "processing", "online", null, 1, 0],
      ["HS-003", "processing", "postal", null, 0, 1],
    ]);
    expect(await testDb.count("dossier_apologies")).toBe(1);
    const audit = await testDb.client.execute("SELECT action FROM audit_log ORDER BY id");
    expect(audit.rows.map((r) => r.action)).toEqual([
      "dossier.import.check",
      "dossier.register",
      "dossier.register",
      "dossier.register",
      "dossier.apologize",
      "dossier.import",
    ]);
    // A job is committed once.
    expect((await imports.commitDossierImport(admin, { jobId: checked.value.jobId ?? "" }, now)).ok).toBe(
      false,
    );
  });

  it("finds every row unchanged when the same file comes again, and updates by code", async () => {
    const again = await check(goodFile());
    if (!again.ok) throw new Error(JSON.stringify(again.refusal));
    expect(again.value.counts).toEqual({ create: 0, update: 0, unchanged: 3 });
    const audits = await testDb.count("audit_log");
    const committed = await imports.commitDossierImport(admin, { jobId: again.value.jobId ?? "" }, now);
    expect(committed).toEqual({ ok: true, value: { create: 0, update: 0, unchanged: 3 } });
    // Only the import's own entry: no dossier changed.
    expect(await testDb.count("audit_log")).toBe(audits + 1);
    expect(await testDb.count("dossier_apologies")).toBe(1);

    const progress = csv([
      `HS-002;${vn(yesterday)} 08:30;${vn(tomorrow)};Trực tuyến;CB-01;Đã trả kết quả;${vn(today)} 10:00;CB-03;Có;;`,
      `HS-004;${vn(today)} 08:00;;;;;;;;;`,
    ]);
    const checked = await check(progress);
    if (!checked.ok) throw new Error(JSON.stringify(checked.refusal));
    expect(checked.value.rows?.map((r) => [r.code, r.action])).toEqual([
      ["HS-002", "update"],
      ["HS-004", "create"],
    ]);
    expect((await imports.commitDossierImport(admin, { jobId: checked.value.jobId ?? "" }, now)).ok).toBe(
      true,
    );
    const row = await testDb.client.execute(
      "SELECT status, timeliness, returned_by FROM dossiers WHERE code = 'HS-002'",
    );
    expect(row.rows[0]).toMatchObject({ status: "returned", timeliness: "early", returned_by: "CB-03" });
  });

  it("refuses a reception time that differs from the stored dossier", async () => {
    const outcome = await check(csv([`HS-001;${vn(today)} 08:00;;;;;;;;;`]));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
    expect(at(outcome.value.issues)).toEqual([[2, "receivedAt"]]);
  });

  it("writes nothing when a checked file no longer passes at the commit", async () => {
    const checked = await check(csv([`HS-005;${vn(today)} 08:00;${vn(tomorrow)};;;;;;;;`]));
    if (!checked.ok || !checked.value.jobId) throw new Error("check failed");
    const other = await check(
      csv([`HS-005;${vn(today)} 07:00;${vn(tomorrow)};;;;;;;;`, `HS-006;${vn(today)} 08:00;;;;;;;;;`]),
    );
    if (!other.ok || !other.value.jobId) throw new Error("check failed");
    expect((await imports.commitDossierImport(admin, { jobId: checked.value.jobId }, now)).ok).toBe(true);
    const dossiers = await testDb.count("dossiers");
    const stale = await imports.commitDossierImport(admin, { jobId: other.value.jobId }, now);
    expect(stale).toMatchObject({ ok: false, refusal: { reason: "conflict" } });
    expect(await testDb.count("dossiers")).toBe(dossiers);
  });
});
