import "server-only";
import { memoizeLookup } from "@/db/memo";
import type { Unit } from "@/db/schema";
import type { DossierFigures } from "@/features/dossiers/lifecycle";
import { scopeDossierFigures } from "@/features/dossiers/server/figures";
import {
  getUnitById,
  listRootUnitsWithChildren,
  listSubtreeUnitIds,
} from "@/features/units/server/unit-queries";
import { byName } from "@/lib/collate";
import { localDay } from "@/lib/time";
import { type DayRange, type FigureFilters, trendMonths } from "../dashboard-params";
import { indexLabels } from "../figures";
import type { Figure, RollupMode } from "../index-engine";
import { type PublicFeed, type PublicUnitRef, publicDossierFigures, publicFigure } from "../public-index";
import {
  getFigures,
  getIndexSettings,
  getMonthlyFigures,
  listFigureInstruments,
  resolveScopeUnits,
} from "./index-figures";

/**
 * The published figures: the quick index of every current unit's subtree, through the same engine and
 * queries as the dashboard, never with flagged responses, and its dossier figures (on-time rate, QĐ 766
 * ratio: per unit, never per officer). Kept for five minutes per period (or per unit
 * and range) in this process: the board is public and must stay fast under load.
 */
const PUBLIC_TTL_MS = 300_000;
const PUBLIC_FILTERS: FigureFilters = { includeFlagged: false };

export interface BoardUnit {
  unit: Unit;
  depth: number;
  figure: Figure;
  dossiers: DossierFigures | undefined;
  trend: Array<{ month: string; figure: Figure | undefined }>;
}

export interface Board {
  period: DayRange;
  minN: number;
  rollup: RollupMode;
  /** Root units with their subtree, depth-first (parents before children, siblings by name). */
  roots: Array<{ root: BoardUnit; units: BoardUnit[] }>;
}

/** The 12 months ending with the period's last month (or the current month, if earlier). */
function trendFor(range: DayRange, today: string) {
  return trendMonths([range.to, today].sort()[0] ?? today);
}

async function figureSources() {
  const [config, instruments] = await Promise.all([getIndexSettings(), listFigureInstruments()]);
  return { config: { ...config, includeFlagged: false }, instruments };
}

async function buildBoard(key: string): Promise<Board> {
  const [from = "", to = ""] = key.split("|");
  const period = { from, to };
  const [{ config, instruments }, roots] = await Promise.all([figureSources(), listRootUnitsWithChildren()]);
  const scope = await resolveScopeUnits(await listSubtreeUnitIds(roots.map((r) => r.unit.id)));
  const ids = scope.units.map((u) => u.id);
  const [current, dossiers, months] = await Promise.all([
    // The board shows the quick index only (and the on-time rate).
    getFigures(scope, period, PUBLIC_FILTERS, config, instruments, { full: [], quickOnly: ids }),
    scopeDossierFigures(scope, period),
    getMonthlyFigures(
      scope,
      ids,
      trendFor(period, localDay(new Date())),
      PUBLIC_FILTERS,
      config,
      instruments,
      { quickOnly: true },
    ),
  ]);
  const inScope = new Set(scope.units.map((u) => u.id));
  const children = new Map<number | null, Unit[]>();
  for (const unit of scope.units) {
    const parent = unit.parentId !== null && inScope.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  const boardUnit = (unit: Unit, depth: number): BoardUnit[] => {
    const figure = current.get(unit.id);
    if (!figure) return [];
    const trend = months.map((m) => ({ month: m.month, figure: m.figures.get(unit.id)?.quick }));
    const kids = [...(children.get(unit.id) ?? [])].sort(byName);
    return [
      { unit, depth, figure: figure.quick, dossiers: dossiers.get(unit.id), trend },
      ...kids.flatMap((k) => boardUnit(k, depth + 1)),
    ];
  };
  return {
    period,
    minN: config.minN,
    rollup: config.rollup,
    roots: [...(children.get(null) ?? [])].sort(byName).flatMap((root) => {
      const [first, ...rest] = boardUnit(root, 0);
      return first ? [{ root: first, units: [first, ...rest] }] : [];
    }),
  };
}

const boards = memoizeLookup("public-board", buildBoard, { ttlMs: PUBLIC_TTL_MS, max: 100 });

/**
 * After a change to what counts (a burst confirmed or rejected), this process publishes afresh at once and
 * the other instances once they read the cache signal (db/cache-signals.ts).
 */
export async function forgetPublishedFigures(): Promise<void> {
  await Promise.all([boards.clear(), feeds.clear()]);
}

export async function loadBoard(period: DayRange): Promise<Board> {
  const board = await boards.get(`${period.from}|${period.to}`);
  if (!board) throw new Error("the public board could not be built");
  return board;
}

function unitRef(unit: Unit): PublicUnitRef {
  return { id: unit.id, slug: unit.slug, name: unit.name, nameEn: unit.nameEn };
}

async function buildFeed(key: string): Promise<PublicFeed | undefined> {
  const [rawId = "", from = "", to = ""] = key.split("|");
  const unitId = Number(rawId);
  const unit = await getUnitById(unitId);
  if (!unit || unit.validTo !== null) return undefined;
  const period = { from, to };
  const { config, instruments } = await figureSources();
  const scope = await resolveScopeUnits(await listSubtreeUnitIds([unitId]));
  const shown = scope.units.filter((u) => u.id === unitId || u.parentId === unitId).map((u) => u.id);
  const [current, dossiers, months] = await Promise.all([
    getFigures(scope, period, PUBLIC_FILTERS, config, instruments, { full: [], quickOnly: shown }),
    scopeDossierFigures(scope, period),
    getMonthlyFigures(
      scope,
      [unitId],
      trendFor(period, localDay(new Date())),
      PUBLIC_FILTERS,
      config,
      instruments,
      { quickOnly: true },
    ),
  ]);
  const own = current.get(unitId);
  if (!own) return undefined;
  const children = scope.units
    .filter((u) => u.parentId === unitId)
    .sort(byName)
    .flatMap((child) => {
      const figures = current.get(child.id);
      return figures
        ? [
            {
              unit: unitRef(child),
              figure: publicFigure(figures.quick),
              ...publicDossierFigures(dossiers.get(child.id)),
            },
          ]
        : [];
    });
  return {
    label: indexLabels(),
    question: "quick",
    unit: unitRef(unit),
    period,
    minN: config.minN,
    rollup: config.rollup,
    flaggedExcluded: true,
    figure: publicFigure(own.quick),
    ...publicDossierFigures(dossiers.get(unitId)),
    children,
    trend: months.flatMap((m) => {
      const figures = m.figures.get(unitId);
      return figures ? [{ month: m.month, figure: publicFigure(figures.quick) }] : [];
    }),
  };
}

const feeds = memoizeLookup("public-feed", buildFeed, { ttlMs: PUBLIC_TTL_MS, max: 2000 });

/** The feed of a current unit's subtree over a day range; undefined for an unknown or abolished unit. */
export function loadFeed(unitId: number, range: DayRange): Promise<PublicFeed | undefined> {
  return feeds.get(`${unitId}|${range.from}|${range.to}`);
}
