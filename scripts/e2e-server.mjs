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
const server = spawn("node", ["server.mjs", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
