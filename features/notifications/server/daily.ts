import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notificationPreferences, settings, user } from "@/db/schema";
import { loadActor } from "@/features/access/server/load-actor";
import { feedbackCalendar } from "@/features/feedback/server/calendar";
import { digestFeedbackCounts } from "@/features/feedback/server/queries";
import { addWorkingDays, endOfLocalDay } from "@/features/feedback/working-days";
import { satisfiedCount } from "@/features/index/satisfaction-index";
import { wakeDelivery } from "@/features/messaging/server/delivery";
import { enqueueMessages, type NewMessage } from "@/features/messaging/server/outbox";
import { countPendingBursts } from "@/features/survey/server/burst-queries";
import { countAnswersByUnit } from "@/features/survey/server/response-queries";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { asLang, type Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { publicUrl } from "@/lib/env";
import { addDays, formatDate, localDay } from "@/lib/time";
import { DROP_MIN_ANSWERS, DUE_SOON_WORKING_DAYS, dropWorthAlert, NOTICE_HOUR } from "../notifications";

/**
 * The day's notices to staff: each user's digest and their drop alerts, written to the outbox with a key
 * per user and day (per unit for alerts), so a second run — on this instance or another — adds nothing.
 */
export async function writeDailyNotices(now = new Date()): Promise<{ digests: number; alerts: number }> {
  const day = localDay(now);
  const rows = await getDb()
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      dailyDigest: notificationPreferences.dailyDigest,
      dropAlert: notificationPreferences.dropAlert,
      dropPoints: notificationPreferences.dropPoints,
      lang: notificationPreferences.lang,
    })
    .from(notificationPreferences)
    .innerJoin(user, eq(user.id, notificationPreferences.userId))
    .where(sql`${notificationPreferences.dailyDigest} = 1 OR ${notificationPreferences.dropAlert} = 1`);
  const { calendar } = await feedbackCalendar(now);
  const dueBy = endOfLocalDay(addWorkingDays(day, DUE_SOON_WORKING_DAYS, calendar));
  const settingsLink = publicUrl("/quan-ly/tai-khoan");
  let digests = 0;
  let alerts = 0;
  for (const row of rows) {
    const actor = await loadActor({ userId: row.userId, name: row.name, email: row.email });
    if (!actor) continue;
    const unitIds = [...actor.scopeUnitIds];
    const lang = asLang(row.lang);
    const messages: NewMessage[] = [];
    if (row.dailyDigest) {
      const digest = await digestFor(unitIds, { now, day, dueBy, lang, settingsLink });
      if (digest)
        messages.push({
          ...digest,
          recipient: row.email,
          userId: row.userId,
          dedupeKey: `digest:${row.userId}:${day}`,
        });
    }
    if (row.dropAlert) {
      for (const alert of await dropAlertsFor(unitIds, {
        day,
        lang,
        threshold: row.dropPoints,
        settingsLink,
      })) {
        messages.push({
          ...alert.message,
          recipient: row.email,
          userId: row.userId,
          dedupeKey: `drop:${row.userId}:${alert.unitId}:${day}`,
        });
      }
    }
    for (const m of messages) {
      if ((await enqueueMessages(getDb(), [m], now)) === 0) continue;
      if (m.kind === "digest") digests++;
      else alerts++;
    }
  }
  return { digests, alerts };
}

type Draft = Omit<NewMessage, "recipient" | "userId" | "dedupeKey">;

async function digestFor(
  unitIds: number[],
  c: { now: Date; day: string; dueBy: Date; lang: Lang; settingsLink: string },
): Promise<Draft | null> {
  const since = new Date(c.now.getTime() - 24 * 60 * 60 * 1000);
  const [counts, held] = await Promise.all([
    digestFeedbackCounts(unitIds, since, c.dueBy, c.now),
    countPendingBursts(unitIds),
  ]);
  // Nothing new, nothing due, nothing held: no mail.
  if (counts.received + counts.dueSoon + counts.overdue + held === 0) return null;
  const t = translator(c.lang);
  const date = formatDate(c.day, c.lang);
  const lines = [
    t("feedback.notices.digest.intro", { date }),
    "",
    `• ${t("feedback.notices.digest.newCount", { count: counts.received })}`,
    `• ${t("feedback.notices.digest.dueSoonCount", { count: counts.dueSoon, days: DUE_SOON_WORKING_DAYS })}`,
    `• ${t("feedback.notices.digest.overdueCount", { count: counts.overdue })}`,
    `• ${t("feedback.notices.digest.heldCount", { count: held })}`,
    "",
    t("feedback.notices.digest.inbox", { link: publicUrl("/quan-ly/phan-anh?trang-thai=open") }),
    ...(held > 0 ? [t("feedback.notices.digest.held", { link: publicUrl("/quan-ly/phieu-gan-co") })] : []),
    "",
    t("feedback.notices.digest.footer", { link: c.settingsLink }),
  ];
  return {
    kind: "digest",
    channel: "email",
    subject: t("feedback.notices.digest.subject", { date }),
    body: lines.join("\n"),
  };
}

/** Units of the scope whose last 7 days fell more than `threshold` points below the 28 days before. */
async function dropAlertsFor(
  unitIds: number[],
  c: { day: string; lang: Lang; threshold: number; settingsLink: string },
): Promise<Array<{ unitId: number; message: Draft }>> {
  const recentFrom = addDays(c.day, -6);
  const beforeFrom = addDays(c.day, -34);
  const beforeTo = addDays(c.day, -7);
  const [recent, before] = await Promise.all([
    countAnswersByUnit(unitIds, "quick", recentFrom, c.day),
    countAnswersByUnit(unitIds, "quick", beforeFrom, beforeTo),
  ]);
  const tally = (rows: typeof recent) => {
    const byUnit = new Map<number, number[]>();
    for (const r of rows) {
      const dist = byUnit.get(r.unitId) ?? [0, 0, 0];
      if (r.value >= 1 && r.value <= 3) dist[r.value - 1] = (dist[r.value - 1] ?? 0) + r.count;
      byUnit.set(r.unitId, dist);
    }
    return byUnit;
  };
  const recentBy = tally(recent);
  const beforeBy = tally(before);
  const dropping: Array<{ unitId: number; drop: number; recent: number[]; before: number[] }> = [];
  for (const [unitId, r] of recentBy) {
    const b = beforeBy.get(unitId);
    if (!b) continue;
    const total = (d: number[]) => d.reduce((s, n) => s + n, 0);
    const drop = dropWorthAlert(
      {
        recent: { satisfied: satisfiedCount(r), total: total(r) },
        before: { satisfied: satisfiedCount(b), total: total(b) },
      },
      c.threshold,
      DROP_MIN_ANSWERS,
    );
    if (drop !== null) dropping.push({ unitId, drop, recent: r, before: b });
  }
  if (dropping.length === 0) return [];
  const names = new Map((await listUnitsByIds(dropping.map((d) => d.unitId))).map((u) => [u.id, u.name]));
  const t = translator(c.lang);
  const percent = new Intl.NumberFormat(c.lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  return dropping.map(({ unitId, drop, recent: r, before: b }) => {
    const total = (d: number[]) => d.reduce((s, n) => s + n, 0);
    const values = {
      unit: names.get(unitId) ?? String(unitId),
      points: Math.round(drop),
      recent: percent.format((100 * satisfiedCount(r)) / total(r)),
      recentN: total(r),
      before: percent.format((100 * satisfiedCount(b)) / total(b)),
      beforeN: total(b),
      link: publicUrl(`/quan-ly/chi-so/${unitId}`),
      settings: c.settingsLink,
    };
    return {
      unitId,
      message: {
        kind: "drop_alert",
        channel: "email",
        subject: t("feedback.notices.drop.subject", values),
        body: t("feedback.notices.drop.body", values),
      },
    };
  });
}

const LAST_DAY_KEY = "notifications.lastDay";

/** Claims the day's notices for this instance: once per local day, from NOTICE_HOUR on, by one instance. */
export async function claimDailyNotices(now: Date): Promise<boolean> {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Asia/Ho_Chi_Minh",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(now),
  );
  if (hour < NOTICE_HOUR) return false;
  const day = localDay(now);
  const claimed = await getDb()
    .insert(settings)
    .values({ key: LAST_DAY_KEY, value: { day }, updatedAt: now })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: { day }, updatedAt: now },
      setWhere: sql`coalesce(json_extract(${settings.value}, '$.day'), '') < ${day}`,
    })
    .returning({ key: settings.key });
  return claimed.length > 0;
}

/** Checks every 10 minutes whether the day's notices are due, writes them once, wakes the sender. */
export function scheduleDailyNotices(log: (message: string, fields: object) => void): () => void {
  const tick = async () => {
    try {
      const now = new Date();
      if (!(await claimDailyNotices(now))) return;
      const written = await writeDailyNotices(now);
      log("daily notices", written);
      wakeDelivery();
    } catch (error) {
      log("daily notices failed", { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const first = setTimeout(tick, 15_000);
  const every = setInterval(tick, 10 * 60 * 1000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
