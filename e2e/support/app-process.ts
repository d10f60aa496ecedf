import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { backupDatabase } from "@/db/backup";
import { SECRET_FILE_SUFFIX } from "@/lib/secret-file";
import { E2E_DATABASE_FILE, E2E_PORT } from "./env";

/**
 * Extra production servers (`node server.mjs <port>`, the build Playwright's web server already made)
 * for the durability tests, each on its own port and throwaway database next to the e2e one.
 */

/** Ports E2E_PORT+1 … E2E_PORT+9 belong to the servers a checkout's tests start. */
export function extraPort(offset: number): number {
  if (offset < 1 || offset > 9) throw new Error(`port offset ${offset} outside 1–9`);
  return E2E_PORT + offset;
}

/** `data/e2e-<port>-<name>.db`, with any previous copy, its WAL and its generated auth secret removed. */
export function throwawayDatabase(name: string): string {
  const file = `./data/e2e-${E2E_PORT}-${name}.db`;
  removeDatabase(file);
  return file;
}

export function removeDatabase(file: string): void {
  if (!/(^|\/)e2e[\w-]*\.db(\.before-restore)?$/.test(file)) throw new Error(`refusing to delete ${file}`);
  for (const suffix of ["", "-wal", "-shm", "-journal", SECRET_FILE_SUFFIX]) {
    rmSync(`${file}${suffix}`, { force: true });
  }
}

/** A migrated, seeded database: a consistent copy of the running e2e database. */
export async function seededDatabase(name: string): Promise<string> {
  const file = throwawayDatabase(name);
  await backupDatabase(`file:${E2E_DATABASE_FILE}`, file);
  return file;
}

export interface AppProcess {
  baseUrl: string;
  pid: number;
  logFile: string;
  /** SIGKILL: no shutdown code runs, like a power cut for the process. Resolves once it has exited. */
  crash(): Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

/** Every server started and not yet exited, so a test's clean-up reaches one still starting too. */
const live = new Set<AppProcess>();

export async function crashAllApps(): Promise<void> {
  await Promise.all([...live].map((app) => app.crash()));
}

/**
 * Starts `node server.mjs <port>` on the database file and waits until `healthPath` answers 200 (the
 * readiness check by default; `/api/health/live` for a server that is not meant to be ready).
 */
export async function startApp(
  port: number,
  databaseFile: string,
  extraEnv: Record<string, string> = {},
  { healthPath = "/api/health" }: { healthPath?: string } = {},
): Promise<AppProcess> {
  const logFile = databaseFile.replace(/\.db$/, `-${port}.log`);
  const log = createWriteStream(logFile, { flags: "a" });
  const child: ChildProcess = spawn(process.execPath, ["server.mjs", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: `file:${databaseFile}`,
      PUBLIC_BASE_URL: `http://localhost:${port}`,
      NODE_ENV: "production",
      HOSTNAME: "127.0.0.1",
      ...extraEnv,
    },
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let alive = true;
  const pid = child.pid;
  if (pid === undefined) throw new Error("server did not start");

  const signalAndWait = async (signal: NodeJS.Signals, graceMs: number) => {
    if (!alive) return;
    child.kill(signal);
    if (await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)])) return;
    child.kill("SIGKILL");
    await exited;
  };
  const app: AppProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    logFile,
    crash: () => signalAndWait("SIGKILL", 30_000),
    stop: () => signalAndWait("SIGTERM", 10_000),
  };
  live.add(app);
  void exited.then(() => {
    alive = false;
    live.delete(app);
  });

  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (!alive) throw new Error(`server on ${port} exited during start-up:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${app.baseUrl}${healthPath}`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      if (res.status === 200) return app;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await app.crash();
  throw new Error(`server on ${port}: ${healthPath} not 200 within 90 s:\n${tail(logFile)}`);
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8").slice(-2000) : "(no log)";
}

/** Polls until the condition holds; throws with the message after the timeout. */
export async function waitFor(condition: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${message}`);
    await sleep(50);
  }
}
