/**
 * Application metrics recorded from Next.js code. The production server (server.mjs, which owns the
 * Prometheus registry and serves /api/metrics) installs the counters on `globalThis`; without it
 * (`next dev`, unit tests) recording is a no-op.
 */
export type SubmissionResult = "new" | "duplicate" | "invalid";

interface MetricsHooks {
  submissions: { inc(labels: { channel: string; result: SubmissionResult }): void };
}

const hooks = globalThis as { hailongMetrics?: MetricsHooks };

export function countSubmission(channel: string, result: SubmissionResult): void {
  hooks.hailongMetrics?.submissions.inc({ channel, result });
}
