import type { Instrumentation } from "next";

/**
 * Runs once when a server starts (not during `next build`): checks the configuration, so a production
 * server without its secrets stops at start-up with a clear message, and starts the cache signals (every
 * instance's caches agree) and the daily retention purge.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerTasks } = await import("@/features/operations/server/server-start");
  startServerTasks();
}

/** Server errors as structured log lines: the route pattern, never the raw path (it may hold a token). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/log");
  const requestId = request.headers["x-request-id"];
  // A client that hangs up mid-request is not a server error.
  const aborted =
    typeof error === "object" && error !== null && "message" in error && error.message === "aborted";
  logger()[aborted ? "info" : "error"](
    {
      reqId: typeof requestId === "string" ? requestId : undefined,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      err: error,
      digest:
        typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined,
    },
    aborted ? "request aborted by the client" : "request failed",
  );
};
