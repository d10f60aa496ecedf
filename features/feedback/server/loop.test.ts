import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/features/access/permissions";
import { SmtpSink } from "@/test/smtp-sink";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// The loop closed, against a real database, a real SMTP server and a text-message webhook on loopback:
// a citizen's follow-up gets a reference, a working-day due date and a private status page; the unit's
// reply is delivered once by e-mail and by text through the outbox, also when the mail server was down
// and with two instances sending; the reply shows on the status page and nothing else of the citizen's.

const sink = new SmtpSink();
const mails = sink.mails;
const texts: Array<{ body: Record<string, unknown>; headers: Record<string, unknown> }> = [];
let webhook: Server;
let testDb: TestDatabase;
let manager: Actor;
let outsider: Actor;
let unitId = 0;

beforeAll(async () => {
  const smtpPort = await sink.start();
  webhook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      texts.push({ body: JSON.parse(Buffer.concat(chunks).toString("utf8")), headers: req.headers });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.MAIL_FROM = "Phường Thử <hailong@phuong-thu.test>";
  process.env.SMS_WEBHOOK_URL = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/sms`;
  process.env.SMS_WEBHOOK_TOKEN = "webhook-token-0123456789";
  process.env.PUBLIC_BASE_URL = "https://hailong.example.vn";
  testDb = await openTestDatabase();
  const { seedSurveyFixture } = await import("@/test/survey-fixture");
  const fixture = await seedSurveyFixture(testDb.db);
  unitId = fixture.unitId;
  const addUser = async (id: string, email: string, unit: number) => {
    await testDb.client.execute({
      sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
      args: [id, email, email],
    });
    await testDb.client.execute({
      sql: "INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, ?, 'unit_admin')",
      args: [id, unit],
    });
  };
  await addUser("u-manager", "quanly@phuong-thu.test", fixture.unitId);
  await addUser("u-outsider", "quanly@xa-khac.test", fixture.otherUnitId);
  const { loadActor } = await import("@/features/access/server/load-actor");
  const load = async (userId: string, email: string) => {
    const actor = await loadActor({ userId, name: email, email });
    if (!actor) throw new Error(`no roles for ${email}`);
    return actor;
  };
  manager = await load("u-manager", "quanly@phuong-thu.test");
  outsider = await load("u-outsider", "quanly@xa-khac.test");
}, 60_000);

afterAll(async () => {
  await sink.stop();
  await new Promise<void>((resolve) => webhook.close(() => resolve()));
  await testDb?.close();
});

let keys = 0;
/** A dissatisfied quick answer and its follow-up, as the thank-you page sends it. */
async function followUp(contact: { name: string | null; phone: string | null; email: string | null } | null) {
  const { submitResponse } = await import("@/features/survey/server/submit");
  const { fixtureLinks } = await import("@/test/survey-fixture");
  keys += 1;
  const response = await submitResponse({
    link: fixtureLinks.unit,
    instrumentKey: "quick",
    answers: { quick: 1 },
    idempotencyKey: `loop-test-${keys}-abcdefgh`,
    channel: "poster",
    device: { id: `device-${keys}`, known: true },
  });
  const { addQuickFollowUp } = await import("@/features/survey/server/response-queries");
  const saved = await addQuickFollowUp(response.id, {
    reasons: ["III"],
    comment: `Hẹn trả kết quả nhưng chưa có (${keys})`,
    contact,
    lang: "vi",
  });
  if (!saved?.feedback) throw new Error("no feedback item");
  return saved.feedback;
}

async function deliver(owner = "instance-a") {
  const { deliverDueMessages } = await import("@/features/messaging/server/delivery");
  return deliverDueMessages(new Date(Date.now() + 10 * 60_000), owner);
}

describe("closing the loop", () => {
  it("gives the citizen a reference, a due date in working days and a private status page", async () => {
    const receipt = await followUp({ name: "Trần Thị B", phone: "0912 345 678", email: "b@example.vn" });
    expect(receipt.reference).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const { dueAtFor, workingCalendar } = await import("../working-days");
    const { publicHolidaysAround } = await import("../holidays");
    const now = new Date();
    const expected = dueAtFor(
      now,
      10,
      workingCalendar({ holidays: publicHolidaysAround(now.getUTCFullYear()) }),
    );
    expect(receipt.dueAt.toISOString()).toBe(expected.toISOString());
    const stored = await testDb.client.execute({
      sql: "SELECT tracking_token_hash, reference FROM feedback WHERE id = ?",
      args: [receipt.id],
    });
    // Only the token's hash is stored.
    expect(String(stored.rows[0]?.tracking_token_hash)).not.toContain(receipt.trackingToken);
    const { trackedFeedback } = await import("./tracking");
    const page = await trackedFeedback(receipt.trackingToken);
    expect(page).toMatchObject({
      reference: receipt.reference,
      unitName: "Phường Thử",
      step: "received",
      reply: null,
    });
    // Nothing of the citizen's contact details is read for the status page.
    expect(JSON.stringify(page)).not.toMatch(/0912|b@example|Trần Thị B|Hẹn trả/);
    // Another last character (whatever the token ends with): not the same token.
    const last = receipt.trackingToken.slice(-1);
    expect(
      await trackedFeedback(`${receipt.trackingToken.slice(0, -1)}${last === "A" ? "B" : "A"}`),
    ).toBeUndefined();
    expect(await trackedFeedback("not-a-token")).toBeUndefined();
  });

  it("sends the reply once by e-mail and by text, with the status link; the status page shows it", async () => {
    const receipt = await followUp({ name: "Lê Văn C", phone: "0987654321", email: "c@example.vn" });
    const { replyFeedback } = await import("./handling");
    const refused = await replyFeedback(outsider, { id: receipt.id, reply: "Không phải đơn vị của tôi" });
    expect(refused.ok).toBe(false);
    mails.length = 0;
    texts.length = 0;
    const reply = "Hồ sơ của Ông đã có kết quả, mời Ông đến nhận tại quầy số 2 từ ngày 10/12/2026.";
    expect((await replyFeedback(manager, { id: receipt.id, reply })).ok).toBe(true);
    const audit = await testDb.client.execute({
      sql: "SELECT details FROM audit_log WHERE action = 'feedback.reply' AND entity_id = ?",
      args: [String(receipt.id)],
    });
    expect(JSON.parse(String(audit.rows[0]?.details))).toMatchObject({ deliveries: 2 });

    const round = await deliver();
    expect(round).toMatchObject({ sent: 2, retried: 0, failed: 0 });
    const toCitizen = mails.filter((m) => m.to === "c@example.vn");
    expect(toCitizen).toHaveLength(1);
    const mail = toCitizen[0];
    if (!mail) throw new Error("no mail");
    const text = mail.text;
    expect(text).toContain(reply);
    expect(text).toContain(`https://hailong.example.vn/vi/theo-doi/${receipt.trackingToken}`);
    expect(mail.raw).toMatch(/^From: .*hailong@phuong-thu\.test/m);
    expect(texts).toHaveLength(1);
    expect(texts[0]?.body).toMatchObject({ to: "0987654321", kind: "reply" });
    expect(String(texts[0]?.body.text)).toContain(
      `https://hailong.example.vn/vi/theo-doi/${receipt.trackingToken}`,
    );
    expect(texts[0]?.headers.authorization).toBe("Bearer webhook-token-0123456789");
    expect(String(texts[0]?.headers["x-hailong-signature"])).toMatch(/^sha256=[0-9a-f]{64}$/);

    // Sent is sent: later rounds send nothing more.
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(mails.filter((m) => m.to === "c@example.vn")).toHaveLength(1);
    const { trackedFeedback } = await import("./tracking");
    expect(await trackedFeedback(receipt.trackingToken)).toMatchObject({ step: "answered", reply });
  });

  it("keeps the reply while the mail server is down and delivers it once it is back", async () => {
    const receipt = await followUp({ name: null, phone: null, email: "d@example.vn" });
    await sink.stop();
    const { replyFeedback } = await import("./handling");
    expect((await replyFeedback(manager, { id: receipt.id, reply: "Đã xử lý." })).ok).toBe(true);
    const { deliverDueMessages } = await import("@/features/messaging/server/delivery");
    expect(await deliverDueMessages(new Date(), "instance-a")).toMatchObject({ sent: 0, retried: 1 });
    const pending = await testDb.client.execute({
      sql: "SELECT status, attempts, next_attempt_at > ? AS later FROM outbox WHERE feedback_id = ?",
      args: [Date.now(), receipt.id],
    });
    expect(pending.rows.map((r) => ({ ...r }))).toEqual([{ status: "pending", attempts: 1, later: 1 }]);
    // Not due yet: nothing is tried again before the backoff.
    expect(await deliverDueMessages(new Date(), "instance-a")).toMatchObject({ sent: 0, retried: 0 });
    await sink.start();
    mails.length = 0;
    expect(await deliver()).toMatchObject({ sent: 1 });
    expect(mails.filter((m) => m.to === "d@example.vn")).toHaveLength(1);
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(mails.filter((m) => m.to === "d@example.vn")).toHaveLength(1);
  });

  it("with two instances sending at once, delivers a reply once", async () => {
    const receipt = await followUp({ name: null, phone: null, email: "e@example.vn" });
    const { replyFeedback } = await import("./handling");
    expect((await replyFeedback(manager, { id: receipt.id, reply: "Cảm ơn Ông/Bà." })).ok).toBe(true);
    mails.length = 0;
    const [a, b] = await Promise.all([deliver("instance-a"), deliver("instance-b")]);
    // The lease holder (a, from the rounds above) sends; b does not hold the lease.
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(1);
    expect(b).toBeNull();
    expect(mails.filter((m) => m.to === "e@example.vn")).toHaveLength(1);
  });

  it("without contact details the reply is for the status page only: nothing queued", async () => {
    const receipt = await followUp(null);
    const { replyFeedback } = await import("./handling");
    expect((await replyFeedback(manager, { id: receipt.id, reply: "Đã tiếp thu." })).ok).toBe(true);
    const queued = await testDb.client.execute({
      sql: "SELECT count(*) AS n FROM outbox WHERE feedback_id = ?",
      args: [receipt.id],
    });
    expect(Number(queued.rows[0]?.n)).toBe(0);
    const { trackedFeedback } = await import("./tracking");
    expect(await trackedFeedback(receipt.trackingToken)).toMatchObject({
      step: "answered",
      reply: "Đã tiếp thu.",
    });
  });
});

describe("managers are told", () => {
  it("of new feedback at once, if they chose to, and only within their subtree, in their language", async () => {
    const { savePreferences } = await import("@/features/notifications/server/preferences");
    const prefs = { newFeedback: true, dailyDigest: false, dropAlert: false, dropPoints: 10 };
    expect((await savePreferences(manager, { ...prefs, lang: "en" })).ok).toBe(true);
    expect((await savePreferences(outsider, { ...prefs, lang: "vi" })).ok).toBe(true);
    const receipt = await followUp(null);
    const rows = await testDb.client.execute({
      sql: "SELECT recipient, subject, body FROM outbox WHERE kind = 'new_feedback' AND feedback_id = ?",
      args: [receipt.id],
    });
    expect(rows.rows.map((r) => r.recipient)).toEqual(["quanly@phuong-thu.test"]);
    expect(String(rows.rows[0]?.subject)).toMatch(/^New feedback [2-9A-Z]{4}-[2-9A-Z]{4} — Phường Thử$/);
    expect(String(rows.rows[0]?.body)).toContain(`https://hailong.example.vn/quan-ly/phan-anh/${receipt.id}`);
  });

  it("by a daily digest and drop alerts, once a day, to the right people", async () => {
    const { savePreferences } = await import("@/features/notifications/server/preferences");
    const prefs = { newFeedback: false, dailyDigest: true, dropAlert: true, dropPoints: 10 };
    expect((await savePreferences(manager, { ...prefs, lang: "vi" })).ok).toBe(true);
    expect((await savePreferences(outsider, { ...prefs, lang: "vi" })).ok).toBe(true);
    // Four weeks at 90 % satisfied, then a week at 50 %: 40 answers on each side.
    const { localDay, addDays } = await import("@/lib/time");
    const now = new Date();
    const today = localDay(now);
    const add = async (day: string, value: number, count: number) =>
      testDb.client.execute({
        sql: `INSERT INTO daily_answer_counts (day, unit_id, instrument_id, item_key, value, channel, flagged, count)
              VALUES (?, ?, (SELECT id FROM instruments WHERE key = 'quick' ORDER BY id LIMIT 1), 'quick', ?, 'poster', 0, ?)
              ON CONFLICT DO UPDATE SET count = count + excluded.count`,
        args: [day, unitId, value, count],
      });
    await add(addDays(today, -20), 3, 36);
    await add(addDays(today, -20), 1, 4);
    await add(addDays(today, -2), 3, 20);
    await add(addDays(today, -2), 1, 20);
    const { writeDailyNotices } = await import("@/features/notifications/server/daily");
    const first = await writeDailyNotices(now);
    expect(first).toEqual({ digests: 1, alerts: 1 });
    expect(await writeDailyNotices(now)).toEqual({ digests: 0, alerts: 0 });
    const rows = await testDb.client.execute(
      "SELECT kind, recipient, subject, body FROM outbox WHERE kind IN ('digest', 'drop_alert') ORDER BY kind",
    );
    expect(rows.rows.map((r) => [r.kind, r.recipient])).toEqual([
      ["digest", "quanly@phuong-thu.test"],
      ["drop_alert", "quanly@phuong-thu.test"],
    ]);
    // 90 % over the four weeks before; this week 50 % at most (the dissatisfied answers above count too).
    const points = Number(
      /^Cảnh báo: tỷ lệ hài lòng của Phường Thử giảm (\d+) điểm$/.exec(String(rows.rows[1]?.subject))?.[1],
    );
    expect(points).toBeGreaterThanOrEqual(40);
    expect(String(rows.rows[0]?.body)).toContain(
      "https://hailong.example.vn/quan-ly/phan-anh?trang-thai=open",
    );
  });
});
