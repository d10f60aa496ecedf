/**
 * `npm run db:scale -- --responses 10000000 --units 3500 --months 12 [--dossiers 30000000] [--db data/scale.db] [--seed 1] [--force]`
 *
 * Generates a national-scale database (features/demo/server/scale.ts) into its own file, never `data/hailong.db`.
 * Idempotent: a file already generated with the same responses, units, months and seed is reused as it
 * is; other parameters, an unfinished file, or `--force` rebuild it from scratch.
 */
import { existsSync, rmSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createClient } from "@libsql/client";
import type { ScaleOptions } from "@/features/demo/scale-plan";

export const DEFAULT_SCALE_DB = "data/scale.db";
/** Dossiers in the period by default: tens of millions a year nationally. */
export const DEFAULT_DOSSIERS_PER_YEAR = 30_000_000;

export interface GenerateArgs extends ScaleOptions {
  file: string;
  force: boolean;
}

function numberArg(argv: readonly string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(argv[i + 1]);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs {
  const dbIndex = argv.indexOf("--db");
  const months = numberArg(argv, "months", 12);
  return {
    responses: numberArg(argv, "responses", 10_000_000),
    units: numberArg(argv, "units", 3500),
    months,
    seed: numberArg(argv, "seed", 1),
    // Dossiers over the period: ~30 M a year nationally (kept as daily counts, not raw rows).
    dossiers: numberArg(argv, "dossiers", Math.round((DEFAULT_DOSSIERS_PER_YEAR * months) / 12)),
    file: dbIndex >= 0 ? (argv[dbIndex + 1] ?? DEFAULT_SCALE_DB) : DEFAULT_SCALE_DB,
    force: argv.includes("--force"),
  };
}

function sameOptions(a: ScaleOptions, b: ScaleOptions): boolean {
  return (
    a.responses === b.responses &&
    a.units === b.units &&
    a.months === b.months &&
    a.seed === b.seed &&
    (a.dossiers ?? 0) === (b.dossiers ?? 0)
  );
}

/** Generates (or reuses) the scale database; returns whether it was reused. */
export async function ensureScaleDatabase(
  args: GenerateArgs,
  log = console.log,
): Promise<{ reused: boolean }> {
  const file = resolve(args.file);
  if (basename(file) === "hailong.db" || !file.endsWith(".db")) {
    throw new Error(`refusing to write ${args.file}: choose a separate *.db file (not hailong.db)`);
  }
  const { readScaleMarker, generateScaleData } = await import("@/features/demo/server/scale");
  let reuse = false;
  if (existsSync(file) && !args.force) {
    const probe = createClient({ url: `file:${file}` });
    try {
      const marker = await readScaleMarker(probe);
      reuse = marker !== null && sameOptions(marker, args);
      log(
        marker === null
          ? `${args.file} is unfinished or not a scale database: rebuilding.`
          : reuse
            ? `Reusing ${args.file}: ${marker.responses.toLocaleString("en-US")} responses, ${(marker.dossiers ?? 0).toLocaleString("en-US")} dossiers, ${marker.units} units, ${marker.months} months ending ${marker.today} (generated ${marker.generatedAt}). --force rebuilds.`
            : `${args.file} was generated with other parameters: rebuilding.`,
      );
    } finally {
      probe.close();
    }
  }
  if (!reuse)
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });

  process.env.DATABASE_URL = `file:${file}`;
  const { env } = await import("@/lib/env");
  if (env().DATABASE_URL !== `file:${file}`)
    throw new Error("the environment was read before DATABASE_URL was set");
  const { closeDb, getClient, getDb } = await import("@/db/client");
  const { prepareDatabase } = await import("@/features/operations/server/prepare-database");
  const { localDay } = await import("@/lib/time");
  if (reuse) {
    // A reused file still gets the migrations written since it was generated.
    await prepareDatabase();
    closeDb();
    return { reused: true };
  }
  try {
    await prepareDatabase();
    const started = performance.now();
    log(
      `Generating ${args.responses.toLocaleString("en-US")} responses and ${(args.dossiers ?? 0).toLocaleString("en-US")} dossiers over ${args.units} units × ${args.months} months into ${args.file}…`,
    );
    const marker = await generateScaleData(getClient(), getDb(), args, localDay(new Date()), log);
    const seconds = (performance.now() - started) / 1000;
    log(
      `Done in ${seconds.toFixed(1)} s: ${marker.responses.toLocaleString("en-US")} responses, ${marker.answers.toLocaleString("en-US")} answers (${Math.round((marker.responses + marker.answers) / seconds).toLocaleString("en-US")} rows/s overall).`,
    );
    return { reused: false };
  } finally {
    closeDb();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureScaleDatabase(parseGenerateArgs(process.argv.slice(2))).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
