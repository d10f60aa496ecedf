import type { Database, Transaction } from "./client";

export type { Transaction };

interface Pending<J, R> {
  job: J;
  resolve: (value: R) => void;
  reject: (reason: unknown) => void;
}

export interface GroupCommitOptions<R> {
  /** Jobs per transaction at most. */
  maxBatch?: number;
  /**
   * Runs once per batch, in its transaction, after every job: what the jobs leave to be written together
   * (say, counts many of them add to, one statement and one trigger run per distinct row instead of one
   * per job). If it throws, the batch is rolled back and retried job by job, like a failing job.
   */
  finish?: (tx: Transaction, results: readonly R[]) => Promise<void>;
}

/**
 * Group commit: jobs that arrive while a transaction is being written wait and are then written together
 * in the next one, so many concurrent submissions share one commit (one fsync of the WAL) instead of
 * paying for one each. If a job fails, its batch is rolled back and retried job by job, so the failing
 * job rejects alone. A job's promise settles only after its transaction has committed: an acknowledged
 * write is on disk.
 */
export function createGroupCommitter<J, R>(
  db: () => Database,
  run: (tx: Transaction, job: J) => Promise<R>,
  { maxBatch = 256, finish }: GroupCommitOptions<R> = {},
): (job: J) => Promise<R> {
  let queue: Array<Pending<J, R>> = [];
  let draining = false;

  async function writeBatch(batch: Array<Pending<J, R>>): Promise<void> {
    let results: R[];
    try {
      results = await db().transaction(
        async (tx) => {
          const out: R[] = [];
          for (const pending of batch) out.push(await run(tx, pending.job));
          if (finish) await finish(tx, out);
          return out;
        },
        { behavior: "immediate" },
      );
    } catch (error) {
      // One bad job rolled the whole batch back: write each on its own, so it fails alone.
      if (batch.length === 1) batch[0]?.reject(error);
      else await Promise.all(batch.map((pending) => writeBatch([pending])));
      return;
    }
    batch.forEach((pending, i) => {
      pending.resolve(results[i] as R);
    });
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      // Let the requests already read in this turn of the event loop join the first batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (queue.length > 0) {
        const batch = queue.slice(0, maxBatch);
        queue = queue.slice(batch.length);
        await writeBatch(batch);
      }
    } finally {
      draining = false;
    }
  }

  return (job: J) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ job, resolve, reject });
      if (!draining) void drain();
    });
}
