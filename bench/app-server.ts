/** Throwaway database, prepare script and the production server (`node server.mjs <port>`). */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { log } from "./format";

export function databaseFile(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`not a file database: ${url}`);
  return url.slice("file:".length);
}

/** Deletes a scratch database and its WAL files; refuses anything that is not a bench database. */
export function resetDatabase(url: string): void {
  const file = databaseFile(url);
  if (!/(^|\/)bench[\w-]*\.db$/.test(file))
    throw new Error(`refusing to delete ${file}: not a bench database`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

/** Resolves when the child exits; rejects with its exit code when that is not 0. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export async function prepareDatabase(databaseUrl: string): Promise<void> {
  resetDatabase(databaseUrl);
  log(`preparing ${databaseUrl} (migrate + demo seed, build if stale)…`);
  await run("npx", ["tsx", "--conditions=react-server", "scripts/prepare.ts", "--build"], {
    ...process.env,
    DATABASE_URL: databaseUrl,
  });
}

/**
 * Every request of a benchmark comes from one address: the per-address budgets and surge floors are
 * raised through settings (say so in the output), so every answer takes the full counted path.
 */
export async function raiseLimitsForLoad(databaseUrl: string): Promise<void> {
  log("note: per-address limits and surge floors raised through settings (npm run settings -- load-test)");
  await run("npx", ["tsx", "--conditions=react-server", "scripts/settings.ts", "load-test"], {
    ...process.env,
    DATABASE_URL: databaseUrl,
  });
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`port ${port} is already in use; stop whatever listens on it`)),
    );
    probe.listen(port, "0.0.0.0", () => probe.close(() => resolve()));
  });
}

export interface AppServer {
  baseUrl: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
  /** Synchronous last resort for process exit handlers. */
  kill(): void;
}

export async function startAppServer(port: number, databaseUrl: string, logFile: string): Promise<AppServer> {
  await assertPortFree(port);
  const out = createWriteStream(logFile);
  const child: ChildProcess = spawn("node", ["server.mjs", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PUBLIC_BASE_URL: `http://localhost:${port}`,
      NODE_ENV: "production",
      // server.mjs listens on $HOSTNAME when set (containers often export one): keep it local.
      HOSTNAME: "127.0.0.1",
    },
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let exited: string | null = null;
  const exitedPromise = new Promise<void>((resolve) => {
    child.on("exit", (code, signal) => {
      exited = signal ?? `exit ${code}`;
      resolve();
    });
  });
  log(`started node server.mjs ${port} (pid ${child.pid}); log: ${logFile}`);

  const kill = () => {
    if (exited === null && child.pid !== undefined) child.kill("SIGKILL");
  };
  const stop = async () => {
    if (exited !== null) return;
    child.kill("SIGTERM");
    const timedOut = await Promise.race([exitedPromise.then(() => false), sleep(5000).then(() => true)]);
    if (timedOut) {
      child.kill("SIGKILL");
      await exitedPromise;
    }
    out.end();
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (true) {
    if (exited !== null) throw new Error(`server exited during start-up (${exited}); see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`GET /api/health did not answer 200 within 60 s; see ${logFile}`);
    }
    await sleep(250);
  }
  log("server healthy (GET /api/health = 200)");
  return { baseUrl, pid: child.pid ?? 0, logFile, stop, kill };
}
