import { z } from "zod";

/**
 * Surge detection: answers arriving on one short link, or at one unit, far above its usual rate are held
 * for a manager's review as a whole burst — stored, flagged, never counted until confirmed.
 *
 * The statistic (docs/abuse-control.md): for each window length (10 minutes, 1 hour, 1 day by default),
 * the *usual* rate is the busiest window of that length over the trailing `baselineDays` (aligned windows,
 * local time, counted answers only, today excluded). A link or unit is surging when its counted answers
 * in the last window exceed max(floor, factor × usual). Floors are sized above what the busiest one-stop
 * centres receive through one QR code or in total, so a new or quiet unit is not held for a busy morning.
 *
 * When a window is exceeded, every counted answer of that link (or unit) inside the window is held with the
 * one that crossed the threshold: the whole burst, not only what came after the threshold. Later answers
 * there join the burst while they keep arriving at least at half the surge rate (see `joinGapMs`). Held
 * answers are not counted answers, so they never push the rate of what comes after the burst: a citizen
 * answering once the burst has died down is counted as usual.
 */
const windowSetting = z.strictObject({
  minutes: z
    .int()
    .min(1)
    .max(7 * 24 * 60),
  /** Least number of counted answers in that window that is a surge on one short link… */
  link: z.int().min(1).max(10_000_000),
  /** …and at one unit (all its links together). */
  unit: z.int().min(1).max(10_000_000),
});

export const surgeSettingsSchema = z.strictObject({
  /** Threshold = max(floor, factor × the busiest window of the trailing baseline). */
  factor: z.number().min(1).max(1000),
  baselineDays: z.int().min(1).max(365),
  windows: z.array(windowSetting).min(1).max(6),
});
export type SurgeSettings = z.infer<typeof surgeSettingsSchema>;
export type SurgeWindow = z.infer<typeof windowSetting>;

export const SURGE_SETTING_KEY = "survey.surge";

export const DEFAULT_SURGE_SETTINGS: SurgeSettings = {
  factor: 3,
  baselineDays: 28,
  windows: [
    { minutes: 10, link: 50, unit: 80 },
    { minutes: 60, link: 150, unit: 240 },
    { minutes: 24 * 60, link: 300, unit: 400 },
  ],
};

/** The setting `survey.surge` when valid, else the defaults. */
export function parseSurgeSettings(value: unknown): SurgeSettings {
  const parsed = surgeSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SURGE_SETTINGS;
}

const MINUTE = 60_000;
/** Windows are aligned on local days (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). */
const LOCAL_OFFSET_MS = 7 * 60 * MINUTE;
const DAY_MS = 24 * 60 * MINUTE;

/** The busiest aligned window of each length: for the unit as a whole and for each of its links. */
export interface SurgeBaseline {
  /** Per window length (minutes): the busiest count at the unit. */
  unit: Record<number, number>;
  /** Per link code, per window length: the busiest count through that link. */
  links: Record<string, Record<number, number>>;
}

export interface BaselineAnswer {
  link: string | null;
  /** Submission time, epoch ms. */
  at: number;
}

/** The busiest window of each length among counted answers (the baseline query gives them). */
export function surgeBaseline(
  answers: Iterable<BaselineAnswer>,
  windowMinutes: readonly number[],
): SurgeBaseline {
  const unitBuckets = windowMinutes.map(() => new Map<number, number>());
  const linkBuckets = new Map<string, Array<Map<number, number>>>();
  for (const a of answers) {
    windowMinutes.forEach((minutes, i) => {
      const bucket = Math.floor((a.at + LOCAL_OFFSET_MS) / (minutes * MINUTE));
      const unit = unitBuckets[i] as Map<number, number>;
      unit.set(bucket, (unit.get(bucket) ?? 0) + 1);
      if (a.link === null) return;
      let perLink = linkBuckets.get(a.link);
      if (!perLink) {
        perLink = windowMinutes.map(() => new Map<number, number>());
        linkBuckets.set(a.link, perLink);
      }
      const link = perLink[i] as Map<number, number>;
      link.set(bucket, (link.get(bucket) ?? 0) + 1);
    });
  }
  const busiest = (bucket: Map<number, number>) => {
    let max = 0;
    for (const count of bucket.values()) if (count > max) max = count;
    return max;
  };
  const maxima = (buckets: Array<Map<number, number>>) =>
    Object.fromEntries(windowMinutes.map((m, i) => [m, busiest(buckets[i] as Map<number, number>)]));
  return {
    unit: maxima(unitBuckets),
    links: Object.fromEntries([...linkBuckets].map(([link, buckets]) => [link, maxima(buckets)])),
  };
}

/** The period the baseline is read from: the `baselineDays` local days before the one of `now`. */
export function baselinePeriod(settings: SurgeSettings, now: number): { from: number; to: number } {
  const startOfToday = Math.floor((now + LOCAL_OFFSET_MS) / DAY_MS) * DAY_MS - LOCAL_OFFSET_MS;
  return { from: startOfToday - settings.baselineDays * DAY_MS, to: startOfToday };
}

export interface SurgeThreshold {
  minutes: number;
  /** More counted answers than this in the last `minutes` is a surge. */
  threshold: number;
  /** The busiest window of that length in the baseline (0 without history). */
  baseline: number;
}

export interface SurgeThresholds {
  link: SurgeThreshold[];
  unit: SurgeThreshold[];
}

export function surgeThresholds(
  settings: SurgeSettings,
  baseline: SurgeBaseline,
  link: string,
): SurgeThresholds {
  const of = (floor: (w: SurgeWindow) => number, usual: Record<number, number> | undefined) =>
    settings.windows.map((w) => {
      const seen = usual?.[w.minutes] ?? 0;
      return {
        minutes: w.minutes,
        baseline: seen,
        threshold: Math.max(floor(w), Math.ceil(settings.factor * seen)),
      };
    });
  return { link: of((w) => w.link, baseline.links[link]), unit: of((w) => w.unit, baseline.unit) };
}

/** Counted answers in the last window of each length (the answer being stored included). */
export interface RecentCounts {
  link: Record<number, number>;
  unit: Record<number, number>;
}

export interface SurgeVerdict extends SurgeThreshold {
  scope: "link" | "unit";
}

/** The first exceeded threshold — a link's before its unit's, shorter windows first — or null. */
export function detectSurge(thresholds: SurgeThresholds, counts: RecentCounts): SurgeVerdict | null {
  for (const scope of ["link", "unit"] as const) {
    for (const t of thresholds[scope]) {
      if ((counts[scope][t.minutes] ?? 0) > t.threshold) return { scope, ...t };
    }
  }
  return null;
}

/**
 * The answers a newly detected burst holds: from the newest (the one that crossed the threshold) back
 * through every answer that came within `gapMs` of the next one. Quiet traffic before the surge is not
 * part of it. `newestFirst` is ordered by time, newest first.
 */
export function burstRun<T extends { at: number }>(newestFirst: readonly T[], gapMs: number): T[] {
  const run: T[] = [];
  for (const answer of newestFirst) {
    const next = run[run.length - 1];
    if (next && next.at - answer.at > gapMs) break;
    run.push(answer);
  }
  return run;
}

/**
 * How long after its last answer a burst stays open: the time two answers take at half the surge rate
 * (threshold answers per window), at least a minute. An answer arriving later is judged afresh.
 */
export function joinGapMs(windowMinutes: number, threshold: number): number {
  return Math.max(MINUTE, Math.round((2 * windowMinutes * MINUTE) / Math.max(threshold, 1)));
}
