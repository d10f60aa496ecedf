import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/features/access/permissions";
import { derivedFields } from "@/features/dossiers/lifecycle";
import { addDays, localDay } from "@/lib/time";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { reportPeriodOf } from "../report-period";

// The periodic report against a real database: a unit with one unit below it, dossiers returned early, on
// time and late (with and without an apology letter), an open overdue one, and feedback answered in time,
// late and not at all — the figures the report gathers, the scope check, the audit entry and the file.

let testDb: TestDatabase;
let parent = 0;
let child = 0;
let viewer: Actor;
let stranger: Actor;
const now = new Date();
const period = reportPeriodOf("month", addDays(`${localDay(now).slice(0, 7)}-01`, -1));
const day = (offset: number) => addDays(period.from, offset);
const at = (d: string, time: string) => new Date(`${d}T${time}:00+07:00`);
const dir = mkdtempSync(join(tmpdir(), "hl-report-db-"));

type Report = typeof import("./periodic-report");
let report: Report;

function actorOn(unitIds: number[], userId: string): Actor {
  return {
    userId,
    name: "Trần Thị Bình",
    email: `${userId}@example.vn`,
    roles: unitIds.map((unitId) => ({ role: "unit_viewer", unitId, atRoot: false })),
    scopeUnitIds: new Set(unitIds),
    rootUnitIds: unitIds,
    editableUnitIds: new Set(),
    catalogEditor: false,
  };
}

async function addDossier(
  unitId: number,
  code: string,
  d: { received: Date; due: Date; returned?: Date; apologized?: boolean; complained?: boolean },
) {
  const status = d.returned ? "returned" : "received";
  const derived = derivedFields({
    status,
    receivedAt: d.received,
    dueAt: d.due,
    returnedAt: d.returned ?? null,
  });
  await testDb.client.execute({
    sql: `INSERT INTO dossiers (unit_id, code, status, received_at, received_day, due_at, returned_at, returned_day,
            timeliness, apologized, complained, survey_token_hash)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    args: [
      unitId,
      code,
      status,
      d.received.getTime(),
      derived.receivedDay,
      d.due.getTime(),
      d.returned?.getTime() ?? null,
      derived.returnedDay,
      derived.timeliness,
      d.apologized ? 1 : 0,
      d.complained ? 1 : 0,
      `hash-${code}`,
    ],
  });
}

async function addFeedback(unitId: number, created: Date, due: Date, replied: Date | null) {
  await testDb.client.execute({
    sql: `INSERT INTO feedback (unit_id, body, status, created_at, due_at, replied_at, reply)
          VALUES (?, 'Góp ý thử', ?, ?, ?, ?, ?)`,
    args: [
      unitId,
      replied ? "answered" : "new",
      created.getTime(),
      due.getTime(),
      replied?.getTime() ?? null,
      replied ? "Đã trả lời" : null,
    ],
  });
}

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedSurveyFixture } = await import("@/test/survey-fixture");
  const fixture = await seedSurveyFixture(testDb.db);
  parent = fixture.unitId;
  child = fixture.otherUnitId;
  await testDb.client.execute({ sql: "UPDATE units SET parent_id = ? WHERE id = ?", args: [parent, child] });
  await testDb.client.execute(
    "INSERT INTO user (id, name, email, email_verified) VALUES ('u-report', 'Trần Thị Bình', 'b@example.vn', 1)",
  );
  viewer = actorOn([parent, child], "u-report");
  stranger = actorOn([child], "u-report");
  // At the unit below: early, on time, late with a letter, late without one (and complained about).
  await addDossier(child, "HS-1", {
    received: at(day(0), "08:00"),
    due: at(day(3), "17:00"),
    returned: at(day(1), "10:00"),
  });
  await addDossier(child, "HS-2", {
    received: at(day(0), "08:00"),
    due: at(day(3), "17:00"),
    returned: at(day(3), "16:00"),
  });
  await addDossier(child, "HS-3", {
    received: at(day(0), "08:00"),
    due: at(day(3), "17:00"),
    returned: at(day(5), "09:00"),
    apologized: true,
  });
  await addDossier(child, "HS-4", {
    received: at(day(0), "08:00"),
    due: at(day(3), "17:00"),
    returned: at(day(6), "09:00"),
    complained: true,
  });
  // At the unit itself: one still open past its due date, one returned the month before (not counted).
  await addDossier(parent, "HS-5", { received: at(day(1), "08:00"), due: at(day(4), "17:00") });
  await addDossier(parent, "HS-6", {
    received: at(addDays(period.from, -10), "08:00"),
    due: at(addDays(period.from, -5), "17:00"),
    returned: at(addDays(period.from, -6), "08:00"),
  });
  // Feedback: answered in time, answered late, open past its due date, and one from before the period.
  await addFeedback(child, at(day(0), "09:00"), at(day(10), "17:00"), at(day(2), "09:00"));
  await addFeedback(child, at(day(0), "09:00"), at(day(10), "17:00"), at(day(12), "09:00"));
  await addFeedback(parent, at(day(1), "09:00"), at(day(11), "17:00"), null);
  await addFeedback(parent, at(addDays(period.from, -3), "09:00"), at(day(8), "17:00"), null);
  report = await import("./periodic-report");
});

afterAll(async () => {
  await testDb?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the periodic report of a unit and its subtree", () => {
  it("gathers the subtree's dossier and feedback figures and each unit below", async () => {
    const data = await report.gatherReport(viewer, { unitId: parent, period, scope: "subtree", lang: "vi" });
    if (!data) throw new Error("no report");
    expect(data.self.dossiers).toMatchObject({
      received: 5,
      returned: 4,
      early: 1,
      onTime: 1,
      late: 2,
      withApology: 1,
      complained: 1,
      pendingOverdue: 1,
      onTimeRate: 50,
      qd766Ratio: 50,
    });
    expect(data.lateWithoutApology).toBe(1);
    expect(data.feedback).toEqual({ received: 3, answered: 2, overdue: 2 });
    expect(data.children.map((c) => [c.unit.name, c.dossiers.returned, c.dossiers.pendingOverdue])).toEqual([
      ["Xã Khác", 4, 0],
    ]);
    expect(data.chain.map((u) => u.name)).toEqual(["Phường Thử"]);
    expect(data.annexes).toEqual([]);
  });

  it("gathers the unit alone without its children with scope unit", async () => {
    const data = await report.gatherReport(viewer, { unitId: parent, period, scope: "unit", lang: "vi" });
    expect(data?.self.dossiers).toMatchObject({ received: 1, returned: 0, pendingOverdue: 1 });
    expect(data?.feedback).toEqual({ received: 1, answered: 0, overdue: 1 });
    expect(data?.children).toEqual([]);
  });

  it("is not found for a unit outside the actor's scope, and writes no audit entry then", async () => {
    const before = await testDb.count("audit_log");
    expect(
      await report.periodicReport(stranger, {
        unitId: parent,
        period,
        scope: "subtree",
        lang: "vi",
        format: "pdf",
      }),
    ).toBeUndefined();
    expect(await testDb.count("audit_log")).toBe(before);
  });

  it("gives the PDF with its name and records the export", async () => {
    const started = performance.now();
    const file = await report.periodicReport(viewer, {
      unitId: parent,
      period,
      scope: "subtree",
      lang: "vi",
      format: "pdf",
    });
    if (!file) throw new Error("no file");
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(file.contentType).toBe("application/pdf");
    expect(file.disposition).toContain(`filename*=UTF-8''${encodeURIComponent("Báo-cáo-tháng-")}`);
    const path = join(dir, "r.pdf");
    writeFileSync(path, file.body);
    const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).normalize("NFC");
    expect(text).toContain("PHƯỜNG THỬ");
    expect(text).toContain("Còn 1 hồ sơ trễ hạn chưa có văn bản xin lỗi.");
    expect(text).toContain("Xã Khác");
    const rs = await testDb.client.execute(
      "SELECT action, unit_id, details FROM audit_log WHERE action = 'export.report' ORDER BY id DESC LIMIT 1",
    );
    expect(rs.rows[0]?.unit_id).toBe(parent);
    expect(JSON.parse(String(rs.rows[0]?.details))).toEqual({
      format: "pdf",
      period: period.key,
      scope: "subtree",
    });
  });
});
