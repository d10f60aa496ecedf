import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, KeyActor } from "@/features/access/permissions";
import { addDays, localDay } from "@/lib/time";
import { fixtureLinks } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { shownSatisfiedRate } from "../officers";

// Per-officer evaluation against a real database: receipt ratings attributed to the receiving and the
// returning officer, the minimum n, the opt-in, and who may see which officer's figures.

let testDb: TestDatabase;
let key: KeyActor;
let unitId = 0;
let otherUnitId = 0;
const KEY = "hl_offi0001_abcdefghijklmnopqrstuvwxyz012345";
const now = new Date();
const today = localDay(now);
const range = { from: addDays(today, -5), to: today };
const at = (day: string, time: string) => `${day}T${time}:00+07:00`;

type Officers = typeof import("./officers");
let api: Officers;
const actors = {} as Record<"admin" | "officer" | "viewer" | "foreignAdmin" | "outsider", Actor>;
const ids = {} as Record<keyof typeof actors, string>;

async function addUser(label: string, unit: number, role: string): Promise<Actor> {
  const id = `user-${label}`;
  const email = `${label}@officers.test`;
  await testDb.client.execute({
    sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
    args: [id, `Cán bộ ${label}`, email],
  });
  await testDb.client.execute({
    sql: "INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, ?, ?)",
    args: [id, unit, role],
  });
  const { loadActor } = await import("@/features/access/server/actor");
  const actor = await loadActor({ userId: id, name: label, email });
  if (!actor) throw new Error(`no actor ${label}`);
  return actor;
}

/** A returned dossier with its officers, and its receipt answered `quick` (flagged with `honeypot`). */
async function dossier(
  code: string,
  d: { receivedBy: string; returnedBy?: string; returnedDay?: string; quick?: number; honeypot?: boolean },
) {
  const dossiers = await import("./dossiers");
  const received = addDays(today, -3);
  const registered = await dossiers.registerDossier(
    key,
    {
      code,
      receivedAt: at(received, "08:00"),
      dueAt: at(addDays(today, -2), "17:00"),
      receivedBy: d.receivedBy,
    },
    now,
  );
  if (!registered.ok) throw new Error(JSON.stringify(registered.refusal));
  if (d.returnedBy) {
    const returned = await dossiers.updateDossier(
      key,
      code,
      undefined,
      { returnedAt: at(d.returnedDay ?? received, "15:00"), returnedBy: d.returnedBy },
      now,
    );
    if (!returned.ok) throw new Error(JSON.stringify(returned.refusal));
  }
  if (d.quick !== undefined) {
    const { submitResponse } = await import("@/features/survey/server/submit");
    await submitResponse({
      link: fixtureLinks.unit,
      instrumentKey: "quick",
      answers: { quick: d.quick },
      idempotencyKey: `officer-${code}`,
      channel: "receipt",
      receipt: registered.value.dossier.surveyUrl?.split("/r/")[1] ?? "",
      honeypot: d.honeypot ? "http://spam.example" : undefined,
    });
  }
}

beforeAll(async () => {
  process.env.PUBLIC_BASE_URL = "https://hailong.example.vn";
  testDb = await openTestDatabase();
  const { seedSurveyFixture } = await import("@/test/survey-fixture");
  const fixture = await seedSurveyFixture(testDb.db);
  unitId = fixture.unitId;
  otherUnitId = fixture.otherUnitId;
  // A minimum n this test can reach: 5 ratings.
  await testDb.client.execute("INSERT INTO settings (key, value) VALUES ('index.minN', '5')");
  await fixture.addApiKey(unitId, KEY);
  const { keyActor } = await import("./dossiers");
  const k = await keyActor(KEY);
  if (!k) throw new Error("key not found");
  key = k;
  actors.admin = await addUser("quantri", unitId, "unit_admin");
  actors.officer = await addUser("canbo", unitId, "unit_viewer");
  actors.viewer = await addUser("xem", unitId, "unit_viewer");
  actors.foreignAdmin = await addUser("quantri-khac", otherUnitId, "unit_admin");
  actors.outsider = await addUser("ngoai", otherUnitId, "unit_viewer");
  for (const who of Object.keys(actors) as Array<keyof typeof actors>) ids[who] = actors[who].userId;
  api = await import("./officers");

  const early = addDays(today, -3);
  const late = addDays(today, -1);
  // CB-01 received D1–D5 and returned D5 late; CB-02 returned D1–D4 early; CB-03 received D6, still open.
  await dossier("D1", { receivedBy: "CB-01", returnedBy: "CB-02", returnedDay: early, quick: 3 });
  await dossier("D2", { receivedBy: "CB-01", returnedBy: "CB-02", returnedDay: early, quick: 3 });
  await dossier("D3", { receivedBy: "CB-01", returnedBy: "CB-02", returnedDay: early, quick: 1 });
  await dossier("D4", { receivedBy: "CB-01", returnedBy: "CB-02", returnedDay: early, quick: 2 });
  await dossier("D5", { receivedBy: "CB-01", returnedBy: "CB-01", returnedDay: late, quick: 3 });
  await dossier("D6", { receivedBy: "CB-03" });
  // A flagged answer (the honeypot was filled in) counts for nobody.
  await dossier("D7", { receivedBy: "CB-02", quick: 1, honeypot: true });
}, 60_000);

afterAll(async () => {
  await testDb?.close();
});

async function figuresAs(who: keyof typeof actors, unit = unitId) {
  return api.officerFigures(actors[who], unit, range);
}

describe("the opt-in", () => {
  it("shows nothing per officer while the unit has not turned it on", async () => {
    const outcome = await figuresAs("admin");
    expect(outcome).toMatchObject({ ok: true, value: { enabled: false, officers: [], scope: "all" } });
  });

  it("is turned on by the unit's administrator only, with an audit entry", async () => {
    const refused = await api.setOfficerEvaluation(actors.viewer, { unitId, enabled: true });
    expect(refused.ok).toBe(false);
    expect(await api.setOfficerEvaluation(actors.foreignAdmin, { unitId, enabled: true })).toMatchObject({
      ok: false,
    });
    const audits = await testDb.count("audit_log");
    expect(await api.setOfficerEvaluation(actors.admin, { unitId, enabled: true })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(await api.setOfficerEvaluation(actors.admin, { unitId, enabled: true })).toEqual({
      ok: true,
      value: { changed: false },
    });
    expect(await testDb.count("audit_log")).toBe(audits + 1);
  });
});

describe("attribution", () => {
  it("counts a receipt's rating for the receiving and the returning officer, once when they are one", async () => {
    const outcome = await figuresAs("admin");
    if (!outcome.ok) throw new Error("refused");
    const byCode = new Map(outcome.value.officers.map((o) => [o.code, o]));
    expect([...byCode.keys()]).toEqual(["CB-01", "CB-02", "CB-03"]);
    expect(byCode.get("CB-01")).toMatchObject({
      n: 5,
      satisfied: 4,
      unsatisfied: 1,
      satisfiedRate: 80,
      enoughRatings: true,
      received: 5,
      returned: 1,
      timed: 1,
      onTime: 0,
      onTimeRate: 0,
    });
    // D7's flagged answer is left out: four counted ratings, below the minimum n of 5.
    expect(byCode.get("CB-02")).toMatchObject({
      n: 4,
      satisfied: 3,
      unsatisfied: 1,
      satisfiedRate: 75,
      enoughRatings: false,
      received: 1,
      returned: 4,
      onTimeRate: 100,
    });
    expect(shownSatisfiedRate(byCode.get("CB-01") ?? { satisfiedRate: null, enoughRatings: false })).toBe(80);
    expect(shownSatisfiedRate(byCode.get("CB-02") ?? { satisfiedRate: 1, enoughRatings: true })).toBeNull();
    expect(byCode.get("CB-03")).toMatchObject({ n: 0, received: 1, returned: 0, satisfiedRate: null });
    expect(outcome.value.minN).toBe(5);
  });

  it("lists the codes seen on dossiers that have no officer row yet", async () => {
    const { listUnmappedCodes } = await import("./officer-queries");
    expect(await listUnmappedCodes(unitId)).toEqual([
      { code: "CB-01", dossiers: 6 },
      { code: "CB-02", dossiers: 5 },
      { code: "CB-03", dossiers: 1 },
    ]);
  });
});

describe("officers and who sees them", () => {
  it("links a code only to an account with a role in the unit's subtree", async () => {
    const outside = await api.saveOfficer(actors.admin, {
      unitId,
      code: "CB-02",
      name: "Nguyễn Thị Hoa",
      userId: ids.outsider,
    });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(Object.keys(outside.refusal.fieldErrors ?? {})).toEqual(["userId"]);
    expect(
      await api.saveOfficer(actors.foreignAdmin, { unitId, code: "CB-02", name: "X", userId: null }),
    ).toMatchObject({ ok: false });
    const saved = await api.saveOfficer(actors.admin, {
      unitId,
      code: "CB-02",
      name: "Nguyễn Thị Hoa",
      userId: ids.officer,
    });
    expect(saved).toEqual({ ok: true, value: { changed: true } });
    const audits = await testDb.count("audit_log");
    const again = await api.saveOfficer(actors.admin, {
      unitId,
      code: "CB-02",
      name: "Nguyễn Thị Hoa",
      userId: ids.officer,
    });
    expect(again).toEqual({ ok: true, value: { changed: false } });
    expect(await testDb.count("audit_log")).toBe(audits);
    const { listUnmappedCodes } = await import("./officer-queries");
    expect((await listUnmappedCodes(unitId)).map((c) => c.code)).toEqual(["CB-01", "CB-03"]);
  });

  it("shows the administrator every officer, with the name", async () => {
    const outcome = await figuresAs("admin");
    if (!outcome.ok) throw new Error("refused");
    expect(outcome.value.scope).toBe("all");
    expect(outcome.value.officers.map((o) => [o.code, o.name])).toEqual([
      ["CB-01", null],
      ["CB-02", "Nguyễn Thị Hoa"],
      ["CB-03", null],
    ]);
  });

  it("shows a viewer who is the officer only their own figures", async () => {
    const outcome = await figuresAs("officer");
    if (!outcome.ok) throw new Error("refused");
    expect(outcome.value.scope).toBe("own");
    expect(outcome.value.officers.map((o) => o.code)).toEqual(["CB-02"]);
    const own = await api.ownOfficerFigures(actors.officer, range);
    expect(own.map((u) => [u.unitId, u.officers.map((o) => o.code)])).toEqual([[unitId, ["CB-02"]]]);
    expect(await api.ownOfficerFigures(actors.viewer, range)).toEqual([]);
  });

  it("refuses the unit's other viewers, another unit's administrator and the officer elsewhere", async () => {
    expect((await figuresAs("viewer")).ok).toBe(false);
    expect((await figuresAs("foreignAdmin")).ok).toBe(false);
    expect((await figuresAs("outsider")).ok).toBe(false);
    expect((await figuresAs("officer", otherUnitId)).ok).toBe(false);
    expect(await api.officerAdministration(actors.officer, unitId)).toBeUndefined();
    expect(await api.officerAdministration(actors.foreignAdmin, unitId)).toBeUndefined();
  });

  it("shows nothing per officer, to anyone, once the unit turns it off again", async () => {
    expect(await api.setOfficerEvaluation(actors.admin, { unitId, enabled: false })).toMatchObject({
      ok: true,
    });
    expect(await figuresAs("admin")).toMatchObject({ ok: true, value: { enabled: false, officers: [] } });
    expect(await figuresAs("officer")).toMatchObject({ ok: true, value: { enabled: false, officers: [] } });
    const own = await api.ownOfficerFigures(actors.officer, range);
    expect(own).toMatchObject([{ unitId, enabled: false, officers: [] }]);
  });
});

describe("unlinking", () => {
  it("takes the officer's figures away from the account", async () => {
    await api.setOfficerEvaluation(actors.admin, { unitId, enabled: true });
    expect((await figuresAs("officer")).ok).toBe(true);
    const unlinked = await api.saveOfficer(actors.admin, {
      unitId,
      code: "CB-02",
      name: "Nguyễn Thị Hoa",
      userId: null,
    });
    expect(unlinked).toEqual({ ok: true, value: { changed: true } });
    expect((await figuresAs("officer")).ok).toBe(false);
    expect(await api.ownOfficerFigures(actors.officer, range)).toEqual([]);
  });
});
