import { describe, expect, it } from "vitest";
import { defaultInstruments } from "@/features/survey/instruments";
import {
  type AnswerCount,
  buildCubes,
  cubeFigures,
  type InstrumentInfo,
  instrumentMap,
  type TreeNode,
  treeFigures,
} from "./index-engine";
import {
  addCells,
  addNodeCounts,
  type CountCell,
  countLayout,
  meanNodeFigures,
  type NodeCounts,
  pooledNodeFigures,
} from "./node-counts";

const instruments: InstrumentInfo[] = defaultInstruments.map((i) => ({
  key: i.key,
  definition: i.definition,
}));
const byKey = instrumentMap(instruments);
const serviceItems = defaultInstruments[1].definition.elements.flatMap((e) => e.items.map((i) => i.key));

function randomSource(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A random tree (roots included) and each node's own answers, some flagged, some on unknown items. */
function randomTree(seed: number, size: number) {
  const random = randomSource(seed);
  const nodes: TreeNode[] = [];
  for (let id = 1; id <= size; id++) {
    nodes.push({ id, parentId: id === 1 || random() < 0.1 ? null : 1 + Math.floor(random() * (id - 1)) });
  }
  const own: AnswerCount[] = [];
  for (const node of nodes) {
    if (random() < 0.25) continue; // no answers of its own
    if (random() < 0.8) {
      for (let value = 1; value <= 3; value++) {
        const count = Math.floor(random() * 4);
        if (count > 0)
          own.push({
            unitId: node.id,
            instrumentKey: "quick",
            itemKey: "quick",
            value,
            flagged: false,
            count,
          });
      }
    }
    if (random() < 0.5) {
      for (const itemKey of serviceItems) {
        if (random() < 0.3) continue;
        const value = 1 + Math.floor(random() * 5);
        own.push({
          unitId: node.id,
          instrumentKey: "service",
          itemKey,
          value,
          flagged: random() < 0.1,
          count: 1 + Math.floor(random() * 3),
        });
      }
    }
    if (random() < 0.1) {
      own.push({
        unitId: node.id,
        instrumentKey: "service",
        itemKey: "retired-item",
        value: 2,
        flagged: false,
        count: 1,
      });
    }
  }
  return { nodes, own };
}

/** Each node's answers pooled over its subtree, packed as the count queries give them. */
function pooledCells(nodes: readonly TreeNode[], own: readonly AnswerCount[]): Map<number, CountCell[]> {
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  const cells = new Map<number, Map<string, CountCell>>();
  for (const row of own) {
    for (
      let at: number | null | undefined = row.unitId;
      at !== null && at !== undefined;
      at = parent.get(at)
    ) {
      const node = cells.get(at) ?? new Map<string, CountCell>();
      cells.set(at, node);
      const key = `${row.instrumentKey}|${row.itemKey}|${row.flagged}`;
      const cell = node.get(key) ?? [row.instrumentKey, row.itemKey, row.flagged ? 1 : 0, "", 0, 0, 0, 0, 0];
      node.set(key, cell);
      cell[3 + row.value] = (cell[3 + row.value] as number) + row.count;
    }
  }
  return new Map([...cells].map(([id, m]) => [id, [...m.values()]]));
}

function denseCounts(cells: Map<number, CountCell[]>, includeFlagged: boolean): NodeCounts {
  const layout = countLayout(byKey);
  const target = new Map<string, NodeCounts>();
  for (const [id, list] of cells) addCells(target, id, list, layout, { byMonth: false, includeFlagged });
  return target.get("") ?? new Map();
}

describe("node counts", () => {
  it("give exactly the mean rollup of treeFigures, for every node of random trees", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { nodes, own } = randomTree(seed, 5 + (seed % 7) * 6);
      for (const includeFlagged of [false, true]) {
        const expected = treeFigures(nodes, buildCubes(own, byKey, includeFlagged), byKey, {
          minN: 5,
          rollup: "mean",
        });
        const ids = nodes.map((n) => n.id);
        const actual = meanNodeFigures(
          nodes,
          ids,
          denseCounts(pooledCells(nodes, own), includeFlagged),
          countLayout(byKey),
          5,
        );
        // The same JSON: every index to the last bit, every key in the same order.
        expect(JSON.stringify(ids.map((id) => actual.get(id)))).toBe(
          JSON.stringify(ids.map((id) => expected.get(id))),
        );
      }
    }
  });

  it("give the pooled figures of cubes, and only for the nodes asked", () => {
    const { nodes, own } = randomTree(7, 30);
    const cubes = treeFigures(nodes, buildCubes(own, byKey), byKey, { minN: 5, rollup: "pooled" });
    const counts = denseCounts(pooledCells(nodes, own), false);
    const asked = [1, 4, 9, 999];
    const figures = pooledNodeFigures(asked, counts, countLayout(byKey), 5);
    expect([...figures.keys()]).toEqual(asked);
    for (const id of [1, 4, 9]) expect(JSON.stringify(figures.get(id))).toBe(JSON.stringify(cubes.get(id)));
    expect(figures.get(999)).toEqual(cubeFigures(new Map(), byKey, 5));
  });

  it("add up without changing either side, and take days away with a negative sign", () => {
    const layout = countLayout(byKey);
    const target = new Map<string, NodeCounts>();
    addCells(target, 1, [["quick", "quick", 0, "2026-11", 1, 2, 3, 0, 0]], layout, {
      byMonth: true,
      includeFlagged: false,
    });
    addCells(target, 1, [["quick", "quick", 0, "2026-11", 0, 1, 1, 0, 0]], layout, {
      byMonth: true,
      includeFlagged: false,
      sign: -1,
    });
    const november = target.get("2026-11") ?? new Map();
    const sum = addNodeCounts(november, november);
    expect(Array.from(november.get(1)?.subarray(0, 3) ?? [])).toEqual([1, 1, 2]);
    expect(Array.from(sum.get(1)?.subarray(0, 3) ?? [])).toEqual([2, 2, 4]);
    expect(addNodeCounts(november, undefined)).toBe(november);
  });

  it("refuse what cubes refuse: an unknown instrument, a level outside the scale, a part larger than its whole", () => {
    const layout = countLayout(byKey);
    const target = new Map<string, NodeCounts>();
    expect(() =>
      addCells(target, 1, [["nope", "quick", 0, "", 1, 0, 0, 0, 0]], layout, {
        byMonth: false,
        includeFlagged: false,
      }),
    ).toThrow(RangeError);
    expect(() =>
      addCells(target, 1, [["quick", "quick", 0, "", 0, 0, 0, 2, 0]], layout, {
        byMonth: false,
        includeFlagged: false,
      }),
    ).toThrow(/outside the 3-level scale/);
    const counts: NodeCounts = new Map([
      [1, new Float64Array(layout.width)],
      [2, new Float64Array(layout.width).fill(1)],
    ]);
    expect(() =>
      meanNodeFigures(
        [
          { id: 1, parentId: null },
          { id: 2, parentId: 1 },
        ],
        [1],
        counts,
        layout,
        5,
      ),
    ).toThrow(/more answers than its whole/);
  });
});
