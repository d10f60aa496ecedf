import { pingDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok"} when the database answers, 503 otherwise. */
export async function GET(): Promise<Response> {
  try {
    await pingDatabase();
    return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("health check failed", error);
    return Response.json(
      { status: "unavailable" },
      { status: 503, headers: { "cache-control": "no-store" } },
    );
  }
}
