import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { type Client, createClient } from "@libsql/client";
import { expect, test } from "@playwright/test";
import { restoreDatabase } from "@/db/backup";
import {
  AnswerLedger,
  aggregateDifferences,
  checkLedger,
  integrityCheck,
  settleInDoubt,
  startTraffic,
  submitQuickAnswer,
} from "@/test/answer-ledger";
import {
  type AppProcess,
  crashAllApps,
  extraPort,
  removeDatabase,
  seededDatabase,
  startApp,
  waitFor,
} from "./support/app-process";
import { unitLinkCode } from "./support/db";

// Durability of acknowledged answers: crashes, two instances on one file, online backup and restore.
// Each test starts its own production servers (the build of Playwright's web server) on its own ports and
// throwaway databases; only HTTP and the database file are used, no browser.

const UNIT = "phuong-an-hoa-tthcc";
const CLIENTS = 8;

let clients: Client[] = [];

function openDatabase(file: string): Client {
  const client = createClient({ url: `file:${file}`, timeout: 5000 });
  clients.push(client);
  return client;
}

test.afterEach(async () => {
  await crashAllApps();
  for (const client of clients) client.close();
  clients = [];
});

async function start(port: number, file: string): Promise<AppProcess> {
  const app = await startApp(port, file);
  progress(`server ${port} healthy`);
  return app;
}

let testStarted = Date.now();
test.beforeEach(() => {
  testStarted = Date.now();
});
/** Elapsed time per phase in the output: on a busy machine it shows where a slow run spent its time. */
function progress(message: string): void {
  console.log(`  ${((Date.now() - testStarted) / 1000).toFixed(1)} s  ${message}`);
}

async function expectExactlyOnce(file: string, ledger: AnswerLedger): Promise<void> {
  // Closed at the end: db:restore refuses a database that any process, this one included, has open.
  const db = createClient({ url: `file:${file}`, timeout: 5000 });
  try {
    expect(await integrityCheck(db)).toBe("ok");
    const check = await checkLedger(db, ledger);
    expect(check.lost, "acknowledged but not stored").toEqual([]);
    expect(check.duplicated, "stored twice").toEqual([]);
    expect(check.changedIds, "stored under another id than acknowledged").toEqual([]);
    expect(check.answersMissing, "responses without their answer row").toBe(0);
    expect(ledger.conflicts, "one key acknowledged with two ids").toEqual([]);
    // Response, answers and daily aggregate are one transaction: a crash leaves all or none of them.
    expect(await aggregateDifferences(db)).toBe(0);
  } finally {
    db.close();
  }
}

/** `npm run <script> -- <args>` against a database, without blocking this process's event loop. */
function npmRun(script: string, args: string[], file: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

test("SIGKILL at random moments under concurrent submissions loses no acknowledged answer and stores none twice", async () => {
  test.setTimeout(420_000);
  const link = await unitLinkCode(UNIT);
  const port = extraPort(1);
  const file = await seededDatabase("crash");
  const ledger = new AnswerLedger("crash");
  const traffic = startTraffic({ ledger, link, clients: CLIENTS, targets: [`http://127.0.0.1:${port}`] });
  let last: AppProcess | undefined;
  try {
    for (let round = 1; round <= 3; round++) {
      const app = await start(port, file);
      const before = ledger.acknowledged.size;
      await waitFor(
        () => ledger.acknowledged.size >= before + 40,
        60_000,
        `round ${round}: 40 answers acknowledged`,
      );
      await sleep(Math.random() * 1500);
      await app.crash();
      progress(
        `round ${round}: SIGKILL pid ${app.pid} after ${ledger.acknowledged.size - before} acknowledgements, ${ledger.inDoubt.size} in doubt`,
      );
    }
    last = await start(port, file);
    progress("restarted after the last kill");
    await waitFor(() => ledger.inDoubt.size === 0, 60_000, "clients resent their unanswered answers");
  } finally {
    await traffic.stop();
  }
  expect([...traffic.unexpected], traffic.lastUnexpected.join("\n")).toEqual([]);
  const app = last;
  if (!app) throw new Error("no server after the last restart");
  await settleInDoubt(ledger, app.baseUrl, link);
  expect(ledger.inDoubt.size).toBe(0);
  // The restarted server knows acknowledged answers: a replay gets the same id back and stores nothing.
  for (const [key, id] of [...ledger.acknowledged].slice(0, 30)) {
    expect(await submitQuickAnswer(app.baseUrl, link, key)).toEqual({ kind: "stored", id, duplicate: true });
  }
  await app.stop();
  expect(ledger.acknowledged.size).toBeGreaterThan(120);
  await expectExactlyOnce(file, ledger);
});

test("two production instances on one database file: nothing lost or duplicated, rate limits shared", async () => {
  test.setTimeout(420_000);
  const link = await unitLinkCode(UNIT);
  const file = await seededDatabase("two");
  // All traffic comes from one address: its per-address budget is the shared counter under test.
  const CLIENT_LIMIT = 25;
  const WINDOW_MINUTES = 7 * 24 * 60;
  const setup = openDatabase(file);
  await setup.batch([
    {
      sql: "INSERT INTO settings (key, value, updated_at) VALUES ('survey.velocity', ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      args: [
        JSON.stringify({
          client: { max: CLIENT_LIMIT, windowMinutes: WINDOW_MINUTES },
          anonymous: { max: 1_000_000, windowMinutes: 1 },
        }),
        Date.now(),
      ],
    },
    { sql: "DELETE FROM rate_counters WHERE key LIKE 'client:%'", args: [] },
  ]);
  const [a, b] = await Promise.all([start(extraPort(2), file), start(extraPort(3), file)]);
  if (!a || !b) throw new Error("servers did not start");

  const ledger = new AnswerLedger("two");
  const traffic = startTraffic({ ledger, link, clients: CLIENTS, targets: [a.baseUrl, b.baseUrl] });
  // Meanwhile the same answer is sent to both instances at once (a retry landing on the other instance).
  const pairs: Array<[string, Awaited<ReturnType<typeof submitQuickAnswer>>[]]> = [];
  try {
    for (let i = 0; i < 30; i++) {
      const key = ledger.newKey();
      const outcomes = await Promise.all([
        submitQuickAnswer(a.baseUrl, link, key),
        submitQuickAnswer(b.baseUrl, link, key),
      ]);
      pairs.push([key, outcomes]);
      for (const outcome of outcomes) if (outcome.kind === "stored") ledger.acknowledge(key, outcome.id);
    }
    await waitFor(() => ledger.acknowledged.size >= 200, 90_000, "200 answers acknowledged");
  } finally {
    await traffic.stop();
  }
  expect([...traffic.unexpected], traffic.lastUnexpected.join("\n")).toEqual([]);
  expect(traffic.networkErrors, traffic.lastNetworkErrors.join("\n")).toBe(0);
  for (const [key, outcomes] of pairs) {
    const ids = outcomes.map((o) => (o.kind === "stored" ? o.id : o));
    expect(ids[0], key).toEqual(ids[1]);
    expect(outcomes.map((o) => (o.kind === "stored" ? o.duplicate : null)).sort(), key).toEqual([
      false,
      true,
    ]);
  }
  progress(`${ledger.acknowledged.size} acknowledged; stopping both servers`);
  await Promise.all([a.stop(), b.stop()]);
  await expectExactlyOnce(file, ledger);

  // Both instances counted into the same database counter: exactly the answers past the limit are
  // flagged (the window is a week long, so its count only grows during the test). Per-process counters
  // would have let up to twice the limit through unflagged.
  const db = openDatabase(file);
  const rs = await db.execute({
    sql: `SELECT flag_reason AS reason FROM responses
          WHERE short_link_code = ? AND substr(idempotency_key, 1, ?) = ? ORDER BY id`,
    args: [link, ledger.prefix.length, ledger.prefix],
  });
  expect(rs.rows.length).toBe(ledger.acknowledged.size);
  const reasons = rs.rows.map((row) => row.reason);
  expect(reasons.slice(0, CLIENT_LIMIT).every((r) => r === null)).toBe(true);
  expect(reasons.slice(CLIENT_LIMIT).every((r) => r === "velocity_client")).toBe(true);
});

test("db:backup copies the live database while answers keep arriving; db:restore checks and swaps it back", async () => {
  test.setTimeout(420_000);
  const link = await unitLinkCode(UNIT);
  const file = await seededDatabase("live");
  const backup = file.replace(/\.db$/, "-backup.db");
  removeDatabase(backup);
  removeDatabase(`${file}.before-restore`);
  const app = await start(extraPort(4), file);
  const ledger = new AnswerLedger("backup");
  const traffic = startTraffic({ ledger, link, clients: CLIENTS, targets: [app.baseUrl] });
  let ackedBefore: AnswerLedger;
  let ackedDuring: number;
  let backupRun: { code: number; output: string };
  try {
    await waitFor(() => ledger.acknowledged.size >= 60, 60_000, "60 answers acknowledged");
    ackedBefore = ledger.snapshot();
    progress(`${ackedBefore.acknowledged.size} acknowledged; db:backup starts`);
    backupRun = await npmRun("db:backup", [backup], file);
    progress("db:backup done");
    ackedDuring = ledger.acknowledged.size - ackedBefore.acknowledged.size;
    await waitFor(
      () => ledger.acknowledged.size >= ackedBefore.acknowledged.size + ackedDuring + 50,
      60_000,
      "50 more answers",
    );
  } finally {
    await traffic.stop();
  }
  expect(backupRun.code, backupRun.output).toBe(0);
  expect(backupRun.output).toContain("integrity_check ok");
  expect(ackedDuring, "answers acknowledged while the backup ran").toBeGreaterThan(0);
  expect([...traffic.unexpected], traffic.lastUnexpected.join("\n")).toEqual([]);
  // No request went unanswered while the backup ran: each was acknowledged, none is left in doubt.
  expect(traffic.networkErrors, traffic.lastNetworkErrors.join("\n")).toBe(0);
  expect([...ledger.inDoubt], "sent but never acknowledged").toEqual([]);

  // The copy opens, passes integrity_check and holds every answer acknowledged before the backup began.
  const copy = createClient({ url: `file:${backup}` });
  expect(await integrityCheck(copy)).toBe("ok");
  const inCopy = await checkLedger(copy, ackedBefore);
  expect(inCopy.lost).toEqual([]);
  expect(inCopy.changedIds).toEqual([]);
  expect(inCopy.stored).toBeLessThan(ledger.acknowledged.size);
  copy.close();

  // Restore refuses a database in use, an existing database without --force, and a file that is not a backup.
  const inUse = await npmRun("db:restore", [backup, "--force"], file);
  progress("db:restore refused the database in use");
  expect(inUse.code).not.toBe(0);
  expect(inUse.output).toContain("in use");
  await app.stop();
  await expect(restoreDatabase(backup, `file:${file}`)).rejects.toThrow(/--force/);
  const garbage = file.replace(/\.db$/, "-garbage.db");
  writeFileSync(garbage, "not a database ".repeat(500));
  await expect(restoreDatabase(garbage, `file:${file}`, { force: true })).rejects.toThrow(
    /not a valid database/,
  );

  // (This process opens the live file only after the restore: libSQL releases a closed client's file
  // handles only when its statements are garbage-collected, and the restore would see them as a user.)
  const restored = await npmRun("db:restore", [backup, "--force"], file);
  progress("db:restore done");
  expect(restored.code, restored.output).toBe(0);
  expect(existsSync(`${file}.before-restore`)).toBe(true);
  // The refused attempts left the database whole; it is kept aside with every answer.
  await expectExactlyOnce(`${file}.before-restore`, ledger);
  await expectExactlyOnce(file, ackedBefore);

  // The restored database serves: answers from before the backup are known, later ones are not.
  const again = await start(extraPort(4), file);
  const [keptKey, keptId] = [...ackedBefore.acknowledged][0] ?? ["", 0];
  expect(await submitQuickAnswer(again.baseUrl, link, keptKey)).toEqual({
    kind: "stored",
    id: keptId,
    duplicate: true,
  });
  const lateKey = [...ledger.acknowledged.keys()].at(-1) ?? "";
  expect(ackedBefore.acknowledged.has(lateKey)).toBe(false);
  expect(await submitQuickAnswer(again.baseUrl, link, lateKey)).toMatchObject({
    kind: "stored",
    duplicate: false,
  });
});
