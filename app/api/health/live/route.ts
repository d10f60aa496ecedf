export const dynamic = "force-dynamic";

/** GET /api/health/live — 200 while the process answers requests; touches no database (liveness probe). */
export function GET(): Response {
  return Response.json({ status: "live" }, { headers: { "cache-control": "no-store" } });
}
