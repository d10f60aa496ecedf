import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { AnswerLedger, checkLedger } from "./answer-ledger";

// The checker the durability tests and the soak rely on must see each kind of failure.
const client = createClient({ url: ":memory:" });
afterAll(() => client.close());

async function store(rows: Array<[id: number, key: string, answers: number]>): Promise<void> {
  await client.executeMultiple(`
    DROP TABLE IF EXISTS responses; DROP TABLE IF EXISTS answers;
    CREATE TABLE responses (id INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL);
    CREATE TABLE answers (response_id INTEGER NOT NULL, item_key TEXT NOT NULL);`);
  for (const [id, key, answers] of rows) {
    await client.execute({ sql: "INSERT INTO responses VALUES (?, ?)", args: [id, key] });
    for (let i = 0; i < answers; i++) {
      await client.execute({ sql: "INSERT INTO answers VALUES (?, 'quick')", args: [id] });
    }
  }
}

describe("checkLedger", () => {
  it("passes when every acknowledged answer is stored once under its id", async () => {
    const ledger = new AnswerLedger("t");
    const [a, b, c] = [ledger.newKey(), ledger.newKey(), ledger.newKey()];
    ledger.acknowledge(a, 1);
    ledger.acknowledge(b, 2);
    ledger.doubt(c);
    await store([
      [1, a, 1],
      [2, b, 1],
      [3, c, 1],
      [4, "other-prefix-0000001", 1],
    ]);
    expect(await checkLedger(client, ledger)).toEqual({
      acknowledged: 2,
      stored: 3,
      lost: [],
      duplicated: [],
      changedIds: [],
      storedUnacknowledged: 1,
      answersMissing: 0,
    });
  });

  it("reports lost, duplicated, re-numbered and answerless responses", async () => {
    const ledger = new AnswerLedger("t");
    const [lost, twice, moved, bare] = [ledger.newKey(), ledger.newKey(), ledger.newKey(), ledger.newKey()];
    for (const [key, id] of [
      [lost, 1],
      [twice, 2],
      [moved, 3],
      [bare, 4],
    ] as const)
      ledger.acknowledge(key, id);
    ledger.acknowledge(moved, 30);
    await store([
      [2, twice, 1],
      [5, twice, 1],
      [3, moved, 1],
      [4, bare, 0],
    ]);
    const check = await checkLedger(client, ledger);
    expect(check.lost).toEqual([lost]);
    expect(check.duplicated).toEqual([twice]);
    expect(check.changedIds).toEqual([moved]);
    expect(check.answersMissing).toBe(1);
    expect(ledger.conflicts).toEqual([moved]);
  });
});
