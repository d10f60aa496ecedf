/**
 * The index engine: from answer counts (unit × instrument × item × level) to the figures managers see,
 * per unit and per subtree (DOMAIN.md "Index computation"). Pure; the database side only counts.
 *
 * Responses to different versions of one instrument are grouped by the instrument KEY (versions of a key
 * share item keys); the structure (elements, scale) is the latest version's. The quick figure pools the
 * "quick" item of every quick-kind instrument on the quick scale.
 */
import { type InstrumentDefinition, QUICK_ITEM_KEY } from "@/features/survey/instruments";
import {
  DEFAULT_MIN_N,
  elementIndex,
  type IndexSummary,
  serviceIndex,
  summarize,
} from "./satisfaction-index";

export type RollupMode = "pooled" | "mean";

export interface IndexSettings {
  /** Below it an index is not shown (figures.ts) and not ranked. */
  minN: number;
  /** pooled: all responses of a subtree together; mean: unweighted mean of its parts' indices. */
  rollup: RollupMode;
  /** Flagged responses are excluded unless asked for. */
  includeFlagged: boolean;
}

export const defaultIndexSettings: IndexSettings = {
  minN: DEFAULT_MIN_N,
  rollup: "pooled",
  includeFlagged: false,
};

/** The latest version of each instrument key involved. */
export interface InstrumentInfo {
  key: string;
  definition: InstrumentDefinition;
}

/** One row of counted answers, as read from the daily aggregates (or from raw rows for finer filters). */
export interface AnswerCount {
  unitId: number;
  instrumentKey: string;
  itemKey: string;
  /** Answer level, 1..scale. */
  value: number;
  flagged: boolean;
  count: number;
}

/** Counts of one unit or subtree: instrument key → item key → distribution over the instrument's scale. */
export type CountCube = Map<string, Map<string, number[]>>;

/** An index with n, distribution, mean score and Wilson interval; under the mean rollup the interval is null. */
export interface Figure extends IndexSummary {
  rollup: RollupMode;
}

export interface ElementFigure {
  key: string;
  index: number | null;
  items: Array<{ key: string; figure: Figure }>;
}

export interface InstrumentFigures {
  key: string;
  /** Mean of the element indices; null without answers. */
  service: number | null;
  elements: ElementFigure[];
  /** Valid answers over all items. */
  answers: number;
  /** Every answered item has at least the minimum n (else the service index is not shown). */
  enoughSamples: boolean;
}

/** An element's index is shown when every answered item of it reaches the minimum n. */
export function elementEnoughSamples(element: ElementFigure): boolean {
  return element.items.every((i) => i.figure.n === 0 || i.figure.enoughSamples);
}

/** A full instrument's service index in the shape `indexChange` compares. */
export function serviceFigure(
  instrument: InstrumentFigures | undefined,
): Pick<IndexSummary, "index" | "enoughSamples"> | undefined {
  return instrument && { index: instrument.service, enoughSamples: instrument.enoughSamples };
}

export interface UnitFigures {
  quick: Figure;
  /** Full-kind instruments with at least one answer, by key. */
  instruments: InstrumentFigures[];
}

export interface TreeNode {
  id: number;
  parentId: number | null;
}

type Instruments = ReadonlyMap<string, InstrumentInfo>;

export function instrumentMap(list: readonly InstrumentInfo[]): Map<string, InstrumentInfo> {
  return new Map(list.map((i) => [i.key, i]));
}

/** The scale of the quick figure: the counter scale (3 levels) unless every quick instrument uses 5. */
export function quickScaleSize(instruments: Instruments): number {
  const quick = [...instruments.values()].filter((i) => i.definition.kind === "quick");
  return quick.length > 0 && quick.every((i) => i.definition.scale.length === 5) ? 5 : 3;
}

function zeros(size: number): number[] {
  return Array.from({ length: size }, () => 0);
}

/** Groups counts into one cube per unit; flagged rows are dropped unless `includeFlagged`. */
export function buildCubes(
  rows: readonly AnswerCount[],
  instruments: Instruments,
  includeFlagged = false,
): Map<number, CountCube> {
  const cubes = new Map<number, CountCube>();
  for (const row of rows) {
    if (row.flagged && !includeFlagged) continue;
    const instrument = instruments.get(row.instrumentKey);
    if (!instrument) throw new RangeError(`unknown instrument "${row.instrumentKey}"`);
    const size = instrument.definition.scale.length;
    if (!Number.isInteger(row.value) || row.value < 1 || row.value > size) {
      throw new RangeError(`value ${row.value} outside the ${size}-level scale of "${row.instrumentKey}"`);
    }
    if (!Number.isInteger(row.count) || row.count < 0) throw new RangeError(`bad count ${row.count}`);
    const cube = cubes.get(row.unitId) ?? new Map<string, Map<string, number[]>>();
    cubes.set(row.unitId, cube);
    const items = cube.get(row.instrumentKey) ?? new Map<string, number[]>();
    cube.set(row.instrumentKey, items);
    const dist = items.get(row.itemKey) ?? zeros(size);
    items.set(row.itemKey, dist);
    dist[row.value - 1] = (dist[row.value - 1] ?? 0) + row.count;
  }
  return cubes;
}

/** Adds `dist` into `target` (a copy this module owns): no new array per addition. */
function addInto(target: number[], dist: readonly number[]): void {
  if (target.length !== dist.length) {
    throw new RangeError(`cannot add distributions of lengths ${target.length} and ${dist.length}`);
  }
  for (let i = 0; i < dist.length; i++) target[i] = (target[i] ?? 0) + (dist[i] ?? 0);
}

/** Sum of cubes: the pooled counts of several units. */
export function mergeCubes(cubes: ReadonlyArray<CountCube | undefined>): CountCube {
  const merged: CountCube = new Map();
  for (const cube of cubes) {
    for (const [key, items] of cube ?? []) {
      const target = merged.get(key) ?? new Map<string, number[]>();
      merged.set(key, target);
      for (const [itemKey, dist] of items) {
        const existing = target.get(itemKey);
        if (existing) addInto(existing, dist);
        else target.set(itemKey, [...dist]);
      }
    }
  }
  return merged;
}

function pooledFigure(dist: readonly number[], minN: number): Figure {
  // summarize returns a fresh object: extending it avoids a copy per figure (tens of thousands per page).
  const figure = summarize(dist, minN) as Figure;
  figure.rollup = "pooled";
  return figure;
}

/** What every cube's figures need from the instruments, worked out once per instruments map. */
interface InstrumentPlan {
  quickSize: number;
  /** Full-kind instruments by key order. */
  full: InstrumentInfo[];
}

const plans = new WeakMap<Instruments, InstrumentPlan>();

function planOf(instruments: Instruments): InstrumentPlan {
  let plan = plans.get(instruments);
  if (!plan) {
    plan = {
      quickSize: quickScaleSize(instruments),
      full: [...instruments.values()]
        .filter((i) => i.definition.kind === "full")
        .sort((a, b) => a.key.localeCompare(b.key)),
    };
    plans.set(instruments, plan);
  }
  return plan;
}

function quickDistribution(cube: CountCube, instruments: Instruments, size: number): number[] {
  const dist = zeros(size);
  for (const [key, items] of cube) {
    const instrument = instruments.get(key);
    const answers = items.get(QUICK_ITEM_KEY);
    if (instrument?.definition.kind !== "quick" || !answers || answers.length !== size) continue;
    addInto(dist, answers);
  }
  return dist;
}

function instrumentFigures(
  info: InstrumentInfo,
  items: ReadonlyMap<string, number[]>,
  minN: number,
): InstrumentFigures {
  const size = info.definition.scale.length;
  const elements = info.definition.elements.map((element) => {
    const itemFigures = element.items.map((item) => ({
      key: item.key,
      figure: pooledFigure(items.get(item.key) ?? zeros(size), minN),
    }));
    return {
      key: element.key,
      index: elementIndex(itemFigures.map((i) => i.figure.index)),
      items: itemFigures,
    };
  });
  const answered = elements.flatMap((e) => e.items).filter((i) => i.figure.n > 0);
  return {
    key: info.key,
    service: serviceIndex(elements.map((e) => e.index)),
    elements,
    answers: answered.reduce((n, i) => n + i.figure.n, 0),
    enoughSamples: answered.length > 0 && answered.every((i) => i.figure.enoughSamples),
  };
}

/** Figures of one cube (a unit's own responses, or a subtree pooled). */
export function cubeFigures(cube: CountCube, instruments: Instruments, minN: number): UnitFigures {
  const plan = planOf(instruments);
  // An instrument without counts in the cube has no answers, so no figures (as if computed and dropped).
  const full = plan.full
    .flatMap((info) => {
      const items = cube.get(info.key);
      return items ? [instrumentFigures(info, items, minN)] : [];
    })
    .filter((f) => f.answers > 0);
  return {
    quick: pooledFigure(quickDistribution(cube, instruments, plan.quickSize), minN),
    instruments: full,
  };
}

function hasAnswers(figures: UnitFigures): boolean {
  return figures.quick.n > 0 || figures.instruments.length > 0;
}

function meanOf(values: ReadonlyArray<number | null | undefined>): number | null {
  const present = values.filter((v): v is number => typeof v === "number");
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

function meanFigure(pooled: Figure, parts: ReadonlyArray<Figure | undefined>): Figure {
  return {
    ...pooled,
    index: meanOf(parts.map((p) => (p && p.n > 0 ? p.index : null))),
    wilson: null,
    rollup: "mean",
  };
}

/** Mean rollup: counts stay pooled, each index becomes the unweighted mean of the parts' indices. */
function meanRollupFigures(pooled: UnitFigures, parts: readonly UnitFigures[]): UnitFigures {
  const partInstrument = (part: UnitFigures, key: string) => part.instruments.find((i) => i.key === key);
  return {
    quick: meanFigure(
      pooled.quick,
      parts.map((p) => p.quick),
    ),
    instruments: pooled.instruments.map((instrument) => {
      const partsOf = parts.map((p) => partInstrument(p, instrument.key));
      return {
        ...instrument,
        service: meanOf(partsOf.map((p) => p?.service)),
        elements: instrument.elements.map((element, e) => ({
          ...element,
          index: meanOf(partsOf.map((p) => p?.elements[e]?.index)),
          items: element.items.map((item, i) => ({
            key: item.key,
            figure: meanFigure(
              item.figure,
              partsOf.map((p) => p?.elements[e]?.items[i]?.figure),
            ),
          })),
        })),
      };
    }),
  };
}

/** Each node's children among the nodes given (a node whose parent is not among them is a root). */
export function childrenWithin(nodes: readonly TreeNode[]): Map<number, number[]> {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<number, number[]>();
  for (const node of nodes) {
    if (node.parentId === null || !ids.has(node.parentId)) continue;
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node.id);
    else children.set(node.parentId, [node.id]);
  }
  return children;
}

/**
 * Figures of every node's subtree. Pooled: the subtree's counts together. Mean: each index is the mean
 * over the node's parts — its own responses (when it has any) and each child subtree — while n, the
 * distribution and the mean score stay pooled.
 */
export function treeFigures(
  nodes: readonly TreeNode[],
  cubes: ReadonlyMap<number, CountCube>,
  instruments: Instruments,
  settings: Pick<IndexSettings, "minN" | "rollup">,
): Map<number, UnitFigures> {
  const children = childrenWithin(nodes);
  const subtreeCubes = new Map<number, CountCube>();
  const result = new Map<number, UnitFigures>();
  const visit = (id: number, path: ReadonlySet<number>): CountCube => {
    const done = subtreeCubes.get(id);
    if (done) return done;
    if (path.has(id)) throw new RangeError(`unit ${id} is its own ancestor`);
    const inner = new Set(path).add(id);
    const kids = children.get(id) ?? [];
    // A leaf's subtree is its own cube (read only here): no copy.
    const cube =
      kids.length === 0
        ? (cubes.get(id) ?? new Map())
        : mergeCubes([cubes.get(id), ...kids.map((k) => visit(k, inner))]);
    subtreeCubes.set(id, cube);
    const pooled = cubeFigures(cube, instruments, settings.minN);
    if (settings.rollup === "pooled" || kids.length === 0) {
      result.set(id, pooled);
    } else {
      const own = cubeFigures(cubes.get(id) ?? new Map(), instruments, settings.minN);
      const childFigures = kids.flatMap((k) => result.get(k) ?? []);
      result.set(id, meanRollupFigures(pooled, [...(hasAnswers(own) ? [own] : []), ...childFigures]));
    }
    return cube;
  };
  for (const node of nodes) visit(node.id, new Set());
  return result;
}

/** Figures of some nodes' subtrees only: pooled merges each subtree once; mean needs the whole tree. */
export function subtreeFigures(
  nodes: readonly TreeNode[],
  cubes: ReadonlyMap<number, CountCube>,
  instruments: Instruments,
  settings: Pick<IndexSettings, "minN" | "rollup">,
  rootIds: readonly number[],
): Map<number, UnitFigures> {
  if (settings.rollup === "mean") {
    const all = treeFigures(nodes, cubes, instruments, settings);
    return new Map(rootIds.flatMap((id) => (all.has(id) ? [[id, all.get(id) as UnitFigures]] : [])));
  }
  const children = new Map<number | null, number[]>();
  for (const node of nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node.id]);
  const members = (id: number, seen = new Set<number>()): number[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [id, ...(children.get(id) ?? []).flatMap((k) => members(k, seen))];
  };
  const known = new Set(nodes.map((n) => n.id));
  return new Map(
    rootIds
      .filter((id) => known.has(id))
      .map((id) => [
        id,
        cubeFigures(mergeCubes(members(id).map((m) => cubes.get(m))), instruments, settings.minN),
      ]),
  );
}

/** Change of an index in percentage points; null unless both periods have enough samples. */
export function indexChange(
  current: Pick<IndexSummary, "index" | "enoughSamples">,
  previous: Pick<IndexSummary, "index" | "enoughSamples"> | undefined,
): number | null {
  if (!previous || !current.enoughSamples || !previous.enoughSamples) return null;
  if (current.index === null || previous.index === null) return null;
  return current.index - previous.index;
}
