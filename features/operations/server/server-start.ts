import "server-only";
import { startCacheSignals } from "@/db/cache-signals";
import { scheduleDelivery } from "@/features/messaging/server/delivery";
import { scheduleDailyNotices } from "@/features/notifications/server/daily";
import { scheduleRetentionPurge } from "@/features/retention/server/purge";
import { isDemoDatabase } from "@/features/settings/server/settings";
import { publicDemoWarning } from "@/lib/demo-warning";
import { authSecret, env } from "@/lib/env";
import { logger } from "@/lib/log";

/**
 * Start-up of a server process: fail fast on a bad configuration, then the cache signals that keep every
 * instance's caches in agreement, then the scheduled jobs (retention purge, outbox delivery, staff's daily
 * notices).
 */
export function startServerTasks(): void {
  env();
  // Reads the secret, or creates the embedded database's secret file on the very first start.
  authSecret();
  void warnIfPublicDemo();
  startCacheSignals();
  const log = (message: string, fields: object) => logger().info(fields, message);
  scheduleRetentionPurge(log);
  scheduleDelivery(log);
  scheduleDailyNotices(log);
}

async function warnIfPublicDemo(): Promise<void> {
  const { PUBLIC_BASE_URL, DEMO_DATA } = env();
  if (!PUBLIC_BASE_URL.startsWith("https://")) return;
  try {
    const warning = publicDemoWarning({
      publicBaseUrl: PUBLIC_BASE_URL,
      demoDatabase: await isDemoDatabase(),
      demoData: DEMO_DATA,
    });
    if (!warning) return;
    logger().warn({ event: "demo_on_public_origin" }, warning);
    // Loud on the console too, not only in the JSON log.
    const bar = "!".repeat(72);
    process.stderr.write(`\n${bar}\n${warning}\n${bar}\n\n`);
  } catch (error) {
    logger().error({ err: error }, "could not check for demo data");
  }
}
