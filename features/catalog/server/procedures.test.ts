import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/features/access/permissions";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { contentToRecord, type ProcedureRecord } from "../procedure-record";

/** When a saved version takes effect: the date staff state, else its decision's, never "today" unsaid. */

let testDb: TestDatabase;
let admin: Actor;
let decision: { id: number; issuedOn: string; effectiveOn: string };
let record: ProcedureRecord;

const row = async (sql: string, args: Array<string | number> = []) =>
  ((await testDb.client.execute({ sql, args })).rows[0] ?? {}) as Record<string, unknown>;

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("@/features/demo/server/demo");
  await seedDemo(testDb.db, new Date("2026-11-30T10:00:00Z"));
  const { loadActor } = await import("@/features/access/server/actor");
  const user = await row("SELECT id FROM user WHERE email = 'admin@anhoa.demo'");
  const loaded = await loadActor({ userId: String(user.id), name: "admin", email: "admin@anhoa.demo" });
  if (!loaded) throw new Error("no demo administrator");
  admin = loaded;
  const a = await row("SELECT id, issued_on, effective_on FROM announcements WHERE effective_on > issued_on");
  decision = { id: Number(a.id), issuedOn: String(a.issued_on), effectiveOn: String(a.effective_on) };
  const { getProcedureForEdit } = await import("./admin-queries");
  const found = await getProcedureForEdit("MAU.HT.01");
  if (!found) throw new Error("no demo procedure MAU.HT.01");
  record = contentToRecord("MAU.HT.01", found.fieldCode, found.version.content);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

async function save(
  change: Partial<ProcedureRecord>,
  announcementId: number | null,
  effectiveFrom: string | null,
) {
  const { saveProcedure } = await import("./procedures");
  return saveProcedure(admin, {
    mode: "edit",
    record: { ...record, ...change },
    announcementId,
    effectiveFrom,
    offerAtUnitId: null,
  });
}

const versions = async () =>
  Number(
    (
      await row(
        "SELECT count(*) AS n FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = 'MAU.HT.01'",
      )
    ).n,
  );

const current = () =>
  row(`SELECT v.effective_from, v.effective_stated, v.announcement_id FROM procedure_versions v
       JOIN procedures p ON p.id = v.procedure_id WHERE p.code = 'MAU.HT.01' AND v.effective_to IS NULL`);

describe("the effective date of a saved version", () => {
  it("refuses changed content with neither a decision nor a date, writing nothing", async () => {
    const before = await versions();
    const outcome = await save({ timeLimit: "Không có ngày" }, null, null);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.refusal.fieldErrors).toHaveProperty("announcementId");
    expect(await versions()).toBe(before);
  });

  it("lets unchanged content through without either: nothing is written", async () => {
    const outcome = await save({}, null, null);
    expect(outcome).toMatchObject({ ok: true, value: { unchanged: true } });
  });

  it("takes the decision's effective date when none is stated", async () => {
    const outcome = await save({ timeLimit: "Theo quyết định" }, decision.id, null);
    expect(outcome.ok).toBe(true);
    expect(await current()).toMatchObject({
      effective_from: decision.effectiveOn,
      effective_stated: 1,
      announcement_id: decision.id,
    });
  });

  it("takes a stated date over the decision's, but not one before the decision was issued", async () => {
    const early = await save({ timeLimit: "Quá sớm" }, decision.id, "2000-01-01");
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.refusal.fieldErrors).toHaveProperty("effectiveFrom");
    const outcome = await save({ timeLimit: "Ngày riêng" }, decision.id, "2026-12-15");
    expect(outcome.ok).toBe(true);
    expect(await current()).toMatchObject({ effective_from: "2026-12-15", effective_stated: 1 });
  });

  it("refuses a decision that does not exist", async () => {
    const outcome = await save({ timeLimit: "Quyết định lạ" }, 987_654, null);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.refusal.fieldErrors).toHaveProperty("announcementId");
  });
});
