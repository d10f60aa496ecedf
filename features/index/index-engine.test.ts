import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InstrumentDefinition, quickInstrument, serviceInstrument } from "@/features/survey/instruments";
import { formatIndex } from "./figures";
import {
  type AnswerCount,
  buildCubes,
  cubeFigures,
  type IndexSettings,
  type InstrumentInfo,
  indexChange,
  instrumentMap,
  mergeCubes,
  quickScaleSize,
  subtreeFigures,
  type TreeNode,
  treeFigures,
  type UnitFigures,
} from "./index-engine";

const round2 = (value: number | null | undefined) => (value == null ? null : Math.round(value * 100) / 100);

const customQuick: InstrumentDefinition = {
  ...quickInstrument,
  title: { vi: "Nhanh riêng", en: "Own quick" },
};
const instruments = instrumentMap([
  { key: "quick", definition: quickInstrument },
  { key: "service", definition: serviceInstrument },
  { key: "own-quick", definition: customQuick },
]);
const pooled: IndexSettings = { minN: 30, rollup: "pooled", includeFlagged: false };
const mean: IndexSettings = { ...pooled, rollup: "mean" };

/** Counts rows for one unit, instrument and item from a distribution (index 0 = level 1). */
function rows(unitId: number, instrumentKey: string, itemKey: string, dist: number[], flagged = false) {
  return dist.flatMap((count, i): AnswerCount[] =>
    count > 0 ? [{ unitId, instrumentKey, itemKey, value: i + 1, flagged, count }] : [],
  );
}
const quickRows = (unitId: number, notSatisfied: number, satisfied: number, verySatisfied: number) =>
  rows(unitId, "quick", "quick", [notSatisfied, satisfied, verySatisfied]);

function figuresOf(counts: AnswerCount[], unitId = 1, settings = pooled): UnitFigures {
  const result = treeFigures(
    [{ id: unitId, parentId: null }],
    buildCubes(counts, instruments),
    instruments,
    settings,
  );
  const figures = result.get(unitId);
  if (!figures) throw new Error("no figures");
  return figures;
}

describe("worked examples of DOMAIN.md, through the engine", () => {
  // Item I.1 answers 5, 4, 3, (blank); I.2 4,4,4,4; I.3 2,5,5,5; I.4 1,2,3,4.
  // Elements II–V at 80, 90, 70, 60 with one answered item each.
  const service = [
    ...rows(1, "service", "I.1", [0, 0, 1, 1, 1]),
    ...rows(1, "service", "I.2", [0, 0, 0, 4, 0]),
    ...rows(1, "service", "I.3", [0, 1, 0, 0, 3]),
    ...rows(1, "service", "I.4", [1, 1, 1, 1, 0]),
    ...rows(1, "service", "II.1", [0, 0, 1, 2, 2]),
    ...rows(1, "service", "III.1", [1, 0, 0, 0, 9]),
    ...rows(1, "service", "IV.1", [1, 1, 1, 7, 0]),
    ...rows(1, "service", "V.1", [0, 2, 0, 3, 0]),
  ];
  const figures = figuresOf(service);
  const instrument = figures.instruments.find((i) => i.key === "service");
  const element = (key: string) => instrument?.elements.find((e) => e.key === key);
  const item = (key: string) =>
    instrument?.elements.flatMap((e) => e.items).find((i) => i.key === key)?.figure;

  it("item indices I.1–I.4: 66.67, 100, 75, 25 (blank not counted, Bình thường counted)", () => {
    expect(item("I.1")?.n).toBe(3);
    expect(formatIndex(item("I.1")?.index ?? null, "en")).toBe("66.67");
    expect(item("I.2")?.index).toBe(100);
    expect(item("I.3")?.index).toBe(75);
    expect(item("I.4")?.index).toBe(25);
  });

  it("element I = 66.67; items without answers are skipped", () => {
    expect(round2(element("I")?.index)).toBe(66.67);
    expect(element("II")?.index).toBe(80);
    expect(element("II")?.items.find((i) => i.key === "II.2")?.figure.n).toBe(0);
  });

  it("service index 73.33", () => {
    expect(round2(instrument?.service)).toBe(73.33);
    expect(instrument?.answers).toBe(3 + 4 + 4 + 4 + 5 + 10 + 10 + 5);
  });

  it("quick 37 / 3 / 10 → 80.00, n = 50, Wilson [66.96, 88.76]", () => {
    const quick = figuresOf(quickRows(1, 10, 3, 37)).quick;
    expect(quick.n).toBe(50);
    expect(formatIndex(quick.index, "en")).toBe("80.00");
    expect(round2(quick.wilson?.low)).toBe(66.96);
    expect(round2(quick.wilson?.high)).toBe(88.76);
    expect(quick.meanScore).toBeCloseTo((10 * 1 + 3 * 2 + 37 * 3) / 50, 12);
    expect(quick.enoughSamples).toBe(true);
  });

  it("5 of 8 → 62.50, Wilson [30.57, 86.32], below the minimum n", () => {
    const quick = figuresOf(quickRows(1, 3, 2, 3)).quick;
    expect(formatIndex(quick.index, "en")).toBe("62.50");
    expect(round2(quick.wilson?.low)).toBe(30.57);
    expect(round2(quick.wilson?.high)).toBe(86.32);
    expect(quick.enoughSamples).toBe(false);
  });

  it("rollup of A 40/50 and B 9/10: pooled 81.67, mean of children 85.00", () => {
    const nodes: TreeNode[] = [
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 1 },
    ];
    const cubes = buildCubes([...quickRows(2, 10, 15, 25), ...quickRows(3, 1, 4, 5)], instruments);
    const p = treeFigures(nodes, cubes, instruments, pooled).get(1)?.quick;
    const m = treeFigures(nodes, cubes, instruments, mean).get(1)?.quick;
    expect(p?.n).toBe(60);
    expect(p?.satisfied).toBe(49);
    expect(formatIndex(p?.index ?? null, "en")).toBe("81.67");
    expect(formatIndex(m?.index ?? null, "en")).toBe("85.00");
    expect(m?.n).toBe(60);
    expect(m?.wilson).toBeNull();
    expect(m?.rollup).toBe("mean");
  });
});

describe("engine rules", () => {
  it("excludes flagged responses unless asked", () => {
    const counts = [...quickRows(1, 0, 0, 10), ...rows(1, "quick", "quick", [5, 0, 0], true)];
    expect(figuresOf(counts).quick.n).toBe(10);
    const included = cubeFigures(buildCubes(counts, instruments, true).get(1) ?? new Map(), instruments, 30);
    expect(included.quick.n).toBe(15);
    expect(included.quick.index).toBeCloseTo((100 * 10) / 15, 12);
  });

  it("pools the quick item of every quick-kind instrument; full instruments get their own figures", () => {
    const figures = figuresOf([
      ...quickRows(1, 1, 1, 1),
      ...rows(1, "own-quick", "quick", [0, 0, 3]),
      ...rows(1, "service", "I.1", [0, 0, 0, 1, 0]),
    ]);
    expect(figures.quick.distribution).toEqual([1, 1, 4]);
    expect(figures.instruments.map((i) => i.key)).toEqual(["service"]);
  });

  it("a unit without answers has empty figures", () => {
    const figures = figuresOf([]);
    expect(figures.quick.n).toBe(0);
    expect(figures.quick.index).toBeNull();
    expect(figures.instruments).toEqual([]);
  });

  it("rejects unknown instruments and values outside the scale", () => {
    expect(() => buildCubes(rows(1, "nope", "quick", [1]), instruments)).toThrow(RangeError);
    expect(() =>
      buildCubes(
        [{ unitId: 1, instrumentKey: "quick", itemKey: "quick", value: 4, flagged: false, count: 1 }],
        instruments,
      ),
    ).toThrow(RangeError);
  });

  it("uses the 3-level quick scale unless every quick instrument has 5 levels", () => {
    expect(quickScaleSize(instruments)).toBe(3);
    const five: InstrumentInfo = {
      key: "five",
      definition: { ...quickInstrument, scale: serviceInstrument.scale },
    };
    expect(quickScaleSize(instrumentMap([five]))).toBe(5);
    expect(quickScaleSize(instrumentMap([five, { key: "quick", definition: quickInstrument }]))).toBe(3);
  });

  it("counts a parent's own responses as one part of the mean rollup", () => {
    const nodes: TreeNode[] = [
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
    ];
    const cubes = buildCubes([...quickRows(1, 10, 0, 0), ...quickRows(2, 0, 0, 30)], instruments);
    expect(treeFigures(nodes, cubes, instruments, mean).get(1)?.quick.index).toBe(50);
    expect(treeFigures(nodes, cubes, instruments, pooled).get(1)?.quick.index).toBe(75);
  });

  it("refuses a cycle in the tree", () => {
    const nodes: TreeNode[] = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
    ];
    expect(() => treeFigures(nodes, new Map(), instruments, pooled)).toThrow(RangeError);
  });

  it("change vs the previous period needs enough samples in both", () => {
    const now = figuresOf(quickRows(1, 10, 20, 20)).quick;
    const before = figuresOf(quickRows(1, 20, 20, 10)).quick;
    expect(indexChange(now, before)).toBeCloseTo(80 - 60, 12);
    expect(indexChange(now, figuresOf(quickRows(1, 1, 1, 1)).quick)).toBeNull();
    expect(indexChange(now, undefined)).toBeNull();
  });
});

// ---------------------------------------------------------------- properties

const unitIds = [1, 2, 3, 4, 5, 6];
/** A random tree over units 1..6 (each parent has a smaller id) and random counts for them. */
const treeArb = fc.tuple(
  fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 5, maxLength: 5 }),
  fc.array(
    fc.record({
      unitId: fc.constantFrom(...unitIds),
      instrumentKey: fc.constantFrom("quick", "own-quick", "service"),
      item: fc.integer({ min: 0, max: 2 }),
      value: fc.integer({ min: 1, max: 5 }),
      flagged: fc.boolean(),
      count: fc.integer({ min: 0, max: 40 }),
    }),
    { maxLength: 60 },
  ),
);

interface RawCount {
  unitId: number;
  instrumentKey: string;
  item: number;
  value: number;
  flagged: boolean;
  count: number;
}

function materialize([parents, raw]: [number[], RawCount[]]) {
  const nodes: TreeNode[] = unitIds.map((id, i) => ({
    id,
    parentId: i === 0 ? null : (unitIds[Math.min(parents[i - 1] ?? 0, i - 1)] ?? null),
  }));
  const counts: AnswerCount[] = raw.map((r) =>
    r.instrumentKey === "service"
      ? { ...r, itemKey: ["I.1", "II.3", "V.2"][r.item] ?? "I.1" }
      : { ...r, itemKey: "quick", value: Math.min(r.value, 3) },
  );
  return { nodes, counts };
}

function subtreeIds(nodes: readonly TreeNode[], id: number): number[] {
  return [id, ...nodes.filter((n) => n.parentId === id).flatMap((n) => subtreeIds(nodes, n.id))];
}

function allIndices(f: UnitFigures): Array<number | null> {
  return [
    f.quick.index,
    f.quick.wilson?.low ?? null,
    f.quick.wilson?.high ?? null,
    ...f.instruments.flatMap((i) => [
      i.service,
      ...i.elements.flatMap((e) => [e.index, ...e.items.map((it) => it.figure.index)]),
    ]),
  ];
}

describe("properties", () => {
  it("every index lies in [0, 100] under both rollups", () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom(pooled, mean), (input, settings) => {
        const { nodes, counts } = materialize(input);
        for (const figures of treeFigures(
          nodes,
          buildCubes(counts, instruments),
          instruments,
          settings,
        ).values()) {
          for (const value of allIndices(figures)) {
            if (value !== null) expect(value >= 0 && value <= 100).toBe(true);
          }
        }
      }),
    );
  });

  it("pooled figures of a parent equal the figures of the union of its subtree's responses", () => {
    fc.assert(
      fc.property(treeArb, (input) => {
        const { nodes, counts } = materialize(input);
        const result = treeFigures(nodes, buildCubes(counts, instruments), instruments, pooled);
        for (const node of nodes) {
          const members = new Set(subtreeIds(nodes, node.id));
          const union = counts.filter((c) => members.has(c.unitId)).map((c) => ({ ...c, unitId: 0 }));
          const expected = cubeFigures(
            buildCubes(union, instruments).get(0) ?? new Map(),
            instruments,
            pooled.minN,
          );
          expect(result.get(node.id)).toEqual(expected);
        }
      }),
    );
  });

  it("a mean rollup lies within [min, max] of its parts' indices", () => {
    fc.assert(
      fc.property(treeArb, (input) => {
        const { nodes, counts } = materialize(input);
        const cubes = buildCubes(counts, instruments);
        const result = treeFigures(nodes, cubes, instruments, mean);
        for (const node of nodes) {
          const kids = nodes.filter((n) => n.parentId === node.id);
          if (kids.length === 0) continue;
          const own = cubeFigures(cubes.get(node.id) ?? new Map(), instruments, mean.minN).quick;
          const parts = [own, ...kids.map((k) => result.get(k.id)?.quick)]
            .filter((f) => f !== undefined && f.n > 0)
            .map((f) => f?.index as number);
          const value = result.get(node.id)?.quick.index ?? null;
          if (parts.length === 0) {
            expect(value).toBeNull();
          } else {
            expect(value).not.toBeNull();
            expect(
              (value ?? 0) >= Math.min(...parts) - 1e-9 && (value ?? 0) <= Math.max(...parts) + 1e-9,
            ).toBe(true);
          }
        }
      }),
    );
  });

  it("figures of chosen subtrees equal those of the whole tree, under both rollups", () => {
    fc.assert(
      fc.property(treeArb, fc.constantFrom(pooled, mean), (input, settings) => {
        const { nodes, counts } = materialize(input);
        const cubes = buildCubes(counts, instruments);
        const all = treeFigures(nodes, cubes, instruments, settings);
        const some = subtreeFigures(nodes, cubes, instruments, settings, [1, 3, 99]);
        expect([...some.keys()]).toEqual([1, 3]);
        expect(some.get(1)).toEqual(all.get(1));
        expect(some.get(3)).toEqual(all.get(3));
      }),
    );
  });

  it("n of a root equals the unflagged quick answers of the whole tree; merging is order-free", () => {
    fc.assert(
      fc.property(treeArb, (input) => {
        const { nodes, counts } = materialize(input);
        const cubes = buildCubes(counts, instruments);
        const quickN = counts
          .filter((c) => !c.flagged && c.instrumentKey !== "service")
          .reduce((n, c) => n + c.count, 0);
        expect(treeFigures(nodes, cubes, instruments, pooled).get(1)?.quick.n).toBe(quickN);
        const list = [...cubes.values()];
        expect(mergeCubes(list)).toEqual(mergeCubes([...list].reverse()));
      }),
    );
  });
});
