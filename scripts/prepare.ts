/**
 * `npm start`: make the app ready to serve on its embedded default with no manual step —
 * build when the sources are newer than the build or it was made for another database (its prerendered
 * pages come from it), apply pending migrations, seed the demo when empty.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { seedIfEmpty } from "@/features/demo/server/run";
import { prepareDatabase } from "@/features/operations/server/prepare-database";
import { env, isLocalDatabase } from "@/lib/env";
import { BUILD_DATABASE_FILE, buildStaleBecause } from "./build-inputs";

function buildIfStale(): void {
  const { DATABASE_URL } = env();
  const reason = buildStaleBecause(process.cwd(), DATABASE_URL);
  if (reason === null) return;
  console.log(`Đang build ứng dụng / building the app (${reason})…`);
  // `npm run build`: next build, then what server.mjs runs itself (scripts/bundle-server.mjs).
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // Its prerendered citizens' pages come from this database (scripts/build-inputs.ts).
  writeFileSync(join(process.cwd(), ".next", BUILD_DATABASE_FILE), DATABASE_URL);
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
