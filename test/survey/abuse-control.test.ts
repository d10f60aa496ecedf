import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/features/access/permissions";
import { DEFAULT_SURGE_SETTINGS } from "@/features/survey/surge";
import { DEFAULT_VELOCITY_LIMITS } from "@/features/survey/velocity";
import { trustClientAddressHeader } from "@/lib/client-identity";
import { localDay } from "@/lib/time";
import { jsonRequest, newIdempotencyKey, type RouteHandler } from "@/test/submission-kit";
import { fixtureLinks, type SurveyFixture, seedSurveyFixture } from "@/test/survey-fixture";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Ballot stuffing against a real database, through the route handler (real time) or the use case (a
// chosen time): what is counted, what is flagged or held, and that every figure stays a recount of raw rows.

const ADDRESS_HEADER = "x-hailong-client-address";
const MANAGER = "manager-of-the-unit";
/** An administrator of one unit, as the use cases take them. */
function administratorOf(userId: string, unitId: number): Actor {
  return {
    userId,
    name: userId,
    email: `${userId}@thu.vn`,
    roles: [{ unitId, role: "unit_admin", atRoot: false }],
    scopeUnitIds: new Set([unitId]),
    rootUnitIds: [unitId],
    editableUnitIds: new Set([unitId]),
    catalogEditor: false,
  };
}

let testDb: TestDatabase;
let fixture: SurveyFixture;
let POST: RouteHandler;
let submitResponse: typeof import("@/features/survey/server/submit").submitResponse;
let bursts: typeof import("@/features/survey/server/burst-queries");
let putSetting: typeof import("@/features/settings/server/settings").putSetting;

beforeAll(async () => {
  testDb = await openTestDatabase();
  fixture = await seedSurveyFixture(testDb.db);
  trustClientAddressHeader();
  ({ POST } = await import("@/app/api/v1/responses/route"));
  ({ submitResponse } = await import("@/features/survey/server/submit"));
  bursts = await import("@/features/survey/server/burst-queries");
  ({ putSetting } = await import("@/features/settings/server/settings"));
  const { user } = await import("@/db/schema");
  await testDb.db.insert(user).values({ id: MANAGER, name: "Quản lý thử", email: "quanly@thu.test" });
});

afterAll(async () => {
  trustClientAddressHeader(false);
  await testDb?.close();
});

beforeEach(async () => {
  // The shipped defaults, on a clean slate: no counters, no answers, no bursts.
  await putSetting("survey.velocity", DEFAULT_VELOCITY_LIMITS);
  await putSetting("survey.surge", DEFAULT_SURGE_SETTINGS);
  await testDb.client.executeMultiple(`
    DELETE FROM answers; DELETE FROM feedback; DELETE FROM responses; DELETE FROM bursts;
    DELETE FROM daily_answer_counts; DELETE FROM rate_counters;`);
  const { ensureRollups, rebuildRollups } = await import("@/features/index/server/rollups");
  await ensureRollups(testDb.db);
  await rebuildRollups(testDb.db);
});

interface Post {
  link?: string;
  value?: number;
  address?: string;
  cookie?: string;
  receipt?: string;
}

async function post({ link = fixtureLinks.unit, value = 1, address, cookie, receipt }: Post) {
  const headers: Record<string, string> = {};
  if (address) headers[ADDRESS_HEADER] = address;
  if (cookie) headers.cookie = cookie;
  const res = await POST(
    jsonRequest(
      { link, idempotencyKey: newIdempotencyKey(), instrument: "quick", answers: { quick: value }, receipt },
      headers,
    ),
  );
  expect(res.status).toBe(201);
  return { ...((await res.json()) as { id: number }), cookie: res.headers.get("set-cookie")?.split(";")[0] };
}

/** The unit's quick index from the maintained aggregates (what every dashboard reads). */
async function todaysFigures() {
  const rs = await testDb.client.execute({
    sql: `SELECT value, sum(count) AS n FROM daily_answer_counts
          WHERE unit_id = ? AND item_key = 'quick' AND flagged = 0 GROUP BY value`,
    args: [fixture.unitId],
  });
  const counts = new Map(rs.rows.map((r) => [Number(r.value), Number(r.n)]));
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  const satisfied = (counts.get(2) ?? 0) + (counts.get(3) ?? 0);
  return { n, index: n === 0 ? null : (100 * satisfied) / n };
}

async function flagsOf(ids: readonly number[]) {
  const rs = await testDb.client.execute(
    `SELECT id, flagged, flag_reason AS reason, burst_id AS burst FROM responses WHERE id IN (${ids.join(",")})`,
  );
  return rs.rows.map((r) => ({ flagged: Number(r.flagged) === 1, reason: r.reason, burst: r.burst }));
}

/** Every maintained figure equals a recount from the raw rows. */
async function expectFiguresEqualRecount() {
  const { diffDailyAnswerCounts, diffMonthlyAnswerCounts } = await import(
    "@/features/index/server/aggregates"
  );
  const { diffRollups } = await import("@/features/index/server/rollups");
  expect(await diffDailyAnswerCounts(testDb.db)).toEqual([]);
  expect(await diffMonthlyAnswerCounts(testDb.db)).toEqual([]);
  expect(await diffRollups(testDb.db)).toEqual([]);
}

/**
 * Genuine answers before the attack: over the last 80 minutes, 40 mostly satisfied citizens, each with the
 * phone that got its cookie on the survey page, and its own address.
 */
async function genuineMorning() {
  const now = Date.now();
  for (let i = 0; i < 40; i++) {
    const result = await submitResponse(
      {
        link: i % 2 ? fixtureLinks.unit : fixtureLinks.counter,
        instrumentKey: "quick",
        answers: { quick: i % 4 === 0 ? 1 : 3 },
        idempotencyKey: newIdempotencyKey(),
        channel: "poster",
        device: { id: `genuine-${i}`, known: true },
        clientAddress: `100.64.0.${i + 1}`,
      },
      new Date(now - (80 - i * 1.7) * 60_000),
    );
    expect(result.flagged).toBe(false);
  }
  return todaysFigures();
}

describe("limits that hold without cookies", () => {
  it("200 cookieless 'Không hài lòng' from one client: at most 10 counted; another client right after is counted", async () => {
    const before = await genuineMorning();
    const ids: number[] = [];
    for (let i = 0; i < 200; i++) ids.push((await post({ value: 1, address: "203.0.113.9" })).id);
    const flags = await flagsOf(ids);
    const counted = flags.filter((f) => !f.flagged).length;
    expect(counted).toBeLessThanOrEqual(10);
    const reasons = new Set(flags.filter((f) => f.flagged).map((f) => f.reason));
    expect([...reasons].sort()).toEqual(["velocity_anonymous", "velocity_client"]);
    // Not one answer was refused or lost: all 200 are stored.
    expect(await testDb.count("responses")).toBe(40 + 200);

    const other = await post({ value: 3, address: "198.51.100.20" });
    expect(await flagsOf([other.id])).toEqual([{ flagged: false, reason: null, burst: null }]);
    const after = await todaysFigures();
    expect(after.n).toBe(before.n + counted + 1);
    expect(Math.abs((after.index ?? 0) - (before.index ?? 0))).toBeLessThan(20);
    await expectFiguresEqualRecount();
  });

  it("a fresh cookie per answer buys no fresh budget: the client's own limit flags it", async () => {
    const { newDeviceCookie } = await import("@/features/survey/velocity");
    const { authSecret } = await import("@/lib/env");
    const ids: number[] = [];
    for (let i = 0; i < 80; i++) {
      const cookie = `hl_dev=${newDeviceCookie(authSecret()).value}`;
      ids.push(
        (
          await post({
            value: 1,
            address: "203.0.113.10",
            link: i % 2 ? fixtureLinks.unit : fixtureLinks.counter,
            cookie,
          })
        ).id,
      );
    }
    const flags = await flagsOf(ids);
    expect(flags.filter((f) => !f.flagged).length).toBe(DEFAULT_VELOCITY_LIMITS.client[0]?.max);
    expect(flags.filter((f) => f.flagged).every((f) => f.reason === "velocity_client")).toBe(true);
  });

  it("a phone keeps its cookie: its sixth answer in an hour is flagged, a replay never counts, another phone is not affected", async () => {
    const { authSecret } = await import("@/lib/env");
    const { newDeviceCookie } = await import("@/features/survey/velocity");
    // The cookie the survey page gave the phone (proxy.ts).
    const cookie = `hl_dev=${newDeviceCookie(authSecret()).value}`;
    const ids: number[] = [];
    const keys: string[] = [];
    for (let i = 0; i < 6; i++) {
      const key = newIdempotencyKey();
      keys.push(key);
      const res = await POST(
        jsonRequest(
          { link: fixtureLinks.unit, idempotencyKey: key, instrument: "quick", answers: { quick: 3 } },
          { [ADDRESS_HEADER]: "100.64.1.1", cookie },
        ),
      );
      ids.push(((await res.json()) as { id: number }).id);
      if (i === 1) {
        // A double tap: the same answer again is the stored one, and counts for nothing.
        const replay = await POST(
          jsonRequest(
            { link: fixtureLinks.unit, idempotencyKey: key, instrument: "quick", answers: { quick: 3 } },
            { [ADDRESS_HEADER]: "100.64.1.1", cookie },
          ),
        );
        expect(replay.status).toBe(200);
      }
    }
    expect((await flagsOf(ids)).map((f) => f.reason)).toEqual([
      null,
      null,
      null,
      null,
      null,
      "velocity_device",
    ]);
    const other = await post({
      value: 3,
      address: "100.64.1.1",
      cookie: `hl_dev=${newDeviceCookie(authSecret()).value}`,
    });
    expect((await flagsOf([other.id]))[0]?.flagged).toBe(false);
  });
});

describe("surges held for review as a whole", () => {
  it("600 answers from 300 addresses on one link in two minutes: held, index unmoved; confirmed, they count exactly", async () => {
    const before = await genuineMorning();
    const ids: number[] = [];
    for (let i = 0; i < 600; i++) {
      const address = `198.18.${Math.floor(i / 2 / 250)}.${(Math.floor(i / 2) % 250) + 1}`;
      ids.push((await post({ value: 1, address })).id);
    }
    const flags = await flagsOf(ids);
    const held = flags.filter((f) => f.reason === "surge");
    expect(held.length / ids.length).toBeGreaterThanOrEqual(0.95);
    // The whole burst, from its first answer: nothing of it counted.
    expect(held.length).toBe(600);
    expect(new Set(held.map((f) => f.burst)).size).toBe(1);
    const after = await todaysFigures();
    expect(after.n).toBe(before.n);
    expect(Math.abs((after.index ?? 0) - (before.index ?? 0))).toBeLessThanOrEqual(5);
    await expectFiguresEqualRecount();
    expect(
      await bursts.countAbnormalAnswers([fixture.unitId], localDay(new Date()), localDay(new Date())),
    ).toEqual({
      held: 600,
      flagged: 0,
    });

    // A citizen answering once the burst has died down is counted (held answers push no rate).
    const burstId = Number(held[0]?.burst);
    await testDb.client.execute({ sql: "UPDATE bursts SET open_until = 0 WHERE id = ?", args: [burstId] });
    const later = await post({ value: 3, address: "100.64.9.9" });
    expect((await flagsOf([later.id]))[0]).toEqual({ flagged: false, reason: null, burst: null });

    const review = await bursts.getBurstReview(burstId, [fixture.unitId], 28);
    // Scripts posting straight to the API: no device cookie, so no device — and the review says so.
    expect(review).toMatchObject({
      held: 600,
      status: "pending",
      shortLinkCode: fixtureLinks.unit,
      devices: 0,
      withoutDevice: 600,
    });
    expect(await bursts.countPendingBursts([fixture.unitId])).toBe(1);
    expect(await bursts.countPendingBursts([fixture.otherUnitId])).toBe(0);
    expect(review?.distribution.find((d) => d.value === 1)?.burst).toBe(600);
    expect(await bursts.getBurstReview(burstId, [fixture.otherUnitId], 28)).toBeUndefined();

    const { decideBurst } = await import("@/features/survey/server/burst-review");
    expect(
      await decideBurst(administratorOf("nobody", fixture.otherUnitId), {
        id: burstId,
        decision: "confirmed",
      }),
    ).toMatchObject({ ok: false, refusal: { reason: "forbidden" } });
    expect(
      await decideBurst(administratorOf(MANAGER, fixture.unitId), { id: burstId, decision: "confirmed" }),
    ).toEqual({ ok: true, value: { changed: true } });
    const confirmed = await todaysFigures();
    expect(confirmed.n).toBe(before.n + 600 + 1);
    await expectFiguresEqualRecount();
    const audit = await testDb.client.execute(
      "SELECT action, entity_id FROM audit_log WHERE entity = 'burst'",
    );
    expect(audit.rows.map((r) => [r.action, r.entity_id])).toEqual([["burst.confirm", String(burstId)]]);

    // Rejected after all: out again, and every figure is still a recount.
    await decideBurst(administratorOf(MANAGER, fixture.unitId), { id: burstId, decision: "rejected" });
    expect((await todaysFigures()).n).toBe(before.n + 1);
    await expectFiguresEqualRecount();
  });

  it("the same attack sent 50 at a time: a burst opening inside a group-committed batch holds the batch's earlier answers too", async () => {
    const before = await genuineMorning();
    const ids: number[] = [];
    for (let wave = 0; wave < 12; wave++) {
      const sent = await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const n = wave * 50 + i;
          return post({
            value: 1,
            address: `198.18.${Math.floor(n / 2 / 250)}.${(Math.floor(n / 2) % 250) + 1}`,
          });
        }),
      );
      ids.push(...sent.map((r) => r.id));
    }
    const held = (await flagsOf(ids)).filter((f) => f.reason === "surge");
    expect(held.length).toBe(600);
    expect((await todaysFigures()).n).toBe(before.n);
    await expectFiguresEqualRecount();
  });

  it("holds a surge spread over a unit's links, while other units are untouched", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 90; i++) {
      ids.push(
        (
          await post({
            value: 1,
            address: `198.19.0.${i + 1}`,
            link: i % 2 ? fixtureLinks.unit : fixtureLinks.counter,
          })
        ).id,
      );
    }
    const flags = await flagsOf(ids);
    expect(flags.every((f) => f.reason === "surge")).toBe(true);
    const [burst] = (await testDb.client.execute("SELECT short_link_code, held FROM bursts")).rows;
    expect(burst?.short_link_code).toBeNull();
    expect(Number(burst?.held)).toBe(90);
    const elsewhere = await post({ value: 3, address: "198.19.1.1", link: fixtureLinks.otherUnit });
    expect((await flagsOf([elsewhere.id]))[0]?.flagged).toBe(false);
    await expectFiguresEqualRecount();
  });

  it("receipts obey the client and surge limits like any other answer", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 15; i++) {
      const receipt = await fixture.addDossier(fixture.unitId);
      ids.push((await post({ value: 1, address: "203.0.113.50", receipt })).id);
    }
    const flags = await flagsOf(ids);
    expect(flags.filter((f) => !f.flagged).length).toBe(DEFAULT_VELOCITY_LIMITS.anonymous[0]?.max);
    const channels = await testDb.client.execute(
      `SELECT DISTINCT channel FROM responses WHERE id IN (${ids.join(",")})`,
    );
    expect(channels.rows.map((r) => r.channel)).toEqual(["receipt"]);
  });
});

describe("normal traffic holds nothing", () => {
  it("a busy centre's peak day: 150 receipts answered in office hours, a morning rush, many behind one Wi-Fi", async () => {
    const day = "2026-11-16"; // a Monday
    const at = (hh: number, mm: number, ss = 0) =>
      new Date(
        `${day}T${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}+07:00`,
      );
    const times: Date[] = [];
    const spread = (count: number, fromMinute: number, toMinute: number) => {
      for (let i = 0; i < count; i++) {
        const seconds = Math.floor(fromMinute * 60 + (i * (toMinute - fromMinute) * 60) / count);
        times.push(at(Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60));
      }
    };
    spread(15, 7 * 60 + 30, 8 * 60); // doors open
    spread(40, 8 * 60, 8 * 60 + 8); // the morning rush: five a minute
    spread(25, 8 * 60 + 8, 9 * 60);
    spread(70, 9 * 60, 17 * 60);
    const wifi = "192.0.2.1";
    const ids: number[] = [];
    for (const [i, now] of times.entries()) {
      const receipt = await fixture.addDossier(fixture.unitId);
      const result = await submitResponse(
        {
          link: i % 3 === 0 ? fixtureLinks.counter : fixtureLinks.unit,
          instrumentKey: "quick",
          answers: { quick: 1 + (i % 3) },
          idempotencyKey: newIdempotencyKey(),
          channel: "web",
          receipt,
          // Two in three on the centre's Wi-Fi; each phone got its cookie when it opened the receipt page.
          device: { id: `phone-${i}`, known: true },
          clientAddress: i % 3 === 2 ? `100.70.${i}.1` : wifi,
        },
        now,
      );
      ids.push(result.id);
    }
    expect(ids.length).toBe(150);
    const flags = await flagsOf(ids);
    expect(flags.filter((f) => f.flagged)).toEqual([]);
    expect(await testDb.count("bursts")).toBe(0);
  });
});

describe("follow-up only for the answer this browser just gave", () => {
  const input = { reasons: ["III"], comment: "Chờ quá lâu", contact: null, lang: "vi" as const };

  async function tokenOf(res: Response) {
    const location = new URL(res.headers.get("location") ?? "", "http://localhost");
    return location.searchParams.get("t") ?? "";
  }

  async function formPost(value: string, address: string) {
    const { formRequest } = await import("@/test/submission-kit");
    const req = formRequest({
      link: fixtureLinks.unit,
      idempotencyKey: newIdempotencyKey(),
      value,
      lang: "vi",
    });
    req.headers.set(ADDRESS_HEADER, address);
    const res = await POST(req);
    expect(res.status).toBe(303);
    return tokenOf(res);
  }

  it("once, for an unflagged dissatisfied answer, with the token its thank-you page was given", async () => {
    const { submitFollowUp } = await import("@/features/survey/server/submit-follow-up");
    const dissatisfied = await formPost("1", "100.64.5.1");
    expect(await submitFollowUp(dissatisfied, input)).toBe("saved");
    expect(await submitFollowUp(dissatisfied, input)).toBe("not_allowed");
    expect(await testDb.count("feedback")).toBe(1);

    const satisfied = await formPost("3", "100.64.5.2");
    expect(await submitFollowUp(satisfied, input)).toBe("not_allowed");
    expect(await submitFollowUp(`${dissatisfied.slice(0, -2)}xx`, input)).toBe("expired");
    expect(await submitFollowUp("1.2.3", input)).toBe("expired");

    // A flagged answer (a script's, over its address's budget) gets no voice in the inbox.
    let flaggedToken = "";
    for (let i = 0; i < 12; i++) flaggedToken = await formPost("1", "203.0.113.77");
    expect(await submitFollowUp(flaggedToken, input)).toBe("not_allowed");
    expect(await testDb.count("feedback")).toBe(1);
  });
});
