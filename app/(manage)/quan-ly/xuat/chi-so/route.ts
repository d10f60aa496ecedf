import { listSubtreeUnitIds } from "@/db/queries/units";
import { getActor } from "@/features/access/server/actor";
import { recordEvent } from "@/features/access/server/change";
import {
  exportContentTypes,
  exportFormats,
  figureTableCsv,
  figureTableXlsx,
} from "@/features/index/figure-export";
import { type FigureRow, figureTable, rankRows } from "@/features/index/figure-table";
import { INDEX_LABEL } from "@/features/index/public-index";
import { type DashboardData, loadDashboard, rulesText } from "@/features/index/server/dashboard";
import { formatDateTime } from "@/lib/time";
import { flattenTree } from "@/lib/unit-tree";

type ExportFormat = (typeof exportFormats)[number];

function rowsOf(data: DashboardData, units: DashboardData["scope"]["units"]): FigureRow[] {
  return flattenTree(units).flatMap(({ unit, depth }) => {
    const figures = data.current.get(unit.id);
    return figures ? [{ unit, depth, figures, previous: data.previous.get(unit.id) }] : [];
  });
}

/**
 * GET /quan-ly/xuat/chi-so?dinh-dang=csv|xlsx&<dashboard parameters>[&don-vi=<id>] — the table the
 * dashboard shows for the same parameters: the overview's units, or a unit followed by its ranking
 * (direct children, or every unit below with pham-vi=tat-ca). Scope-checked and audited.
 */
export async function GET(req: Request): Promise<Response> {
  const manager = await getActor();
  if (!manager) return new Response("Vui lòng đăng nhập / sign in", { status: 401 });
  const search = new URL(req.url).searchParams;
  const format = search.get("dinh-dang") ?? "csv";
  if (!(exportFormats as readonly string[]).includes(format)) {
    return new Response("dinh-dang: phải là csv hoặc xlsx / format must be csv or xlsx", { status: 400 });
  }
  const rawUnit = search.get("don-vi");
  const unitId = rawUnit && /^\d{1,9}$/.test(rawUnit) ? Number(rawUnit) : null;
  if (rawUnit !== null && (unitId === null || !manager.scopeUnitIds.has(unitId))) {
    return new Response("Không tìm thấy đơn vị / unit not found", { status: 404 });
  }
  const params = Object.fromEntries(search);
  const data =
    unitId === null
      ? await loadDashboard([...manager.scopeUnitIds], params)
      : await loadDashboard(await listSubtreeUnitIds([unitId]), params, [unitId]);
  const { query } = data;
  let table: ReturnType<typeof figureTable>;
  if (unitId === null) {
    table = figureTable(rowsOf(data, data.scope.units), { serviceKey: query.filters.instrumentKey });
  } else {
    const all = rowsOf(data, data.scope.units);
    const self = all.find((r) => r.unit.id === unitId);
    if (!self) return new Response("Không tìm thấy đơn vị / unit not found", { status: 404 });
    const childIds = new Set(data.scope.units.filter((u) => u.parentId === unitId).map((u) => u.id));
    const below =
      query.values["pham-vi"] === "tat-ca"
        ? all.filter((r) => r.unit.id !== unitId)
        : all.filter((r) => childIds.has(r.unit.id));
    const ranked = rankRows(below, query.sort, query.direction);
    table = figureTable([{ ...self, depth: 0 }, ...ranked.rows], {
      serviceKey: query.filters.instrumentKey,
      ranks: ranked.ranks,
    });
  }
  await recordEvent(manager.userId, {
    action: "export.figures",
    entity: "unit",
    entityId: unitId === null ? null : String(unitId),
    unitId,
    details: { format, params: query.values },
  });
  const name = `chi-so-hai-long-${query.period.from}-${query.period.to}${unitId === null ? "" : `-don-vi-${unitId}`}`;
  const body =
    format === "csv"
      ? figureTableCsv(table)
      : await figureTableXlsx(table, [
          ["Chỉ số", INDEX_LABEL.vi],
          ["Kỳ / Period", `${query.period.label} (${query.period.from} – ${query.period.to})`],
          ["Cách tính / Rules", rulesText(data)],
          ["Lập lúc / Generated", formatDateTime(new Date(), "vi")],
          ["Người lập / By", manager.name],
        ]);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": exportContentTypes[format as ExportFormat],
      "content-disposition": `attachment; filename="${name}.${format}"`,
      "cache-control": "private, no-store",
    },
  });
}
