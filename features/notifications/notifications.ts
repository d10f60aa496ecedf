import { z } from "zod";

/**
 * What managers are told, and when. No I/O: server/ reads the figures and writes the outbox.
 * - new feedback in their scope: at once (features/feedback/server/notices.ts);
 * - a daily digest: new items, items due soon, overdue items, answers held for review — once a local day;
 * - a drop alert: a unit's satisfaction rate over the last 7 days fell by more than the user's threshold
 *   against the four weeks before, with enough answers on both sides — once a local day per unit.
 */

export const DROP_POINTS_MIN = 1;
export const DROP_POINTS_MAX = 50;
/** Answers a side needs before a drop is worth an alert (as the index's minimum sample). */
export const DROP_MIN_ANSWERS = 30;
/** "Due soon": due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 2;
/** Local hour after which the day's digest and alerts go out. */
export const NOTICE_HOUR = 7;

export const preferencesSchema = z.object({
  newFeedback: z.boolean(),
  dailyDigest: z.boolean(),
  dropAlert: z.boolean(),
  dropPoints: z
    .number({ error: "manage.notifications.errors.dropPoints" })
    .int({ error: "manage.notifications.errors.dropPoints" })
    .min(DROP_POINTS_MIN, { error: "manage.notifications.errors.dropPoints" })
    .max(DROP_POINTS_MAX, { error: "manage.notifications.errors.dropPoints" }),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  newFeedback: false,
  dailyDigest: false,
  dropAlert: false,
  dropPoints: 10,
};

/** The satisfied share (top two levels) of a window, in percent, or null without answers. */
export function satisfiedRate(counts: { satisfied: number; total: number }): number | null {
  return counts.total > 0 ? (100 * counts.satisfied) / counts.total : null;
}

export interface DropCheck {
  recent: { satisfied: number; total: number };
  before: { satisfied: number; total: number };
}

/**
 * The drop in points when it exceeds `threshold` with at least `minAnswers` on both sides; null otherwise
 * (too few answers to tell, or no drop worth telling).
 */
export function dropWorthAlert(
  check: DropCheck,
  threshold: number,
  minAnswers = DROP_MIN_ANSWERS,
): number | null {
  if (check.recent.total < minAnswers || check.before.total < minAnswers) return null;
  const recent = satisfiedRate(check.recent);
  const before = satisfiedRate(check.before);
  if (recent === null || before === null) return null;
  const drop = before - recent;
  return drop > threshold ? drop : null;
}
