/** autocannon, run programmatically, reduced to the figures the report prints. */
import autocannon from "autocannon";
import { log } from "./format";

export const LOAD = { connections: 50, durationSeconds: 10 } as const;

export interface LoadSummary {
  url: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  totalRequests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyMeanMs: number;
  latencyMaxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

export function summarize(result: autocannon.Result): LoadSummary {
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stats.count ?? 0;
  }
  return {
    url: result.url,
    connections: result.connections,
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMeanMs: result.latency.average,
    latencyMaxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
  };
}

export async function runLoad(label: string, options: autocannon.Options): Promise<LoadSummary> {
  log(
    `${label}: ${options.connections ?? 10} connections for ${options.duration ?? 10} s against ${options.url}…`,
  );
  const summary = summarize(await autocannon(options));
  const codes = Object.entries(summary.statusCodes)
    .map(([code, count]) => `${code}×${count}`)
    .join(", ");
  log(
    `${label}: ${Math.round(summary.requestsPerSecond)} req/s, p50 ${summary.latencyP50Ms} ms, p99 ${summary.latencyP99Ms} ms, status ${codes || "none"}, errors ${summary.errors}`,
  );
  return summary;
}
