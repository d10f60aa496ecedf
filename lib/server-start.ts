import "server-only";
import { authSecret, env } from "./env";
import { logger } from "./log";
import { scheduleRetentionPurge } from "./purge";

/** Start-up of a server process: fail fast on a bad configuration, then the scheduled jobs. */
export function startServerTasks(): void {
  env();
  authSecret();
  scheduleRetentionPurge((message, fields) => logger().info(fields, message));
}
