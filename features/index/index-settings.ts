import { z } from "zod";
import { defaultIndexSettings, type IndexSettings } from "./index-engine";

/** Setting keys (table `settings`) that govern every published index. */
export const INDEX_SETTING_KEYS = {
  minN: "index.minN",
  rollup: "index.rollup",
  targets: "index.targets",
} as const;

export interface IndexTarget {
  year: number;
  percent: number;
}

const minNSchema = z.int().min(1).max(100_000);
const rollupSchema = z.enum(["pooled", "mean"]);
const targetsSchema = z.array(
  z.object({ year: z.int().min(2000).max(2100), percent: z.number().min(0).max(100) }),
);

/** The settings every figure is computed under, with the targets drawn beside them. */
export type IndexConfig = IndexSettings & { targets: IndexTarget[] };

/** Settings values as stored (JSON, possibly missing or malformed) → the engine's settings; defaults where invalid. */
export function parseIndexSettings(raw: { minN: unknown; rollup: unknown; targets: unknown }): IndexConfig {
  const minN = minNSchema.safeParse(raw.minN);
  const rollup = rollupSchema.safeParse(raw.rollup);
  const targets = targetsSchema.safeParse(raw.targets);
  return {
    ...defaultIndexSettings,
    minN: minN.success ? minN.data : defaultIndexSettings.minN,
    rollup: rollup.success ? rollup.data : defaultIndexSettings.rollup,
    targets: targets.success ? [...targets.data].sort((a, b) => a.year - b.year) : [],
  };
}

/** The target being worked towards in a year: the first one due that year or later, else the last one. */
export function targetFor(targets: readonly IndexTarget[], year: number): IndexTarget | undefined {
  return targets.find((t) => t.year >= year) ?? targets.at(-1);
}
