import "server-only";
import {
  claimScheduledPurge,
  type PurgeCounts,
  purgeExpired,
} from "@/features/retention/server/retention-queries";
import { getSetting } from "@/features/settings/server/settings";
import { parseSurgeSettings, SURGE_SETTING_KEY } from "@/features/survey/surge";
import { parseVelocityLimits, VELOCITY_SETTING_KEY } from "@/features/survey/velocity";
import {
  parseRetentionPolicy,
  RETENTION_RUN_INTERVAL_MS,
  RETENTION_SETTING_KEYS,
  type RetentionPolicy,
  retentionCutoffs,
} from "../retention";

export interface PurgeReport {
  policy: RetentionPolicy;
  counts: PurgeCounts;
}

/** One retention pass with the policy in `settings` (defaults where unset). Idempotent. */
export async function runRetentionPurge(now = new Date()): Promise<PurgeReport> {
  const [commentDays, deviceHashDays, rateCounterHours, contactDays, velocity, surge] = await Promise.all([
    getSetting(RETENTION_SETTING_KEYS.commentDays),
    getSetting(RETENTION_SETTING_KEYS.deviceHashDays),
    getSetting(RETENTION_SETTING_KEYS.rateCounterHours),
    getSetting(RETENTION_SETTING_KEYS.contactDays),
    getSetting(VELOCITY_SETTING_KEY),
    getSetting(SURGE_SETTING_KEY),
  ]);
  const policy = parseRetentionPolicy({ commentDays, deviceHashDays, rateCounterHours, contactDays });
  const counters = { velocity: parseVelocityLimits(velocity), surge: parseSurgeSettings(surge) };
  const counts = await purgeExpired(retentionCutoffs(policy, counters, now));
  return { policy, counts };
}

/**
 * The scheduled purge of a running server: shortly after start-up, then every hour it checks whether a
 * day has passed since the last run by any instance (a row in `settings` is the shared lease), so
 * several instances never purge at once and a restart never skips or doubles a day.
 */
export function scheduleRetentionPurge(log: (message: string, fields: object) => void): () => void {
  const tick = async () => {
    try {
      if (!(await claimScheduledPurge(new Date(), RETENTION_RUN_INTERVAL_MS))) return;
      const { counts } = await runRetentionPurge();
      log("retention purge", counts);
    } catch (error) {
      log("retention purge failed", { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const first = setTimeout(tick, 10_000);
  const every = setInterval(tick, 60 * 60 * 1000);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
