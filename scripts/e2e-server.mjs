// Starts the production server for end-to-end tests on a fresh throwaway database.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.argv[2] ?? "3100";
const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
if (!file.includes("e2e")) throw new Error(`refusing to reset ${file}: not an e2e database`);
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });

const prepare = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/prepare.ts", "--build"], {
  stdio: "inherit",
});
if (prepare.status !== 0) process.exit(prepare.status ?? 1);
// Every test runs from 127.0.0.1, so the per-address budgets and surge floors would soon flag or hold
// answers other tests count on. They are raised here (per-device and kiosk limits stay as shipped); the
// tests of the limits themselves start their own server with the shipped settings (e2e/abuse.spec.ts).
const never = { max: 1_000_000, windowMinutes: 1 };
for (const [key, value] of [
  ["survey.velocity", { client: never, anonymous: never }],
  [
    "survey.surge",
    { factor: 1, baselineDays: 1, windows: [{ minutes: 1, link: 10_000_000, unit: 10_000_000 }] },
  ],
]) {
  const set = spawnSync(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/settings.ts", "set", key, JSON.stringify(value)],
    { stdio: "inherit" },
  );
  if (set.status !== 0) process.exit(set.status ?? 1);
}
console.log("e2e: per-address limits and surge floors raised for the shared test server (see above)");
const server = spawn("node", ["server.mjs", port], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
