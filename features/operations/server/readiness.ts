import { migrationsApplied, pingDatabase } from "@/features/operations/server/health-queries";
import { logger } from "@/lib/log";

const noStore = { "cache-control": "no-store" };

/**
 * Ready: the database answers and has every migration of this build. 200 {"status":"ok"}, else 503
 * {"status":"unavailable"} (the reason goes to the log, not to the caller).
 */
export async function readinessResponse(): Promise<Response> {
  try {
    await pingDatabase();
    if (!(await migrationsApplied())) {
      logger().warn({ check: "migrations" }, "not ready: migrations pending");
      return Response.json({ status: "unavailable" }, { status: 503, headers: noStore });
    }
    return Response.json({ status: "ok" }, { headers: noStore });
  } catch (error) {
    logger().error({ check: "database", err: error }, "not ready: database check failed");
    return Response.json({ status: "unavailable" }, { status: 503, headers: noStore });
  }
}
