/** Timed runs of the benches: median, p95 and CPU time after one warm-up; percentiles of latencies. */

/** The p-th percentile (0–100) of values sorted ascending (nearest rank); 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

export interface Timing {
  /** The warm-up run: the first after a start (or after `cold()`), caches empty. */
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  /** CPU time of this process (all threads, GC included): what a run costs on a machine shared with others. */
  cpuMedianMs: number;
  runs: number;
}

export async function timeRuns<T>(
  runs: number,
  work: () => Promise<T>,
  cold?: () => void,
): Promise<Timing & { result: T }> {
  cold?.();
  const firstStarted = performance.now();
  let result = await work(); // warm-up: caches, prepared statements, page cache
  const firstMs = performance.now() - firstStarted;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = await work();
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (values: number[], p: number) =>
    percentile(
      [...values].sort((a, b) => a - b),
      p,
    );
  return { firstMs, medianMs: at(times, 50), p95Ms: at(times, 95), cpuMedianMs: at(cpu, 50), runs, result };
}

/** The figures of a timing without its result. */
export function strip({ firstMs, medianMs, p95Ms, cpuMedianMs, runs }: Timing): Timing {
  return { firstMs, medianMs, p95Ms, cpuMedianMs, runs };
}
