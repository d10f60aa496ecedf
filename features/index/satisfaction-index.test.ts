import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIndex } from "./figures";
import {
  addDistributions,
  DEFAULT_MIN_N,
  type Distribution,
  distributionFromAnswers,
  elementIndex,
  itemIndex,
  meanRollup,
  pooledRollup,
  type ScaleSize,
  satisfiedCount,
  serviceIndex,
  summarize,
  wilsonInterval,
} from "./satisfaction-index";

const round2 = (value: number): number => Math.round(value * 100) / 100;

function expectRounded(value: number | null | undefined, expected: number): void {
  expect(value).not.toBeNull();
  expect(value).not.toBeUndefined();
  expect(round2(value ?? Number.NaN)).toBeCloseTo(expected, 2);
}

/** 3-level distribution: [Không hài lòng, Hài lòng, Rất hài lòng]. */
const quick = (notSatisfied: number, satisfied: number, verySatisfied: number): Distribution => [
  notSatisfied,
  satisfied,
  verySatisfied,
];

describe("worked examples (DOMAIN.md)", () => {
  const itemI1 = itemIndex([5, 4, 3, null], 5);
  const itemI2 = itemIndex([4, 4, 4, 4], 5);
  const itemI3 = itemIndex([2, 5, 5, 5], 5);
  const itemI4 = itemIndex([1, 2, 3, 4], 5);
  const elementI = elementIndex([itemI1, itemI2, itemI3, itemI4]);

  it("item indices I.1–I.4", () => {
    expectRounded(itemI1, 66.67);
    expectRounded(itemI2, 100);
    expectRounded(itemI3, 75);
    expectRounded(itemI4, 25);
    expect(formatIndex(itemI1, "en")).toBe("66.67");
  });

  it("item I.1 ignores the blank answer but counts Bình thường", () => {
    const summary = summarize(distributionFromAnswers([5, 4, 3, undefined], 5));
    expect(summary.n).toBe(3);
    expect(summary.satisfied).toBe(2);
  });

  it("element I is the mean of its item indices", () => {
    expectRounded(elementI, 66.67);
  });

  it("service index with elements II–V at 80, 90, 70, 60", () => {
    const service = serviceIndex([elementI, 80, 90, 70, 60]);
    expectRounded(service, 73.33);
    expect(formatIndex(service, "vi")).toBe("73,33");
  });

  it("quick 37 Rất hài lòng / 3 Hài lòng / 10 Không hài lòng", () => {
    const answers = [...Array<number>(37).fill(3), ...Array<number>(3).fill(2), ...Array<number>(10).fill(1)];
    const summary = summarize(distributionFromAnswers(answers, 3));
    expect(summary.distribution).toEqual([10, 3, 37]);
    expect(summary.n).toBe(50);
    expect(summary.satisfied).toBe(40);
    expect(formatIndex(summary.index, "en")).toBe("80.00");
    expectRounded(summary.wilson?.low, 66.96);
    expectRounded(summary.wilson?.high, 88.76);
    expect(summary.enoughSamples).toBe(true);
  });

  it("5 of 8 satisfied is below the minimum n", () => {
    const summary = summarize(quick(3, 2, 3));
    expect(summary.n).toBe(8);
    expect(formatIndex(summary.index, "en")).toBe("62.50");
    expectRounded(summary.wilson?.low, 30.57);
    expectRounded(summary.wilson?.high, 86.32);
    expect(summary.enoughSamples).toBe(false);
  });

  it("rollup of A 40/50 and B 9/10: pooled 81.67, mean 85.00", () => {
    const childA = quick(10, 15, 25);
    const childB = quick(1, 4, 5);
    const pooled = pooledRollup([childA, childB]);
    expect(pooled.n).toBe(60);
    expect(pooled.satisfied).toBe(49);
    expectRounded(pooled.index, 81.67);
    expect(formatIndex(meanRollup([childA, childB]), "en")).toBe("85.00");
  });
});

describe("summarize", () => {
  it("returns nulls for an empty distribution", () => {
    expect(summarize([0, 0, 0, 0, 0])).toEqual({
      n: 0,
      satisfied: 0,
      index: null,
      meanScore: null,
      wilson: null,
      distribution: [0, 0, 0, 0, 0],
      enoughSamples: false,
    });
  });

  it("computes the mean level on the 1..scale range", () => {
    expect(summarize([1, 1, 1, 1, 1]).meanScore).toBe(3);
    expect(summarize([0, 0, 4]).meanScore).toBe(3);
  });

  it("uses the top two levels of each scale", () => {
    expect(satisfiedCount([1, 2, 3, 4, 5])).toBe(9);
    expect(satisfiedCount([7, 2, 3])).toBe(5);
  });

  it("honours the minimum n setting", () => {
    const dist = quick(0, 0, DEFAULT_MIN_N);
    expect(summarize(dist).enoughSamples).toBe(true);
    expect(summarize(dist, DEFAULT_MIN_N + 1).enoughSamples).toBe(false);
    expect(pooledRollup([dist], 100).enoughSamples).toBe(false);
  });

  it("does not share the caller's array", () => {
    const dist = [1, 2, 3];
    const summary = summarize(dist);
    dist[0] = 99;
    expect(summary.distribution).toEqual([1, 2, 3]);
  });
});

describe("element, service and rollups", () => {
  it("skips items and elements without answers", () => {
    expect(elementIndex([null, 50, null, 100])).toBe(75);
    expect(elementIndex([null, null])).toBeNull();
    expect(elementIndex([])).toBeNull();
    expect(serviceIndex([null, 80, null, null, 60])).toBe(70);
    expect(serviceIndex([null, null, null, null, null])).toBeNull();
  });

  it("mean rollup skips children without answers", () => {
    expect(meanRollup([quick(0, 0, 10), quick(0, 0, 0), quick(10, 0, 0)])).toBe(50);
    expect(meanRollup([quick(0, 0, 0)])).toBeNull();
    expect(meanRollup([])).toBeNull();
  });

  it("adds distributions level by level", () => {
    expect(addDistributions([1, 2, 3, 4, 5], [5, 4, 3, 2, 1])).toEqual([6, 6, 6, 6, 6]);
  });
});

describe("input validation", () => {
  it("rejects answers outside the scale or non-integers", () => {
    expect(() => distributionFromAnswers([0], 5)).toThrow(RangeError);
    expect(() => distributionFromAnswers([6], 5)).toThrow(RangeError);
    expect(() => distributionFromAnswers([4], 3)).toThrow(RangeError);
    expect(() => distributionFromAnswers([2.5], 5)).toThrow(RangeError);
    expect(() => distributionFromAnswers([Number.NaN], 5)).toThrow(RangeError);
    expect(() => itemIndex([1, -1], 5)).toThrow(RangeError);
  });

  it("rejects negative or non-integer counts and bad lengths", () => {
    expect(() => summarize([-1, 0, 0])).toThrow(RangeError);
    expect(() => summarize([1.5, 0, 0])).toThrow(RangeError);
    expect(() => summarize([1, 2])).toThrow(RangeError);
    expect(() => summarize([1, 2, 3], -1)).toThrow(RangeError);
    expect(() => satisfiedCount([0, 0, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => meanRollup([[1, -2, 3]])).toThrow(RangeError);
  });

  it("rejects distributions of different lengths", () => {
    expect(() => addDistributions([1, 2, 3], [1, 2, 3, 4, 5])).toThrow(RangeError);
    expect(() =>
      pooledRollup([
        [1, 2, 3],
        [1, 2, 3, 4, 5],
      ]),
    ).toThrow(RangeError);
  });

  it("rejects a pooled rollup without children", () => {
    expect(() => pooledRollup([])).toThrow(RangeError);
  });

  it("rejects invalid Wilson inputs", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 0)).toThrow(RangeError);
  });

  it("rejects indices outside [0, 100]", () => {
    expect(() => elementIndex([50, 101])).toThrow(RangeError);
    expect(() => serviceIndex([-1])).toThrow(RangeError);
    expect(() => elementIndex([Number.NaN])).toThrow(RangeError);
  });
});

describe("properties", () => {
  const scaleArb = fc.constantFrom<ScaleSize>(3, 5);
  const distributionArb = (scale: ScaleSize) =>
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: scale, maxLength: scale });
  const answersArb = (scale: ScaleSize) =>
    fc.array(fc.option(fc.integer({ min: 1, max: scale }), { nil: null }), { maxLength: 200 });
  // Means of floats can land an ulp outside their inputs' range.
  const EPSILON = 1e-9;

  it("indices and mean scores stay in range", () => {
    fc.assert(
      fc.property(scaleArb.chain(distributionArb), (dist) => {
        const summary = summarize(dist);
        if (summary.n === 0) return summary.index === null && summary.meanScore === null;
        const { index, meanScore } = summary;
        return (
          index !== null &&
          index >= 0 &&
          index <= 100 &&
          meanScore !== null &&
          meanScore >= 1 &&
          meanScore <= dist.length
        );
      }),
    );
  });

  it("the Wilson interval contains the index and stays in [0, 100]", () => {
    const pairArb = fc
      .integer({ min: 1, max: 100_000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(pairArb, ([successes, n]) => {
        const interval = wilsonInterval(successes, n);
        const index = (100 * successes) / n;
        return (
          interval !== null &&
          interval.low >= 0 &&
          interval.low <= index &&
          index <= interval.high &&
          interval.high <= 100
        );
      }),
    );
  });

  it("pooled rollup of children equals the summary of their union", () => {
    const childrenArb = scaleArb.chain((scale) =>
      fc.tuple(fc.constant(scale), fc.array(answersArb(scale), { minLength: 1, maxLength: 6 })),
    );
    fc.assert(
      fc.property(childrenArb, ([scale, children]) => {
        const pooled = pooledRollup(children.map((answers) => distributionFromAnswers(answers, scale)));
        expect(pooled).toEqual(summarize(distributionFromAnswers(children.flat(), scale)));
      }),
    );
  });

  it("element index lies between its smallest and largest item index", () => {
    const itemsArb = scaleArb.chain((scale) =>
      fc.array(
        answersArb(scale).map((answers) => itemIndex(answers, scale)),
        { maxLength: 8 },
      ),
    );
    fc.assert(
      fc.property(itemsArb, (items) => {
        const present = items.filter((value): value is number => value !== null);
        const element = elementIndex(items);
        if (present.length === 0) return element === null;
        return (
          element !== null &&
          element >= Math.min(...present) - EPSILON &&
          element <= Math.max(...present) + EPSILON
        );
      }),
    );
  });

  it("summarize does not depend on the order of answers", () => {
    const shuffledArb = scaleArb.chain((scale) =>
      answersArb(scale).chain((answers) =>
        fc.tuple(
          fc.constant(scale),
          fc.constant(answers),
          fc.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length }),
        ),
      ),
    );
    fc.assert(
      fc.property(shuffledArb, ([scale, answers, shuffled]) => {
        expect(summarize(distributionFromAnswers(shuffled, scale))).toEqual(
          summarize(distributionFromAnswers(answers, scale)),
        );
      }),
    );
  });
});
