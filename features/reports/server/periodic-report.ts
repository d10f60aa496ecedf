import "server-only";
import { type Actor, can } from "@/features/access/permissions";
import { recordEvent } from "@/features/access/server/change";
import {
  attachmentDisposition,
  DOCX_TYPE,
  documentFileName,
  XLSX_TYPE,
} from "@/features/documents/admin-document";
import { renderDocx } from "@/features/documents/render-docx";
import { renderPdf } from "@/features/documents/render-pdf";
import { dossierFigures, NO_DOSSIERS } from "@/features/dossiers/lifecycle";
import { scopeDossierFigures } from "@/features/dossiers/server/figures";
import { countFeedbackOfPeriod } from "@/features/feedback/server/queries";
import { tablesXlsx } from "@/features/index/figure-export";
import {
  getFigures,
  getIndexSettings,
  listFigureInstruments,
  resolveScopeUnits,
} from "@/features/index/server/index-figures";
import {
  listAncestorUnitIds,
  listSubtreeUnitIds,
  listUnitsByIds,
} from "@/features/units/server/unit-queries";
import { flattenTree } from "@/features/units/unit-tree";
import type { Lang } from "@/i18n/locales";
import { localDay, localDayBounds } from "@/lib/time";
import type { ReportPackData, ReportScope, ReportUnitFigures } from "../report-data";
import { reportPack, reportTitle } from "../report-pack";
import type { ReportPeriod } from "../report-period";
import type { ReportFormat } from "../report-request";
import { reportNotes, reportSheets } from "../report-tables";
import { countLateWithoutApology } from "./report-queries";

const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: DOCX_TYPE,
  pdf: "application/pdf",
  xlsx: XLSX_TYPE,
};

export interface ReportRequest {
  unitId: number;
  period: ReportPeriod;
  scope: ReportScope;
  lang: Lang;
}

/**
 * What a periodic report of a unit holds: its figures (its subtree's, or its own with scope "unit") and
 * its direct children's over the period, the quick figure of the period before, dossiers, feedback, and
 * the unit's chain up the tree for the header. Undefined for a unit the actor may not see.
 */
export async function gatherReport(
  actor: Actor,
  request: ReportRequest,
  now = new Date(),
): Promise<ReportPackData | undefined> {
  const { unitId, period, scope: scopeKind, lang } = request;
  if (!can(actor, { permission: "unit.view", unitId })) return undefined;
  const [unitIds, ancestorIds, config, instruments] = await Promise.all([
    scopeKind === "subtree" ? listSubtreeUnitIds([unitId]) : Promise.resolve([unitId]),
    listAncestorUnitIds(unitId),
    getIndexSettings(),
    listFigureInstruments(),
  ]);
  const scope = await resolveScopeUnits(unitIds);
  const unit = scope.units.find((u) => u.id === unitId);
  if (!unit) return undefined;
  const children = flattenTree(scope.units)
    .map((r) => r.unit)
    .filter((u) => u.parentId === unitId);
  const full = [unitId, ...children.map((c) => c.id)];
  const today = localDay(now);
  const bounds = localDayBounds(period);
  const cut = bounds.end < now ? bounds.end : now;
  const [current, previous, dossiers, feedback, lateWithoutApology, ancestors] = await Promise.all([
    getFigures(scope, period, {}, config, instruments, { full }),
    getFigures(scope, period.previous, {}, config, instruments, { full: [], quickOnly: [unitId] }),
    scopeDossierFigures(scope, period, now),
    countFeedbackOfPeriod(scope.countedIds, bounds, cut),
    countLateWithoutApology(scope.countedIds, period),
    listUnitsByIds(ancestorIds),
  ]);
  const figuresOf = (u: typeof unit): ReportUnitFigures | undefined => {
    const figures = current.get(u.id);
    return figures && { unit: u, figures, dossiers: dossiers.get(u.id) ?? dossierFigures(NO_DOSSIERS, 0) };
  };
  const self = figuresOf(unit);
  if (!self) return undefined;
  return {
    lang,
    today,
    period,
    scope: scopeKind,
    chain: ancestorIds.flatMap((id) => ancestors.filter((u) => u.id === id)),
    minN: config.minN,
    self,
    previousQuick: previous.get(unitId)?.quick,
    definitions: new Map(instruments.map((i) => [i.key, i.definition])),
    lateWithoutApology,
    feedback,
    children: children.flatMap((c) => figuresOf(c) ?? []),
    preparedBy: actor.name,
    annexes: [],
  };
}

/** A report file to download: bytes, content type and `Content-Disposition`. */
export interface ReportFile {
  body: Uint8Array;
  contentType: string;
  disposition: string;
}

/**
 * The periodic report of a unit the actor may see, as DOCX, PDF or its tables as XLSX, in the staff
 * member's language; recorded as an export. Undefined for any other unit (the route answers 404).
 */
export async function periodicReport(
  actor: Actor,
  request: ReportRequest & { format: ReportFormat },
): Promise<ReportFile | undefined> {
  const data = await gatherReport(actor, request);
  if (!data) return undefined;
  const { format } = request;
  const body =
    format === "xlsx"
      ? await tablesXlsx(reportSheets(data), reportNotes(data), data.lang)
      : format === "docx"
        ? await renderDocx(reportPack(data))
        : await renderPdf(reportPack(data));
  await recordEvent(actor.userId, {
    action: "export.report",
    entity: "unit",
    entityId: String(request.unitId),
    unitId: request.unitId,
    details: { format, period: request.period.key, scope: request.scope },
  });
  return {
    body: new Uint8Array(body),
    contentType: CONTENT_TYPES[format],
    disposition: attachmentDisposition(documentFileName(reportTitle(data), format)),
  };
}
