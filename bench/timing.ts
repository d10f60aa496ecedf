/** Timed runs of the scale bench: median, p95 and CPU time after one warm-up. */

export interface Timing {
  medianMs: number;
  p95Ms: number;
  /** CPU time of this process (all threads, GC included): what a run costs on a machine shared with others. */
  cpuMedianMs: number;
  runs: number;
}

export async function timeRuns<T>(runs: number, work: () => Promise<T>): Promise<Timing & { result: T }> {
  let result = await work(); // warm-up: caches, prepared statements, page cache
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
  const at = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  };
  return { medianMs: at(times, 0.5), p95Ms: at(times, 0.95), cpuMedianMs: at(cpu, 0.5), runs, result };
}

/** The figures of a timing without its result. */
export function strip({ medianMs, p95Ms, cpuMedianMs, runs }: Timing): Timing {
  return { medianMs, p95Ms, cpuMedianMs, runs };
}
