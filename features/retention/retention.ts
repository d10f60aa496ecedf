import { z } from "zod";
import type { SurgeSettings } from "@/features/survey/surge";
import { longestVelocityWindowMs, type VelocityLimits } from "@/features/survey/velocity";

/**
 * How long raw personal traces are kept. Aggregates (`daily_answer_counts`) and answers are never purged:
 * indices stay reproducible; only free-text comments, abuse-control hashes and rate counters expire.
 */
export const RETENTION_SETTING_KEYS = {
  commentDays: "retention.commentDays",
  deviceHashDays: "retention.deviceHashDays",
  rateCounterHours: "retention.rateCounterHours",
  contactDays: "retention.contactDays",
} as const;

export interface RetentionPolicy {
  /** Raw survey comments (responses.comment) older than this are set to NULL. */
  commentDays: number;
  /** Salted device hashes (responses.device_hash) older than this are set to NULL. */
  deviceHashDays: number;
  /** Velocity counters whose window started longer ago than this are deleted. */
  rateCounterHours: number;
  /** A feedback item's contact details (and its messages' addresses) are erased this long after it closed. */
  contactDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  commentDays: 365,
  deviceHashDays: 30,
  rateCounterHours: 48,
  contactDays: 90,
};

const days = z.int().min(1).max(3650);
const hours = z
  .int()
  .min(1)
  .max(24 * 3650);

/** Settings values as stored (JSON, possibly missing or malformed) → the policy; defaults where invalid. */
export function parseRetentionPolicy(raw: {
  commentDays: unknown;
  deviceHashDays: unknown;
  rateCounterHours: unknown;
  contactDays?: unknown;
}): RetentionPolicy {
  const pick = (schema: z.ZodType<number>, value: unknown, fallback: number) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    commentDays: pick(days, raw.commentDays, DEFAULT_RETENTION.commentDays),
    deviceHashDays: pick(days, raw.deviceHashDays, DEFAULT_RETENTION.deviceHashDays),
    rateCounterHours: pick(hours, raw.rateCounterHours, DEFAULT_RETENTION.rateCounterHours),
    contactDays: pick(days, raw.contactDays, DEFAULT_RETENTION.contactDays),
  };
}

export interface RetentionCutoffs {
  /** Comments of responses submitted before this instant are purged. */
  comments: Date;
  deviceHashes: Date;
  /** Rate counters whose window started before this (epoch ms) are deleted. */
  rateCounterWindowStart: number;
  /** Contact details of feedback items closed before this instant are erased. */
  contacts: Date;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The instants before which data goes. A rate counter is never deleted while its window may still be
 * open: the cutoff is at least the longest velocity window ago, whatever `rateCounterHours` says.
 */
export function retentionCutoffs(
  policy: RetentionPolicy,
  counters: { velocity: VelocityLimits; surge: SurgeSettings },
  now: Date,
): RetentionCutoffs {
  // A sliding-window counter still reads its previous fixed window: it is in use for two window lengths.
  const longestWindowMs =
    2 *
    Math.max(
      longestVelocityWindowMs(counters.velocity),
      ...counters.surge.windows.map((w) => w.minutes * 60_000),
    );
  return {
    comments: new Date(now.getTime() - policy.commentDays * DAY_MS),
    deviceHashes: new Date(now.getTime() - policy.deviceHashDays * DAY_MS),
    rateCounterWindowStart: now.getTime() - Math.max(policy.rateCounterHours * HOUR_MS, longestWindowMs),
    contacts: new Date(now.getTime() - policy.contactDays * DAY_MS),
  };
}

/** A scheduled purge runs at most once in this interval, whichever instance gets there first. */
export const RETENTION_RUN_INTERVAL_MS = DAY_MS;
