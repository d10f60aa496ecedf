import "server-only";
import { type AbnormalCounts, countAbnormalAnswers } from "@/db/queries/bursts";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import { localDay } from "@/lib/time";
import { type DashboardQuery, parseDashboardQuery, trendMonths } from "../dashboard-params";
import type { FigureSelection } from "../figure-selection";
import type { DossierCounts, UnitFigures } from "../index-engine";
import { type IndexTarget, targetFor } from "../index-settings";
import { type FilterOptions, listFilterOptions } from "./dashboard-queries";
import {
  getDossierCounts,
  getFigures,
  getIndexSettings,
  getMonthlyFigures,
  listFigureInstruments,
  resolveScopeUnits,
} from "./index-figures";

type Params = Record<string, string | string[] | undefined>;

export interface DashboardData {
  today: string;
  query: DashboardQuery;
  minN: number;
  rollup: "pooled" | "mean";
  targets: IndexTarget[];
  target: IndexTarget | undefined;
  definitions: Map<string, InstrumentDefinition>;
  titles: Map<string, string>;
  scope: Scope;
  current: Map<number, UnitFigures>;
  previous: Map<number, UnitFigures>;
  dossiers: Map<number, DossierCounts>;
  months: Array<{ month: string; figures: Map<number, UnitFigures> }>;
  options: FilterOptions;
  /** Answers of the period held for review or flagged: never in the figures, always said. */
  abnormal: AbnormalCounts;
}

type Scope = Awaited<ReturnType<typeof resolveScopeUnits>>;

/**
 * Everything a dashboard page shows for a set of units (raw ids of one or more subtrees) and its GET params.
 * `select` names the units whose figures the page shows (default: every unit in the scope).
 */
export async function loadDashboard(
  unitIds: readonly number[],
  params: Params,
  trendRootIds?: readonly number[],
  select?: (scope: Scope) => FigureSelection,
): Promise<DashboardData> {
  const today = localDay(new Date());
  const query = parseDashboardQuery(params, today);
  const [config, instruments, scope, options] = await Promise.all([
    getIndexSettings(),
    listFigureInstruments(),
    resolveScopeUnits(unitIds),
    listFilterOptions(unitIds),
  ]);
  const { period, filters } = query;
  const trend = trendMonths([period.to, today].sort()[0] ?? today);
  const selection = select?.(scope);
  const [current, previous, dossiers, months, abnormal] = await Promise.all([
    getFigures(scope, period, filters, config, instruments, selection),
    getFigures(scope, period.previous, filters, config, instruments, selection),
    getDossierCounts(scope, period),
    getMonthlyFigures(scope, trendRootIds ?? rootsOf(scope.nodes), trend, filters, config, instruments),
    countAbnormalAnswers(scope.countedIds, period.from, period.to),
  ]);
  return {
    today,
    query,
    minN: config.minN,
    rollup: config.rollup,
    targets: config.targets,
    target: targetFor(config.targets, Number(period.to.slice(0, 4))),
    definitions: new Map(instruments.map((i) => [i.key, i.definition])),
    titles: new Map(instruments.map((i) => [i.key, i.definition.title.vi])),
    scope,
    current,
    previous,
    dossiers,
    months,
    options,
    abnormal,
  };
}

function rootsOf(nodes: ReadonlyArray<{ id: number; parentId: number | null }>): number[] {
  const ids = new Set(nodes.map((n) => n.id));
  return nodes.filter((n) => n.parentId === null || !ids.has(n.parentId)).map((n) => n.id);
}

/** The rollup and counting rules in one sentence, for the page's caption. */
export function rulesText(data: DashboardData): string {
  const rollup =
    data.rollup === "pooled"
      ? "gộp toàn bộ phiếu của đơn vị và các đơn vị trực thuộc"
      : "trung bình không trọng số chỉ số của các đơn vị trực thuộc";
  return `Chỉ số của mỗi đơn vị: ${rollup}; không tính phiếu bị gắn cờ nghi vấn; dưới ${data.minN} lượt trả lời hiển thị “chưa đủ mẫu” và không xếp hạng. So sánh với kỳ trước có cùng độ dài.`;
}
