import { describe, expect, it } from "vitest";
import type { Database } from "./client";
import { createGroupCommitter } from "./group-commit";

/** A stand-in for drizzle's transaction: records each batch; a throwing job rolls its batch back. */
function fakeDb() {
  const committed: number[][] = [];
  const db = {
    async transaction<T>(body: (tx: number[]) => Promise<T>): Promise<T> {
      const tx: number[] = [];
      const result = await body(tx);
      committed.push(tx);
      return result;
    },
  };
  return { committed, db: () => db as unknown as Database };
}

describe("group commit", () => {
  it("writes jobs that arrive together in one transaction, each resolved with its own result", async () => {
    const { committed, db } = fakeDb();
    const write = createGroupCommitter(db, async (tx, job: number) => {
      (tx as unknown as number[]).push(job);
      return job * 10;
    });
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => write(n)));
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(committed).toEqual([[1, 2, 3, 4, 5]]);
    expect(await write(6)).toBe(60);
    expect(committed).toEqual([[1, 2, 3, 4, 5], [6]]);
  });

  it("a failing job rejects alone; the rest of its batch is committed", async () => {
    const { committed, db } = fakeDb();
    const write = createGroupCommitter(db, async (tx, job: number) => {
      if (job === 3) throw new Error("bad job");
      (tx as unknown as number[]).push(job);
      return job;
    });
    const settled = await Promise.allSettled([1, 2, 3, 4].map((n) => write(n)));
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(committed.flat().sort()).toEqual([1, 2, 4]);
  });

  it("splits large queues into batches of at most maxBatch", async () => {
    const { committed, db } = fakeDb();
    const write = createGroupCommitter(
      db,
      async (tx, job: number) => {
        (tx as unknown as number[]).push(job);
        return job;
      },
      { maxBatch: 4 },
    );
    await Promise.all(Array.from({ length: 10 }, (_, i) => write(i)));
    expect(committed.map((b) => b.length)).toEqual([4, 4, 2]);
  });

  it("settles only after the transaction has committed", async () => {
    const order: string[] = [];
    const db = {
      async transaction<T>(body: (tx: unknown) => Promise<T>): Promise<T> {
        const result = await body({});
        await new Promise((r) => setTimeout(r, 5));
        order.push("commit");
        return result;
      },
    };
    const write = createGroupCommitter(
      () => db as unknown as Database,
      async () => "done",
    );
    await write(1).then(() => order.push("resolved"));
    expect(order).toEqual(["commit", "resolved"]);
  });

  it("finishes each batch once, in its transaction, after its jobs", async () => {
    const { committed, db } = fakeDb();
    const write = createGroupCommitter(
      db,
      async (tx, job: number) => {
        (tx as unknown as number[]).push(job);
        return job;
      },
      {
        finish: async (tx, results) => {
          (tx as unknown as number[]).push(-results.reduce((a, b) => a + b, 0));
        },
      },
    );
    await Promise.all([1, 2, 3].map((n) => write(n)));
    expect(committed).toEqual([[1, 2, 3, -6]]);
  });

  it("a batch whose finish fails is written job by job", async () => {
    const { committed, db } = fakeDb();
    const write = createGroupCommitter(
      db,
      async (tx, job: number) => {
        (tx as unknown as number[]).push(job);
        return job;
      },
      {
        finish: async (tx, results) => {
          if (results.includes(2)) throw new Error("cannot finish 2");
          (tx as unknown as number[]).push(-results.length);
        },
      },
    );
    const settled = await Promise.allSettled([1, 2, 3].map((n) => write(n)));
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(committed).toEqual([
      [1, -1],
      [3, -1],
    ]);
  });
});
