import "server-only";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import type { Transaction as Tx } from "@/db/group-commit";
import { jsonList } from "@/db/json-list";
import { memoizeLookup } from "@/db/memo";
import { bursts, units } from "@/db/schema";
import type { AuditEntry } from "@/features/access/server/change";
import { type InstrumentDefinition, QUICK_ITEM_KEY } from "@/features/survey/instruments";
import {
  baselinePeriod,
  burstRun,
  detectSurge,
  joinGapMs,
  type SurgeBaseline,
  type SurgeSettings,
  type SurgeThresholds,
  surgeBaseline,
} from "@/features/survey/surge";
import type { BurstStatus } from "@/lib/constants";
import { uncount, type WindowCounter } from "./rate-counters";

export interface SurgeCheck {
  unitId: number;
  linkCode: string;
  nowMs: number;
  thresholds: SurgeThresholds;
}

const MINUTE = 60_000;
const linkKey = (code: string, minutes: number) => `surge:link:${code}:${minutes}`;
const unitKey = (unitId: number, minutes: number) => `surge:unit:${unitId}:${minutes}`;

/** The burst still open on the answer's link, else on its whole unit (a subquery for the answer's insert). */
export function openBurstOf(c: SurgeCheck): SQL {
  return sql`(SELECT id FROM bursts
    WHERE unit_id = ${c.unitId} AND status = 'pending' AND open_until >= ${c.nowMs}
      AND (short_link_code = ${c.linkCode} OR short_link_code IS NULL)
    ORDER BY short_link_code IS NULL, id DESC LIMIT 1)`;
}

/** The counters of the link's and the unit's counted answers, one per surge window. */
export function surgeCountersOf(c: SurgeCheck): WindowCounter[] {
  return [
    ...c.thresholds.link.map((t) => ({ key: linkKey(c.linkCode, t.minutes), windowMs: t.minutes * MINUTE })),
    ...c.thresholds.unit.map((t) => ({ key: unitKey(c.unitId, t.minutes), windowMs: t.minutes * MINUTE })),
  ];
}

/** An answer joins the open burst of its link or unit, which stays open for another join gap. */
export async function joinBurst(tx: Tx, burstId: number, nowMs: number): Promise<number> {
  const [burst] = await tx.all<{ windowMinutes: number; threshold: number }>(sql`
    UPDATE bursts SET held = held + 1, last_at = ${nowMs} WHERE id = ${burstId}
    RETURNING window_minutes AS windowMinutes, threshold`);
  if (burst) {
    const openUntil = nowMs + joinGapMs(Number(burst.windowMinutes), Number(burst.threshold));
    await tx.run(sql`UPDATE bursts SET open_until = ${openUntil} WHERE id = ${burstId}`);
  }
  return burstId;
}

/**
 * For a counted answer (its surge counters `counted` include it), in its own transaction: when it makes its
 * link or unit surge, opens a burst holding every counted answer of the run that ends with it. Returns the
 * burst, or null when the answer counts. `beforeHolding` runs first when a burst opens: the answers and
 * counts of earlier responses that their writer keeps for the end of the transaction must be written before
 * they are moved (features/survey/server/response-queries.ts).
 */
export async function openBurstIfSurging(
  tx: Tx,
  c: SurgeCheck & { responseId: number },
  counted: ReadonlyMap<string, number>,
  beforeHolding: () => Promise<void> = async () => {},
): Promise<number | null> {
  const countsOf = (thresholds: SurgeThresholds["link"], key: (minutes: number) => string) =>
    Object.fromEntries(thresholds.map((t) => [t.minutes, counted.get(key(t.minutes)) ?? 0]));
  const verdict = detectSurge(c.thresholds, {
    link: countsOf(c.thresholds.link, (m) => linkKey(c.linkCode, m)),
    unit: countsOf(c.thresholds.unit, (m) => unitKey(c.unitId, m)),
  });
  if (!verdict) return null;
  await beforeHolding();

  const onLink = verdict.scope === "link";
  const [burst] = await tx
    .insert(bursts)
    .values({
      unitId: c.unitId,
      shortLinkCode: onLink ? c.linkCode : null,
      windowMinutes: verdict.minutes,
      threshold: verdict.threshold,
      baseline: verdict.baseline,
      startedAt: new Date(c.nowMs),
      lastAt: new Date(c.nowMs),
      openUntil: c.nowMs + joinGapMs(verdict.minutes, verdict.threshold),
    })
    .returning({ id: bursts.id });
  if (!burst) throw new Error("burst not inserted");
  // The whole burst: the run of counted answers of the exceeded window that ends with this one (whose
  // answers are not written yet), each within the join gap of the next — not the quiet traffic before it,
  // nor answers a manager already confirmed as part of an earlier burst.
  const recent = await tx.all<{ id: number; at: number }>(sql`
    SELECT id, submitted_at AS at FROM responses
    WHERE unit_id = ${c.unitId} ${onLink ? sql`AND short_link_code = ${c.linkCode}` : sql``}
      AND flagged = 0 AND burst_id IS NULL AND submitted_at > ${c.nowMs - verdict.minutes * MINUTE}
    ORDER BY submitted_at DESC, id DESC`);
  const runIds = burstRun(
    recent.map((r) => ({ id: Number(r.id), at: Number(r.at) })),
    joinGapMs(verdict.minutes, verdict.threshold),
  ).map((r) => r.id);
  const held = await tx.all<{ link: string | null; at: number }>(sql`
    UPDATE responses SET flagged = 1, flag_reason = 'surge', burst_id = ${burst.id}
    WHERE id IN ${jsonList(runIds)}
    RETURNING short_link_code AS link, submitted_at AS at`);
  await moveBurstAggregates(tx, burst.id, { fromFlagged: false });
  const startedAt = Math.min(c.nowMs, ...held.map((h) => Number(h.at)));
  await tx.run(
    sql`UPDATE bursts SET held = ${held.length}, started_at = ${startedAt} WHERE id = ${burst.id}`,
  );
  await uncountHeld(tx, c, verdict.scope, verdict.minutes, held);
  return burst.id;
}

/**
 * Held answers are not counted answers: take them out of the surge counters, so that what arrives after
 * the burst is judged on counted answers alone.
 */
async function uncountHeld(
  tx: Tx,
  c: SurgeCheck,
  scope: "link" | "unit",
  minutes: number,
  held: ReadonlyArray<{ link: string | null }>,
) {
  const perLink = new Map<string, number>();
  for (const h of held) if (h.link) perLink.set(h.link, (perLink.get(h.link) ?? 0) + 1);
  for (const t of c.thresholds.unit) {
    // Shorter windows than the exceeded one lie wholly inside it: everything they counted is held.
    const all = scope === "unit" && t.minutes <= minutes;
    await uncount(tx, unitKey(c.unitId, t.minutes), all ? "all" : held.length);
  }
  for (const [link, n] of perLink) {
    for (const t of c.thresholds.link) {
      const all = t.minutes <= minutes && (scope === "unit" || link === c.linkCode);
      await uncount(tx, linkKey(link, t.minutes), all ? "all" : n);
    }
  }
}

/**
 * Moves the daily aggregates of a burst's answers between the counted and the flagged rows (the monthly
 * counts and the subtree rollups follow through their triggers, in the same transaction).
 */
async function moveBurstAggregates(tx: Tx, burstId: number, { fromFlagged }: { fromFlagged: boolean }) {
  const from = fromFlagged ? 1 : 0;
  const to = fromFlagged ? 0 : 1;
  const grouped = sql`
    SELECT r.unit_id AS unit_id, r.local_day AS day, r.instrument_id AS instrument_id, r.channel AS channel,
      a.item_key AS item_key, a.value AS value, count(*) AS n
    FROM responses r JOIN answers a ON a.response_id = r.id
    WHERE r.burst_id = ${burstId} AND a.value IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6`;
  await tx.run(sql`
    UPDATE daily_answer_counts SET count = daily_answer_counts.count - g.n FROM (${grouped}) AS g
    WHERE daily_answer_counts.unit_id = g.unit_id AND daily_answer_counts.day = g.day
      AND daily_answer_counts.instrument_id = g.instrument_id AND daily_answer_counts.channel = g.channel
      AND daily_answer_counts.item_key = g.item_key AND daily_answer_counts.value = g.value
      AND daily_answer_counts.flagged = ${from}`);
  await tx.run(sql`
    INSERT INTO daily_answer_counts (unit_id, day, instrument_id, channel, item_key, value, flagged, count)
    SELECT unit_id, day, instrument_id, channel, item_key, value, ${to}, n FROM (${grouped}) WHERE true
    ON CONFLICT (unit_id, day, instrument_id, channel, item_key, value, flagged)
    DO UPDATE SET count = count + excluded.count`);
  await tx.run(sql`
    DELETE FROM daily_answer_counts WHERE count = 0 AND flagged = ${from}
      AND (unit_id, day) IN (SELECT DISTINCT unit_id, local_day FROM responses WHERE burst_id = ${burstId})`);
}

// ---------------------------------------------------------------- baseline

const baselines = memoizeLookup(
  "surge-baselines",
  async (key: string) => {
    const [unitId, from, to, windows] = key.split("|");
    const rows = await getDb().all<{ link: string | null; at: number }>(sql`
      SELECT short_link_code AS link, submitted_at AS at FROM responses
      WHERE unit_id = ${Number(unitId)} AND flagged = 0
        AND submitted_at >= ${Number(from)} AND submitted_at < ${Number(to)}`);
    return surgeBaseline(
      rows.map((r) => ({ link: r.link, at: Number(r.at) })),
      (windows ?? "").split(",").map(Number),
    );
  },
  { ttlMs: 60 * MINUTE, max: 5000 },
);

/** The unit's usual busiest windows, read at most once an hour per unit and process. */
export async function getSurgeBaseline(
  unitId: number,
  settings: SurgeSettings,
  nowMs: number,
): Promise<SurgeBaseline> {
  const { from, to } = baselinePeriod(settings, nowMs);
  const key = [unitId, from, to, settings.windows.map((w) => w.minutes).join(",")].join("|");
  return (await baselines.get(key)) ?? { unit: {}, links: {} };
}

// ---------------------------------------------------------------- managers

export interface AbnormalCounts {
  /** Answers held in bursts waiting for review. */
  held: number;
  /** Flagged answers (velocity limits, honeypot, rejected bursts): never counted. */
  flagged: number;
}

/** Held and flagged answers of the given units over a day range (read through the flagged-rows index). */
export async function countAbnormalAnswers(
  unitIds: readonly number[],
  from: string,
  to: string,
): Promise<AbnormalCounts> {
  if (unitIds.length === 0) return { held: 0, flagged: 0 };
  const [row] = await getDb().all<{ held: number | null; total: number }>(sql`
    SELECT sum(b.status = 'pending') AS held, count(*) AS total
    FROM responses r INDEXED BY responses_flagged_day_idx LEFT JOIN bursts b ON b.id = r.burst_id
    WHERE r.flagged = 1 AND r.local_day BETWEEN ${from} AND ${to} AND r.unit_id IN ${jsonList(unitIds)}`);
  const held = Number(row?.held ?? 0);
  return { held, flagged: Number(row?.total ?? 0) - held };
}

/** Bursts of the given units waiting for a decision (the manage area's menu shows how many). */
export async function countPendingBursts(unitIds: readonly number[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  const [row] = await getDb().all<{ n: number }>(sql`
    SELECT count(*) AS n FROM bursts WHERE status = 'pending' AND unit_id IN ${jsonList(unitIds)}`);
  return Number(row?.n ?? 0);
}

export interface BurstSummary {
  id: number;
  unitId: number;
  unitName: string;
  shortLinkCode: string | null;
  windowMinutes: number;
  threshold: number;
  baseline: number;
  startedAt: Date;
  lastAt: Date;
  held: number;
  status: BurstStatus;
  decidedAt: Date | null;
}

const summary = {
  id: bursts.id,
  unitId: bursts.unitId,
  unitName: units.name,
  shortLinkCode: bursts.shortLinkCode,
  windowMinutes: bursts.windowMinutes,
  threshold: bursts.threshold,
  baseline: bursts.baseline,
  startedAt: bursts.startedAt,
  lastAt: bursts.lastAt,
  held: bursts.held,
  status: bursts.status,
  decidedAt: bursts.decidedAt,
};

/** Bursts of the given units: every one still waiting for review, then those begun since `sinceMs`. */
export async function listBursts(
  unitIds: readonly number[],
  sinceMs: number,
  limit = 200,
): Promise<BurstSummary[]> {
  if (unitIds.length === 0) return [];
  return getDb()
    .select(summary)
    .from(bursts)
    .innerJoin(units, eq(units.id, bursts.unitId))
    .where(
      and(
        sql`${bursts.unitId} IN ${jsonList(unitIds)}`,
        sql`(${bursts.status} = 'pending' OR ${bursts.startedAt} >= ${sinceMs})`,
      ),
    )
    .orderBy(sql`${bursts.status} <> 'pending'`, desc(bursts.startedAt))
    .limit(limit);
}

export interface BurstReview extends BurstSummary {
  /** Held answers per short link. */
  links: Array<{ code: string | null; count: number }>;
  channels: Array<{ channel: string; count: number }>;
  /** Distinct browsers among them (by their rotating device hash), and answers that came without one. */
  devices: number;
  withoutDevice: number;
  /** The quick question's answers in the burst, and at the unit over the baseline period before it. */
  distribution: Array<{ value: number; burst: number; usual: number }>;
  /** Responses to other questionnaires in the burst. */
  otherInstruments: number;
  /** Labels of the quick question's levels (of the questionnaire the burst answered), in both languages. */
  levelLabels: Record<number, { vi: string; en: string }>;
}

/** One burst with what a manager needs to decide on it; undefined outside the given units. */
export async function getBurstReview(
  id: number,
  unitIds: readonly number[],
  baselineDays: number,
): Promise<BurstReview | undefined> {
  const [burst] = await getDb()
    .select(summary)
    .from(bursts)
    .innerJoin(units, eq(units.id, bursts.unitId))
    .where(and(eq(bursts.id, id), sql`${bursts.unitId} IN ${jsonList(unitIds)}`));
  if (!burst) return undefined;
  const usualFrom = burst.startedAt.getTime() - baselineDays * 24 * 60 * MINUTE;
  const [links, channels, devices, inBurst, usual, other, instrument] = await Promise.all([
    getDb().all<{ code: string | null; count: number }>(sql`
      SELECT short_link_code AS code, count(*) AS count FROM responses WHERE burst_id = ${id}
      GROUP BY 1 ORDER BY 2 DESC`),
    getDb().all<{ channel: string; count: number }>(sql`
      SELECT channel, count(*) AS count FROM responses WHERE burst_id = ${id} GROUP BY 1 ORDER BY 2 DESC`),
    getDb().all<{ n: number; without: number }>(sql`
      SELECT count(DISTINCT device_hash) AS n, sum(device_hash IS NULL AND channel <> 'kiosk') AS without
      FROM responses WHERE burst_id = ${id}`),
    getDb().all<{ value: number; count: number }>(sql`
      SELECT a.value AS value, count(*) AS count FROM responses r JOIN answers a ON a.response_id = r.id
      WHERE r.burst_id = ${id} AND a.item_key = ${QUICK_ITEM_KEY} AND a.value IS NOT NULL GROUP BY 1`),
    getDb().all<{ value: number; count: number }>(sql`
      SELECT a.value AS value, count(*) AS count FROM responses r JOIN answers a ON a.response_id = r.id
      WHERE r.unit_id = ${burst.unitId} AND r.flagged = 0
        AND r.submitted_at >= ${usualFrom} AND r.submitted_at < ${burst.startedAt.getTime()}
        AND a.item_key = ${QUICK_ITEM_KEY} AND a.value IS NOT NULL GROUP BY 1`),
    getDb().all<{ n: number }>(sql`
      SELECT count(*) AS n FROM responses r WHERE r.burst_id = ${id}
        AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.response_id = r.id AND a.item_key = ${QUICK_ITEM_KEY})`),
    getDb().all<{ definition: string }>(sql`
      SELECT i.definition AS definition FROM responses r JOIN instruments i ON i.id = r.instrument_id
      WHERE r.burst_id = ${id} AND i.definition ->> '$.kind' = 'quick' ORDER BY r.id DESC LIMIT 1`),
  ]);
  const scale = instrument[0] ? (JSON.parse(instrument[0].definition) as InstrumentDefinition).scale : [];
  const values = [...new Set([...inBurst, ...usual].map((r) => Number(r.value)))].sort((a, b) => b - a);
  const countOf = (rows: Array<{ value: number; count: number }>, v: number) =>
    Number(rows.find((r) => Number(r.value) === v)?.count ?? 0);
  return {
    ...burst,
    links: links.map((l) => ({ code: l.code, count: Number(l.count) })),
    channels: channels.map((c) => ({ channel: c.channel, count: Number(c.count) })),
    devices: Number(devices[0]?.n ?? 0),
    withoutDevice: Number(devices[0]?.without ?? 0),
    distribution: values.map((v) => ({ value: v, burst: countOf(inBurst, v), usual: countOf(usual, v) })),
    otherInstruments: Number(other[0]?.n ?? 0),
    levelLabels: Object.fromEntries(scale.map((level) => [level.value, level.label])),
  };
}

/**
 * A decision on a burst, audited: confirmed, its answers count (they become counted answers and move into
 * the counted aggregates); rejected, they stay out. A decision can be changed; either way the burst takes
 * no more answers. Undefined when there is no such burst; `changed` false when it already had this status.
 */
export async function writeBurstDecision(
  tx: Tx,
  audit: (entry: AuditEntry) => void,
  burst: { id: number; unitId: number; status: BurstStatus; held: number },
  decision: Exclude<BurstStatus, "pending">,
  decidedBy: string,
  now = new Date(),
): Promise<boolean> {
  if (burst.status === decision) return false;
  const wasCounted = burst.status === "confirmed";
  const counts = decision === "confirmed";
  if (wasCounted !== counts) {
    await tx.run(sql`
      UPDATE responses SET flagged = ${counts ? 0 : 1}, flag_reason = ${counts ? null : "surge"}
      WHERE burst_id = ${burst.id}`);
    await moveBurstAggregates(tx, burst.id, { fromFlagged: !wasCounted });
  }
  await tx
    .update(bursts)
    .set({ status: decision, decidedAt: now, decidedBy, openUntil: 0 })
    .where(eq(bursts.id, burst.id));
  audit({
    action: decision === "confirmed" ? "burst.confirm" : "burst.reject",
    entity: "burst",
    entityId: String(burst.id),
    unitId: burst.unitId,
    details: { from: burst.status, to: decision, answers: burst.held },
  });
  return true;
}

export async function findBurst(db: Executor, id: number) {
  const [burst] = await db
    .select({ id: bursts.id, unitId: bursts.unitId, status: bursts.status, held: bursts.held })
    .from(bursts)
    .where(eq(bursts.id, id));
  return burst;
}
