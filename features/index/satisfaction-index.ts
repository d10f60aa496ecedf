/**
 * Satisfaction indices as defined in DOMAIN.md "Index computation".
 * Pure functions: everything is computed in full precision; rounding happens only for display (figures.ts).
 */

export type ScaleSize = 3 | 5;
/** Counts of answers per level, index 0 = level 1 (lowest). Length = scale size. Unanswered/N.A. are not counted here. */
export type Distribution = readonly number[];

export interface IndexSummary {
  /** Valid answers. */
  n: number;
  /** Answers at the top two levels. */
  satisfied: number;
  /** 100 * satisfied / n, full precision; null when n = 0. */
  index: number | null;
  /** Mean level (1..scale); null when n = 0. */
  meanScore: number | null;
  /** 95% Wilson score interval in percent; null when n = 0. */
  wilson: { low: number; high: number } | null;
  distribution: Distribution;
  /** n >= minN; below it the index is not shown (figures.ts) and not ranked. */
  enoughSamples: boolean;
}

export const DEFAULT_MIN_N = 30;
const Z_95 = 1.959963984540054;

function assertCount(value: number, label: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${label} must be a non-negative integer, got ${value}`);
  }
}

function assertScale(size: number): asserts size is ScaleSize {
  if (size !== 3 && size !== 5) {
    throw new RangeError(`scale must have 3 or 5 levels, got ${size}`);
  }
}

function assertDistribution(dist: Distribution): void {
  assertScale(dist.length);
  // A loop, and the label only on failure: this runs for every figure of every unit of a national tree.
  for (let i = 0; i < dist.length; i++) {
    const count = dist[i] ?? Number.NaN;
    if (!Number.isInteger(count) || count < 0) assertCount(count, `distribution[${i}]`);
  }
}

function assertIndex(value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`index must be a number in [0, 100], got ${value}`);
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

export function satisfiedCount(dist: Distribution): number {
  assertDistribution(dist);
  return (dist[dist.length - 2] ?? 0) + (dist[dist.length - 1] ?? 0);
}

export function wilsonInterval(
  successes: number,
  n: number,
  z: number = Z_95,
): { low: number; high: number } | null {
  assertCount(successes, "successes");
  assertCount(n, "n");
  if (successes > n) throw new RangeError(`successes (${successes}) exceed n (${n})`);
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be positive, got ${z}`);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or p = 1 the bound is exactly 0 or 1; floating point would otherwise drift past it.
  const low = successes === 0 ? 0 : (centre - margin) / denominator;
  const high = successes === n ? 1 : (centre + margin) / denominator;
  return { low: 100 * low, high: 100 * high };
}

function meanLevel(dist: Distribution, n: number): number | null {
  if (n === 0) return null;
  let total = 0;
  for (let i = 0; i < dist.length; i++) total += (dist[i] ?? 0) * (i + 1);
  return total / n;
}

export function summarize(dist: Distribution, minN: number = DEFAULT_MIN_N): IndexSummary {
  assertDistribution(dist);
  assertCount(minN, "minN");
  const n = sum(dist);
  const satisfied = satisfiedCount(dist);
  return {
    n,
    satisfied,
    index: n === 0 ? null : (100 * satisfied) / n,
    meanScore: meanLevel(dist, n),
    wilson: wilsonInterval(satisfied, n),
    distribution: [...dist],
    enoughSamples: n >= minN,
  };
}

export function distributionFromAnswers(
  answers: ReadonlyArray<number | null | undefined>,
  scale: ScaleSize,
): number[] {
  assertScale(scale);
  const counts = new Array<number>(scale).fill(0);
  for (const answer of answers) {
    if (answer === null || answer === undefined) continue;
    if (!Number.isInteger(answer) || answer < 1 || answer > scale) {
      throw new RangeError(`answer must be an integer in 1..${scale}, got ${answer}`);
    }
    counts[answer - 1] = (counts[answer - 1] ?? 0) + 1;
  }
  return counts;
}

export function itemIndex(
  answers: ReadonlyArray<number | null | undefined>,
  scale: ScaleSize,
): number | null {
  return summarize(distributionFromAnswers(answers, scale)).index;
}

function meanOfIndices(indices: ReadonlyArray<number | null>): number | null {
  const present = indices.filter((value): value is number => value !== null);
  present.forEach(assertIndex);
  return mean(present);
}

/** Element index = mean of item indices that have >= 1 valid answer (null entries skipped); null if none. */
export function elementIndex(itemIndices: ReadonlyArray<number | null>): number | null {
  return meanOfIndices(itemIndices);
}

/** Service index = mean of the element indices (elements with null are skipped); null if none. */
export function serviceIndex(elementIndices: ReadonlyArray<number | null>): number | null {
  return meanOfIndices(elementIndices);
}

export function addDistributions(a: Distribution, b: Distribution): number[] {
  assertDistribution(a);
  assertDistribution(b);
  if (a.length !== b.length) {
    throw new RangeError(`cannot add distributions of lengths ${a.length} and ${b.length}`);
  }
  return a.map((count, i) => count + (b[i] ?? 0));
}

/** Pooled rollup: sum the children's distributions, then summarize. Throws RangeError without children (no scale to use). */
export function pooledRollup(
  children: ReadonlyArray<Distribution>,
  minN: number = DEFAULT_MIN_N,
): IndexSummary {
  const [first, ...rest] = children;
  if (first === undefined) throw new RangeError("pooled rollup needs at least one child");
  return summarize(rest.reduce<Distribution>(addDistributions, first), minN);
}

/** Mean rollup: unweighted mean of the children's indices (children with n = 0 skipped); null if none. */
export function meanRollup(children: ReadonlyArray<Distribution>): number | null {
  return mean(
    children.map((child) => summarize(child).index).filter((index): index is number => index !== null),
  );
}
