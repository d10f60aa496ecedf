import "server-only";
import { type Actor, can } from "@/features/access/permissions";
import { recordEvent } from "@/features/access/server/change";
import { listSubtreeUnitIds } from "@/features/units/server/unit-queries";
import type { Lang } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { formatDateTime } from "@/lib/time";
import { type DayRange, periodLabel } from "../dashboard-params";
import { type ExportFormat, exportContentTypes, figureTableCsv, figureTableXlsx } from "../figure-export";
import { type FigureTable, figureTable, rankRows } from "../figure-table";
import { figureColumns, indexLabel, rulesText, serviceIndexLabel } from "../figures";
import { type DashboardParams, figureRows, loadDashboard } from "./dashboard";
import { exportUnitIds, responsesCsvStream } from "./responses-csv";

/** A file to download: its bytes (or a stream of them), name and content type. */
export interface ExportFile<B> {
  body: B;
  name: string;
  contentType: string;
}

/** Every manager role reads citizens' comments on the dashboard, so every export carries them. */
const MANAGERS_READ_COMMENTS = true;

/**
 * The table a dashboard page shows for the same parameters, as CSV or XLSX: the overview's units (the
 * actor's whole scope, `unitId` null), or a unit followed by its ranking (direct children, or every unit
 * below with pham-vi=tat-ca). Audited; undefined for a unit the actor may not see. The file is in the
 * manager's language (`lang`).
 */
export async function exportFigures(
  actor: Actor,
  request: { unitId: number | null; format: ExportFormat; params: DashboardParams; lang: Lang },
): Promise<ExportFile<Uint8Array> | undefined> {
  const { unitId, format, params, lang } = request;
  if (unitId !== null && !can(actor, { permission: "unit.view", unitId })) return undefined;
  const data =
    unitId === null
      ? await loadDashboard([...actor.scopeUnitIds], params)
      : await loadDashboard(await listSubtreeUnitIds([unitId]), params, [unitId]);
  const { query } = data;
  const all = figureRows(data, data.scope.units);
  let table: FigureTable;
  if (unitId === null) {
    table = figureTable(all, { serviceKey: query.filters.instrumentKey, lang });
  } else {
    const self = all.find((r) => r.unit.id === unitId);
    if (!self) return undefined;
    const childIds = new Set(data.scope.units.filter((u) => u.parentId === unitId).map((u) => u.id));
    const below =
      query.values["pham-vi"] === "tat-ca"
        ? all.filter((r) => r.unit.id !== unitId)
        : all.filter((r) => childIds.has(r.unit.id));
    const ranked = rankRows(below, query.sort, query.direction);
    table = figureTable([{ ...self, depth: 0 }, ...ranked.rows], {
      serviceKey: query.filters.instrumentKey,
      ranks: ranked.ranks,
      lang,
    });
  }
  await recordEvent(actor.userId, {
    action: "export.figures",
    entity: "unit",
    entityId: unitId === null ? null : String(unitId),
    unitId,
    details: { format, params: query.values },
  });
  const name = `chi-so-hai-long-${query.period.from}-${query.period.to}${unitId === null ? "" : `-don-vi-${unitId}`}`;
  const t = translator(lang);
  const columns = figureColumns(lang);
  const body =
    format === "csv"
      ? figureTableCsv(table)
      : await figureTableXlsx(
          table,
          [
            [t("index.files.notes.column", { column: columns.index }), indexLabel(lang)],
            [t("index.files.notes.column", { column: columns.service }), serviceIndexLabel(lang)],
            [
              t("index.files.notes.column", { column: columns.onTimeRate }),
              t("index.headline.onTimeFormula"),
            ],
            [t("index.files.notes.column", { column: columns.qd766Ratio }), t("index.headline.qd766Formula")],
            [
              t("index.files.notes.period"),
              `${periodLabel(query.period, lang)} (${query.period.from} – ${query.period.to})`,
            ],
            [t("index.files.notes.rules"), rulesText(data, lang)],
            [t("index.files.notes.generated"), formatDateTime(new Date(), lang)],
            [t("index.files.notes.by"), actor.name],
          ],
          lang,
        );
  return { body, name: `${name}.${format}`, contentType: exportContentTypes[format] };
}

/**
 * The raw responses of a unit's subtree (and of the units merged into it) over a period, streamed as CSV;
 * with `unitId` null, of the actor's whole scope. Audited; undefined for a unit the actor may not see.
 */
export async function exportResponses(
  actor: Actor,
  request: { unitId: number | null; range: DayRange; lang: Lang },
): Promise<ExportFile<ReadableStream<Uint8Array>> | undefined> {
  const { unitId, range, lang } = request;
  if (unitId !== null && !can(actor, { permission: "unit.view", unitId })) return undefined;
  const unitIds = await exportUnitIds(unitId === null ? actor.rootUnitIds : [unitId]);
  await recordEvent(actor.userId, {
    action: "export.responses",
    entity: "unit",
    entityId: unitId === null ? null : String(unitId),
    unitId,
    details: { format: "csv", ...range, units: unitIds.length },
  });
  return {
    body: responsesCsvStream({ unitIds, range, includeComments: MANAGERS_READ_COMMENTS, lang }),
    name: `phieu-tra-loi-${unitId ?? "pham-vi"}-${range.from}-${range.to}.csv`,
    contentType: "text/csv; charset=utf-8",
  };
}
