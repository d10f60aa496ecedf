import { readinessResponse } from "@/features/operations/server/readiness";

export const dynamic = "force-dynamic";

/** GET /api/health — the readiness check (same as /api/health/ready), kept for existing probes. */
export function GET(): Promise<Response> {
  return readinessResponse();
}
