/**
 * Counts of many nodes in one dense shape, for the views that need every node of a national tree (the mean
 * rollup, the ranking of every commune) and for the counts kept of settled days (server/settled-counts.ts).
 * Every (instrument, item) the figures read is a slot of a fixed layout; a node's counts are one
 * Float64Array (slot × level). Adding, subtracting and turning thousands of nodes' counts into indices then
 * needs no object per count, where cubes (index-engine.ts) need a Map per instrument and an array per item.
 *
 * The figures are the engine's: a node's pooled figures are `cubeFigures` of its counts, and the mean
 * rollup gives every index exactly what `treeFigures` gives (node-counts.test.ts compares them on random
 * trees), computed on plain numbers: the mean of the parts' indices, the parts being the node's own answers
 * (when it has any) and each child's subtree. Pure.
 */
import { QUICK_ITEM_KEY } from "@/features/survey/instruments";
import {
  type CountCube,
  childrenWithin,
  cubeFigures,
  type InstrumentInfo,
  quickScaleSize,
  type TreeNode,
  type UnitFigures,
} from "./index-engine";

type Instruments = ReadonlyMap<string, InstrumentInfo>;

interface Slot {
  instrumentKey: string;
  itemKey: string;
  /** First level's position in a node's vector. */
  offset: number;
  /** Levels of the instrument's scale (3 or 5). */
  size: number;
}

/** Where each instrument's items and each index sit in the dense vectors. */
export interface CountLayout {
  /** Length of a node's count vector. */
  width: number;
  slots: Slot[];
  /** instrument key → item key → slot */
  byKey: Map<string, Map<string, Slot>>;
  /** A string naming the layout (cache keys). */
  key: string;
  instruments: Instruments;
  /** Quick slots on the quick figure's scale (others are not in the quick figure). */
  quickSlots: Slot[];
  quickSize: number;
  /** Full instruments by key order, with where their indices sit in an index vector. */
  full: Array<{ info: InstrumentInfo; base: number; items: Array<Array<{ slot: Slot; at: number }>> }>;
  /** Length of a node's index vector: the quick index, then per full instrument its service index, its
   * element indices and its item indices. */
  indexWidth: number;
}

/** Counts of nodes, each a vector of `CountLayout.width`. */
export type NodeCounts = Map<number, Float64Array>;

/** One cell as the count queries pack it: instrument key, item key, flagged, month, levels 1–5. */
export type CountCell = [string, string, number, string, number, number, number, number, number];

const layouts = new WeakMap<Instruments, [CountLayout | undefined, CountLayout | undefined]>();
/** Layouts by the instruments' content: each request reads the instruments afresh. */
const layoutsByContent = new Map<string, CountLayout>();

/** The layout of these instruments: the quick item of quick instruments, every item of full ones. */
export function countLayout(
  instruments: Instruments,
  { quickOnly = false }: { quickOnly?: boolean } = {},
): CountLayout {
  // Reads of the quick figure alone (thousands of ranked units, a board's trend) keep only the quick slots:
  // 3 numbers a node instead of a hundred. Unless a questionnaire names an item "quick" (those reads carry it).
  const quick =
    quickOnly &&
    ![...instruments.values()].some(
      (i) =>
        i.definition.kind === "full" &&
        i.definition.elements.some((e) => e.items.some((it) => it.key === QUICK_ITEM_KEY)),
    );
  const known = layouts.get(instruments)?.[quick ? 1 : 0];
  if (known) return known;
  const content = JSON.stringify([quick, ...[...instruments.values()].map((i) => [i.key, i.definition])]);
  const layout = layoutsByContent.get(content) ?? buildLayout(instruments, quick);
  if (layoutsByContent.size >= 20) layoutsByContent.clear();
  layoutsByContent.set(content, layout);
  const pair = layouts.get(instruments) ?? [undefined, undefined];
  pair[quick ? 1 : 0] = layout;
  layouts.set(instruments, pair);
  return layout;
}

function buildLayout(instruments: Instruments, quickOnly: boolean): CountLayout {
  const slots: Slot[] = [];
  const byKey = new Map<string, Map<string, Slot>>();
  let width = 0;
  const add = (instrumentKey: string, itemKey: string, size: number): Slot => {
    const slot = { instrumentKey, itemKey, offset: width, size };
    width += size;
    slots.push(slot);
    const items = byKey.get(instrumentKey) ?? new Map<string, Slot>();
    byKey.set(instrumentKey, items);
    items.set(itemKey, slot);
    return slot;
  };
  const quickSize = quickScaleSize(instruments);
  const quickSlots: Slot[] = [];
  const full: CountLayout["full"] = [];
  let indexWidth = 1;
  const sorted = [...instruments.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const info of sorted) {
    const size = info.definition.scale.length;
    if (info.definition.kind === "quick") {
      const slot = add(info.key, QUICK_ITEM_KEY, size);
      if (size === quickSize) quickSlots.push(slot);
      continue;
    }
    if (quickOnly) continue;
    const base = indexWidth;
    indexWidth += 1 + info.definition.elements.length;
    const items = info.definition.elements.map((element) =>
      element.items.map((item) => ({ slot: add(info.key, item.key, size), at: indexWidth++ })),
    );
    full.push({ info, base, items });
  }
  const layout: CountLayout = {
    width,
    slots,
    byKey,
    key: JSON.stringify([quickOnly, slots.map((s) => [s.instrumentKey, s.itemKey, s.size])]),
    instruments,
    quickSlots,
    quickSize,
    full,
    indexWidth,
  };
  return layout;
}

/**
 * Adds packed cells to `counts` (per month when `byMonth`, else under ""), with `sign` (+1, or −1 to take
 * days away). Flagged cells count only with `includeFlagged`. Items the instruments do not define are not
 * in any figure and are left out; an unknown instrument or a level outside its scale is an error, as for
 * cubes.
 */
export function addCells(
  target: Map<string, NodeCounts>,
  nodeId: number,
  cells: readonly CountCell[],
  layout: CountLayout,
  { byMonth, includeFlagged, sign = 1 }: { byMonth: boolean; includeFlagged: boolean; sign?: 1 | -1 },
): void {
  for (const [instrumentKey, itemKey, flagged, month, ...levels] of cells) {
    if (flagged && !includeFlagged) continue;
    const items = layout.byKey.get(instrumentKey);
    if (!items && !layout.instruments.has(instrumentKey)) {
      throw new RangeError(`unknown instrument "${instrumentKey}"`);
    }
    const slot = items?.get(itemKey);
    if (!slot) continue;
    for (let level = slot.size; level < levels.length; level++) {
      if ((levels[level] ?? 0) !== 0) {
        throw new RangeError(`value ${level + 1} outside the ${slot.size}-level scale of "${instrumentKey}"`);
      }
    }
    const key = byMonth ? month : "";
    const nodes = target.get(key) ?? new Map<number, Float64Array>();
    target.set(key, nodes);
    let vector = nodes.get(nodeId);
    if (!vector) {
      vector = new Float64Array(layout.width);
      nodes.set(nodeId, vector);
    }
    for (let level = 0; level < slot.size; level++) {
      vector[slot.offset + level] = (vector[slot.offset + level] ?? 0) + sign * (levels[level] ?? 0);
    }
  }
}

/**
 * The sum of two node counts. Neither input is changed; a node's vector found on one side only is shared
 * with the result (kept counts are read, never written).
 */
export function addNodeCounts(
  a: ReadonlyMap<number, Float64Array> | undefined,
  b: ReadonlyMap<number, Float64Array> | undefined,
): ReadonlyMap<number, Float64Array> {
  if (!a || a.size === 0) return b ?? new Map();
  if (!b || b.size === 0) return a;
  const sum = new Map(a);
  for (const [id, vector] of b) {
    const other = a.get(id);
    if (!other) {
      sum.set(id, vector);
      continue;
    }
    const total = Float64Array.from(other);
    for (let i = 0; i < vector.length; i++) total[i] = (total[i] ?? 0) + (vector[i] ?? 0);
    sum.set(id, total);
  }
  return sum;
}

/** A node's counts as a cube (what `cubeFigures` reads): slots with answers only. */
export function cubeOf(vector: Float64Array | undefined, layout: CountLayout): CountCube {
  const cube: CountCube = new Map();
  if (!vector) return cube;
  for (const slot of layout.slots) {
    let answered = false;
    for (let level = 0; level < slot.size; level++) {
      const count = vector[slot.offset + level] ?? 0;
      if (count < 0 || !Number.isInteger(count)) throw new RangeError(`bad count ${count}`);
      if (count !== 0) answered = true;
    }
    if (!answered) continue;
    const items = cube.get(slot.instrumentKey) ?? new Map<string, number[]>();
    cube.set(slot.instrumentKey, items);
    items.set(slot.itemKey, Array.from(vector.subarray(slot.offset, slot.offset + slot.size)));
  }
  return cube;
}

/** Pooled figures of the given nodes from counts already pooled per node (the rollups). */
export function pooledNodeFigures(
  ids: readonly number[],
  counts: ReadonlyMap<number, Float64Array>,
  layout: CountLayout,
  minN: number,
): Map<number, UnitFigures> {
  return new Map(
    ids.map((id) => [id, cubeFigures(cubeOf(counts.get(id), layout), layout.instruments, minN)]),
  );
}

/** 100 × top two ÷ n of a distribution in `vector` at `offset`; NaN without answers. */
function itemIndexAt(vector: Float64Array, offset: number, size: number): number {
  let n = 0;
  for (let level = 0; level < size; level++) n += vector[offset + level] ?? 0;
  if (n === 0) return Number.NaN;
  return (100 * ((vector[offset + size - 2] ?? 0) + (vector[offset + size - 1] ?? 0))) / n;
}

/** Mean of the numbers among `values` (NaN = none), summed in order as `elementIndex` sums. */
function meanPresent(values: Float64Array | readonly number[]): number {
  let sum = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count === 0 ? Number.NaN : sum / count;
}

/** The index vector of one set of counts (a leaf's, or a node's own answers): NaN where no answers. */
function indexVector(counts: Float64Array | undefined, layout: CountLayout): Float64Array {
  const out = new Float64Array(layout.indexWidth).fill(Number.NaN);
  if (!counts) return out;
  const quick = new Float64Array(layout.quickSize);
  for (const slot of layout.quickSlots) {
    for (let level = 0; level < slot.size; level++) {
      quick[level] = (quick[level] ?? 0) + (counts[slot.offset + level] ?? 0);
    }
  }
  out[0] = itemIndexAt(quick, 0, layout.quickSize);
  for (const { base, items } of layout.full) {
    const elements = items.map((element) => {
      const indices = element.map(({ slot, at }) => {
        const index = itemIndexAt(counts, slot.offset, slot.size);
        out[at] = index;
        return index;
      });
      return meanPresent(indices);
    });
    elements.forEach((index, e) => {
      out[base + 1 + e] = index;
    });
    out[base] = meanPresent(elements);
  }
  return out;
}

/**
 * Every node's index vector under the mean rollup, from counts pooled per node: a leaf's indices are its
 * own; a node with children takes, index by index, the mean over its parts — its own answers (its pooled
 * counts minus its children's, when there are any) and each child's subtree — of the parts that have one.
 */
export function meanIndexVectors(
  nodes: readonly TreeNode[],
  pooled: ReadonlyMap<number, Float64Array>,
  layout: CountLayout,
): ReadonlyMap<number, Float64Array> {
  // Counts are never changed once built (kept counts of settled days are read by every request): the
  // vectors of the same counts, tree and layout are worked out once.
  const known = vectorMemo.get(pooled)?.get(nodes)?.get(layout);
  if (known) return known;
  const vectors = computeMeanIndexVectors(nodes, pooled, layout);
  const byNodes = vectorMemo.get(pooled) ?? new WeakMap();
  vectorMemo.set(pooled, byNodes);
  const byLayout = byNodes.get(nodes) ?? new WeakMap();
  byNodes.set(nodes, byLayout);
  byLayout.set(layout, vectors);
  return vectors;
}

const vectorMemo = new WeakMap<
  ReadonlyMap<number, Float64Array>,
  WeakMap<readonly TreeNode[], WeakMap<CountLayout, Map<number, Float64Array>>>
>();

function computeMeanIndexVectors(
  nodes: readonly TreeNode[],
  pooled: ReadonlyMap<number, Float64Array>,
  layout: CountLayout,
): Map<number, Float64Array> {
  const children = childrenWithin(nodes);
  const vectors = new Map<number, Float64Array>();
  const visit = (id: number, path: ReadonlySet<number>): Float64Array => {
    const done = vectors.get(id);
    if (done) return done;
    if (path.has(id)) throw new RangeError(`unit ${id} is its own ancestor`);
    const kids = children.get(id) ?? [];
    const counts = pooled.get(id);
    if (kids.length === 0) {
      const vector = indexVector(counts, layout);
      vectors.set(id, vector);
      return vector;
    }
    const inner = new Set(path).add(id);
    const parts = kids.map((k) => visit(k, inner));
    const own = ownCounts(counts, kids, pooled, layout);
    const ownVector = own && indexVector(own, layout);
    if (ownVector?.some((v) => !Number.isNaN(v))) parts.unshift(ownVector);
    const vector = new Float64Array(layout.indexWidth);
    for (let i = 0; i < vector.length; i++) {
      let sum = 0;
      let count = 0;
      for (const part of parts) {
        const v = part[i] ?? Number.NaN;
        if (Number.isNaN(v)) continue;
        sum += v;
        count++;
      }
      vector[i] = count === 0 ? Number.NaN : sum / count;
    }
    vectors.set(id, vector);
    return vector;
  };
  for (const node of nodes) visit(node.id, new Set());
  return vectors;
}

/** A node's own counts: its pooled counts minus its children's (none when it has no counts). */
function ownCounts(
  counts: Float64Array | undefined,
  kids: readonly number[],
  pooled: ReadonlyMap<number, Float64Array>,
  layout: CountLayout,
): Float64Array | undefined {
  if (!counts) return undefined;
  const own = Float64Array.from(counts);
  for (const k of kids) {
    const part = pooled.get(k);
    if (!part) continue;
    for (let i = 0; i < own.length; i++) own[i] = (own[i] ?? 0) - (part[i] ?? 0);
  }
  for (let i = 0; i < own.length; i++) {
    if ((own[i] ?? 0) < 0) {
      const slot = layout.slots.find((s) => i >= s.offset && i < s.offset + s.size);
      throw new RangeError(
        `a part has more answers than its whole (${slot?.instrumentKey} ${slot?.itemKey})`,
      );
    }
  }
  return own;
}

const indexOrNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);

/**
 * Figures of the given nodes under the mean rollup, from counts pooled per node (every node of `nodes`
 * read): n, distributions and mean scores pooled, each index the mean of its parts', without an interval;
 * a node without children keeps its pooled figures (as `treeFigures` gives).
 */
export function meanNodeFigures(
  nodes: readonly TreeNode[],
  ids: readonly number[],
  pooled: ReadonlyMap<number, Float64Array>,
  layout: CountLayout,
  minN: number,
): Map<number, UnitFigures> {
  const vectors = meanIndexVectors(nodes, pooled, layout);
  const children = childrenWithin(nodes);
  const result = new Map<number, UnitFigures>();
  for (const id of ids) {
    const vector = vectors.get(id);
    if (!vector) continue;
    const figures = cubeFigures(cubeOf(pooled.get(id), layout), layout.instruments, minN);
    if (!children.has(id)) {
      result.set(id, figures);
      continue;
    }
    const mean = <F extends { index: number | null }>(figure: F, at: number) => ({
      ...figure,
      index: indexOrNull(vector[at]),
      wilson: null,
      rollup: "mean" as const,
    });
    result.set(id, {
      quick: mean(figures.quick, 0),
      instruments: figures.instruments.map((instrument) => {
        const place = layout.full.find((f) => f.info.key === instrument.key);
        if (!place) throw new RangeError(`instrument "${instrument.key}" outside the layout`);
        return {
          ...instrument,
          service: indexOrNull(vector[place.base]),
          elements: instrument.elements.map((element, e) => ({
            ...element,
            index: indexOrNull(vector[place.base + 1 + e]),
            items: element.items.map((item, i) => ({
              key: item.key,
              figure: mean(item.figure, place.items[e]?.[i]?.at ?? -1),
            })),
          })),
        };
      }),
    });
  }
  return result;
}
