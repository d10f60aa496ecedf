import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KeyActor } from "@/features/access/permissions";
import { addDays, localDay } from "@/lib/time";
import { fixtureLinks } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { registerDossierInput } from "../api";

// The dossier lifecycle against a real database: registration, progress reports, apology letters and the
// figures (on-time rate, QĐ 766 ratio) kept by triggers — the acceptance example, idempotent.

let testDb: TestDatabase;
let key: KeyActor;
let otherKey: KeyActor;
let unitId = 0;
let otherUnitId = 0;
const KEY = "hl_test0001_abcdefghijklmnopqrstuvwxyz012345";
const OTHER_KEY = "hl_test0002_abcdefghijklmnopqrstuvwxyz012345";
const now = new Date();
const today = localDay(now);
const tomorrow = addDays(today, 1);
const at = (day: string, time: string) => `${day}T${time}:00+07:00`;

type Dossiers = typeof import("./dossiers");
let api: Dossiers;

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = "https://hailong.example.vn";
  testDb = await openTestDatabase();
  const { seedSurveyFixture } = await import("@/test/survey-fixture");
  const fixture = await seedSurveyFixture(testDb.db);
  unitId = fixture.unitId;
  otherUnitId = fixture.otherUnitId;
  await fixture.addApiKey(unitId, KEY);
  await fixture.addApiKey(otherUnitId, OTHER_KEY);
  api = await import("./dossiers");
  const actor = await api.keyActor(KEY);
  const other = await api.keyActor(OTHER_KEY);
  if (!actor || !other) throw new Error("keys not found");
  key = actor;
  otherKey = other;
});

afterAll(async () => {
  await testDb?.close();
});

async function figures(actor = key, unit?: number) {
  const { figuresForKey } = await import("./figures");
  const outcome = await figuresForKey(actor, { from: today, to: addDays(today, 3), unit });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
  return outcome.value;
}

const codes = Array.from({ length: 10 }, (_, i) => `HS-2026-${String(i + 1).padStart(4, "0")}`);
const surveyUrls = new Map<string, string>();

describe("the acceptance example", () => {
  it("registers ten dossiers due tomorrow, each with a receipt link", async () => {
    for (const code of codes) {
      const outcome = await api.registerDossier(
        key,
        {
          code,
          receivedAt: at(today, "08:00"),
          dueAt: at(tomorrow, "17:00"),
          channel: "in_person",
          receivedBy: "CB-01",
        },
        now,
      );
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
      expect(outcome.value.created).toBe(true);
      expect(outcome.value.dossier.surveyUrl).toMatch(
        /^https:\/\/hailong\.example\.vn\/r\/[A-Za-z0-9_-]{22}$/,
      );
      surveyUrls.set(code, outcome.value.dossier.surveyUrl ?? "");
    }
    expect(await testDb.count("dossiers")).toBe(10);
  });

  it("returns 7 early, 1 on the due day, 2 late; one complained, one rated Không hài lòng", async () => {
    const patch = async (code: string, input: Parameters<Dossiers["updateDossier"]>[3]) => {
      const outcome = await api.updateDossier(key, code, undefined, input, now);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
      return outcome.value;
    };
    for (const code of codes.slice(0, 7)) {
      expect((await patch(code, { returnedAt: at(today, "16:00"), returnedBy: "CB-02" })).timeliness).toBe(
        "early",
      );
    }
    expect(
      (await patch(codes[7] ?? "", { status: "returned", returnedAt: at(tomorrow, "16:59") })).timeliness,
    ).toBe("on_time");
    for (const code of codes.slice(8)) {
      expect((await patch(code, { returnedAt: at(addDays(today, 2), "09:00") })).timeliness).toBe("late");
    }
    // The complained and the unsatisfied dossiers are two of the on-time ones.
    expect((await patch(codes[0] ?? "", { complained: true })).complained).toBe(true);
    const token = surveyUrls.get(codes[1] ?? "")?.split("/r/")[1] ?? "";
    const { submitResponse } = await import("@/features/survey/server/submit");
    const answer = {
      link: fixtureLinks.unit,
      instrumentKey: "quick",
      answers: { quick: 1 },
      idempotencyKey: "receipt-answer-0001",
      channel: "receipt" as const,
      receipt: token,
    };
    expect((await submitResponse(answer)).duplicate).toBe(false);
    expect((await submitResponse({ ...answer, idempotencyKey: "receipt-answer-0002" })).duplicate).toBe(true);
  });

  it("gives returned 10, early 7, onTime 1, late 2, onTimeRate 80.00, qd766Ratio 60.00", async () => {
    expect(await figures()).toEqual({
      unitId,
      from: today,
      to: addDays(today, 3),
      received: 10,
      returned: 10,
      early: 7,
      onTime: 1,
      late: 2,
      pendingOverdue: 0,
      onTimeRate: 80,
      withApology: 0,
      complained: 1,
      ratedUnsatisfied: 1,
      qd766Ratio: 60,
    });
  });

  it("changes nothing when every call is repeated", async () => {
    const before = await figures();
    const audits = await testDb.count("audit_log");
    for (const code of codes) {
      const again = await api.registerDossier(
        key,
        registerDossierInput.parse({
          code,
          receivedAt: at(today, "08:00"),
          dueAt: at(tomorrow, "17:00"),
          channel: "Trực tiếp",
        }),
        now,
      );
      expect(again.ok && !again.value.created && again.value.dossier.surveyUrl).toBe(surveyUrls.get(code));
    }
    for (const code of codes.slice(0, 7)) {
      const outcome = await api.updateDossier(key, code, undefined, { returnedAt: at(today, "16:00") }, now);
      expect(outcome.ok).toBe(true);
    }
    await api.updateDossier(key, codes[0] ?? "", undefined, { complained: true }, now);
    expect(await figures()).toEqual(before);
    expect(await testDb.count("dossiers")).toBe(10);
    expect(await testDb.count("audit_log")).toBe(audits);
  });

  it("refuses a registration under a stored code with other content, naming the field", async () => {
    const outcome = await api.registerDossier(
      key,
      { code: codes[0] ?? "", receivedAt: at(today, "08:00"), dueAt: at(addDays(today, 5), "17:00") },
      now,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusal.reason).toBe("conflict");
    expect(Object.keys(outcome.refusal.fieldErrors ?? {})).toEqual(["dueAt"]);
  });
});

describe("apology letters", () => {
  it("records one numbered letter with the new date however often it is sent", async () => {
    const registered = await api.registerDossier(
      key,
      { code: "HS-LATE-1", receivedAt: at(today, "08:00"), dueAt: at(tomorrow, "17:00") },
      now,
    );
    expect(registered.ok).toBe(true);
    const letter = {
      newDueAt: at(addDays(today, 4), "17:00"),
      apologyReason: "Chờ ý kiến của Sở Tài nguyên và Môi trường",
    };
    const first = await api.updateDossier(key, "HS-LATE-1", undefined, letter, now);
    const second = await api.updateDossier(key, "HS-LATE-1", undefined, letter, now);
    if (!first.ok || !second.ok) throw new Error("letter refused");
    expect(first.value.apologies).toEqual(second.value.apologies);
    expect(second.value.apologies).toHaveLength(1);
    expect(second.value.apologies[0]?.number).toBe("1/PXL");
    expect(second.value.newDueAt).toBe(new Date(letter.newDueAt).toISOString());
    // The appointment the citizen was given stays: returned after it, the dossier is late (with a letter).
    const returned = await api.updateDossier(
      key,
      "HS-LATE-1",
      undefined,
      { returnedAt: at(addDays(today, 3), "10:00") },
      now,
    );
    expect(returned.ok && returned.value.timeliness).toBe("late");
    const f = await figures();
    expect([f.late, f.withApology, f.returned]).toEqual([3, 1, 11]);
  });

  it("refuses a new date that is not later than the appointment, and a letter without a reason", async () => {
    await api.registerDossier(
      key,
      { code: "HS-LATE-2", receivedAt: at(today, "08:00"), dueAt: at(tomorrow, "17:00") },
      now,
    );
    const early = await api.updateDossier(
      key,
      "HS-LATE-2",
      undefined,
      { newDueAt: at(today, "17:00"), apologyReason: "x" },
      now,
    );
    expect(!early.ok && Object.keys(early.refusal.fieldErrors ?? {})).toEqual(["newDueAt"]);
    const noReason = await api.updateDossier(
      key,
      "HS-LATE-2",
      undefined,
      { newDueAt: at(addDays(today, 9), "17:00") },
      now,
    );
    expect(!noReason.ok && Object.keys(noReason.refusal.fieldErrors ?? {})).toEqual(["apologyReason"]);
  });
});

describe("a key reaches its unit's subtree only", () => {
  it("cannot read, update or count another unit's dossiers", async () => {
    const update = await api.updateDossier(otherKey, codes[0] ?? "", undefined, { complained: false }, now);
    expect(!update.ok && update.refusal.reason).toBe("not_found");
    const read = await api.readDossier(otherKey, codes[0] ?? "");
    expect(!read.ok && read.refusal.reason).toBe("not_found");
    const { figuresForKey } = await import("./figures");
    const f = await figuresForKey(otherKey, { from: today, to: today, unit: unitId });
    expect(!f.ok && f.refusal.reason).toBe("not_found");
    const register = await api.registerDossier(
      otherKey,
      { code: "X-1", unitId, receivedAt: at(today, "08:00") },
      now,
    );
    expect(!register.ok && register.refusal.reason).toBe("invalid");
    expect((await figures(otherKey)).received).toBe(0);
  });
});

describe("the counts behind the figures", () => {
  it("count a dossier returned without a due time as returned, but not timed", async () => {
    const before = await figures();
    const outcome = await api.registerDossier(
      key,
      { code: "HS-NO-DUE", receivedAt: at(today, "08:00"), returnedAt: at(today, "09:00") },
      now,
    );
    expect(outcome.ok && outcome.value.dossier.timeliness).toBeNull();
    const after = await figures();
    expect(after.returned).toBe(before.returned + 1);
    expect([after.early, after.onTime, after.late]).toEqual([before.early, before.onTime, before.late]);
    expect(after.onTimeRate).toBe(before.onTimeRate);
  });

  it("equal the dossiers counted again, per unit and per rollup node", async () => {
    const { diffRollups, rebuildRollups } = await import("@/features/index/server/rollups");
    await rebuildRollups(testDb.db);
    await api.updateDossier(key, codes[9] ?? "", undefined, { status: "processing" }, now);
    expect(await diffRollups(testDb.db)).toEqual([]);
    const rows = await testDb.client.execute(`
      SELECT sum(received) AS received, sum(returned) AS returned, sum(late) AS late FROM dossier_daily_counts`);
    const stored = await testDb.client.execute(`
      SELECT count(*) AS received, sum(status = 'returned') AS returned, sum(timeliness = 'late') AS late FROM dossiers`);
    expect(rows.rows[0]).toEqual(stored.rows[0]);
  });
});
