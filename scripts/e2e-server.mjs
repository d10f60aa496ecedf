// Starts the production server for end-to-end tests on a fresh throwaway database.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.argv[2] ?? "3100";
const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
if (!file.includes("e2e")) throw new Error(`refusing to reset ${file}: not an e2e database`);
// The database, its WAL and the auth secret the server generates beside it (lib/secret-file.ts).
for (const suffix of ["", "-wal", "-shm", ".auth-secret"]) rmSync(`${file}${suffix}`, { force: true });

const prepare = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/prepare.ts", "--build"], {
  stdio: "inherit",
});
if (prepare.status !== 0) process.exit(prepare.status ?? 1);
// Every test runs from 127.0.0.1, so the per-address budgets and surge floors would soon flag or hold
// answers other tests count on: they are raised for this shared server (per-device and kiosk limits stay as
// shipped). The tests of the limits themselves start their own server with the shipped settings
// (e2e/abuse.spec.ts).
const settings = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/settings.ts", "load-test"], {
  stdio: "inherit",
});
if (settings.status !== 0) process.exit(settings.status ?? 1);
const server = spawn("node", ["server.mjs", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
