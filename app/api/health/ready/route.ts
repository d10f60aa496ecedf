import { readinessResponse } from "@/features/operations/server/readiness";

export const dynamic = "force-dynamic";

/** GET /api/health/ready — 200 when this instance can serve: the database answers, migrations applied. */
export function GET(): Promise<Response> {
  return readinessResponse();
}
