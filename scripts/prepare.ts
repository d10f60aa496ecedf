/**
 * `npm start`: make the app ready to serve on its embedded default with no manual step —
 * build when the sources are newer than the build, apply pending migrations, seed the demo when empty.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { seedIfEmpty } from "@/features/demo/server/run";
import { prepareDatabase } from "@/features/operations/server/prepare-database";
import { env, isLocalDatabase } from "@/lib/env";

const SOURCES = ["app", "components", "features", "lib", "db", "public", "next.config.mjs", "package.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

function buildIfStale(): void {
  const buildId = join(".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map(newestMtime))) return;
  console.log("Đang build ứng dụng / building the app (first start or sources changed)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  if (process.argv.includes("--build")) buildIfStale();
  const { DATABASE_URL, DATABASE_SYNC_URL, DEMO_DATA } = env();
  if (isLocalDatabase(DATABASE_URL) && !DATABASE_SYNC_URL && DEMO_DATA === "1") {
    await seedIfEmpty();
  } else {
    await prepareDatabase();
    console.log("Đã cập nhật cấu trúc cơ sở dữ liệu / migrations applied.");
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
