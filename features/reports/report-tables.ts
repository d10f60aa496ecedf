/**
 * The periodic report's tables, built once as cells: the DOCX and PDF write them in the reader's number
 * format (`tableBlock`), the XLSX keeps real numbers (`reportSheets`). Satisfaction figures go through the
 * index's display rule ("chưa đủ lượt đánh giá" below the minimum n); dossier rates come as computed by
 * features/dossiers. Pure.
 */
import type { Block } from "@/features/documents/admin-document";
import type { DossierFigures } from "@/features/dossiers/lifecycle";
import type { Cell, FigureTable } from "@/features/index/figure-table";
import { displayedService } from "@/features/index/figure-table";
import { belowMinimumText, countText, formatIndex, indexCell, NO_VALUE } from "@/features/index/figures";
import { elementEnoughSamples, type InstrumentFigures } from "@/features/index/index-engine";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import { type Lang, nameIn } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { formatDate } from "@/lib/time";
import type { FeedbackCounts, ReportPackData, ReportUnitFigures } from "./report-data";
import { reportPeriodTitle } from "./report-period";

/** A table of the report: its cells, shown in a document and kept as numbers in a spreadsheet. */
export interface ReportTable extends FigureTable {
  widths: number[];
  totalRow?: boolean;
}

/** Returned dossiers with a due time: the on-time rate's n. */
export const TIMED = (d: DossierFigures) => d.early + d.onTime + d.late;

function t(lang: Lang) {
  return translator(lang);
}

/** A cell as a document writes it: counts with thousands separators, rates with two decimals. */
function cellText(cell: Cell, decimal: boolean, lang: Lang): string {
  if (cell === null) return NO_VALUE;
  if (typeof cell === "string") return cell;
  return decimal ? formatIndex(cell, lang) : countText(cell, lang);
}

export function tableBlock(table: ReportTable, lang: Lang): Block {
  const decimals = new Set(table.decimalColumns);
  return {
    type: "table",
    columns: table.headers,
    rows: table.rows.map((row) => row.map((cell, i) => cellText(cell, decimals.has(i), lang))),
    widths: table.widths,
    numeric: table.headers.map((_h, i) => i !== table.unitColumn),
    totalRow: table.totalRow,
  };
}

/** A rate as a spreadsheet cell: rounded as shown, or empty. */
function rateCell(value: number | null): Cell {
  return value === null ? null : Number(value.toFixed(2));
}

/** The element and item table of one full questionnaire. */
export function elementTable(
  instrument: InstrumentFigures,
  definition: InstrumentDefinition | undefined,
  lang: Lang,
) {
  const rows: Cell[][] = instrument.elements.flatMap((element) => {
    const def = definition?.elements.find((e) => e.key === element.key);
    const head: Cell[] = [
      `${element.key}. ${def?.title[lang] ?? element.key}`,
      null,
      indexCell(element.index, elementEnoughSamples(element), lang),
    ];
    const items = element.items.map(({ key, figure }): Cell[] => [
      `${key} ${def?.items.find((i) => i.key === key)?.text[lang] ?? ""}`.trim(),
      figure.n,
      indexCell(figure.index, figure.enoughSamples, lang),
    ]);
    return [head, ...items];
  });
  return {
    headers: elementHeaders(lang),
    unitColumn: 0,
    decimalColumns: [2],
    rows,
    widths: [6, 1.3, 1.3],
  } satisfies ReportTable;
}

export function dossierTable(d: DossierFigures, lang: Lang): ReportTable {
  const tr = t(lang);
  const row = (key: string, count: number | null, rate: Cell = null): Cell[] => [
    tr(`reports.pack.dossiers.rows.${key}` as "reports.pack.dossiers.rows.received"),
    count,
    rate,
  ];
  return {
    headers: ["item", "count", "rate"].map((k) =>
      tr(`reports.pack.dossiers.columns.${k}` as "reports.pack.dossiers.columns.item"),
    ),
    unitColumn: 0,
    decimalColumns: [2],
    rows: [
      row("received", d.received),
      row("returned", d.returned),
      row("early", d.early),
      row("onTime", d.onTime),
      row("late", d.late),
      row("onTimeRate", TIMED(d), rateCell(d.onTimeRate)),
      row("pendingOverdue", d.pendingOverdue),
      row("withApology", d.withApology),
      row("complained", d.complained),
      row("ratedUnsatisfied", d.ratedUnsatisfied),
      row("qd766", d.returned, rateCell(d.qd766Ratio)),
    ],
    widths: [5, 1.5, 1.5],
  };
}

export function feedbackTable(f: FeedbackCounts, lang: Lang): ReportTable {
  const tr = t(lang);
  return {
    headers: [tr("reports.pack.feedback.columns.item"), tr("reports.pack.feedback.columns.count")],
    unitColumn: 0,
    decimalColumns: [],
    rows: [
      [tr("reports.pack.feedback.rows.received"), f.received],
      [tr("reports.pack.feedback.rows.answered"), f.answered],
      [tr("reports.pack.feedback.rows.overdue"), f.overdue],
    ],
    widths: [5, 1.5],
  };
}

/** One unit's row of the children's table: quick rate with n, service index, on-time and QĐ 766 with n. */
function unitCells(u: ReportUnitFigures, lang: Lang): Cell[] {
  const service = displayedService(u.figures, undefined);
  const { quick } = u.figures;
  return [
    indexCell(quick.index, quick.enoughSamples, lang),
    quick.n,
    service ? indexCell(service.service, service.enoughSamples, lang) : null,
    rateCell(u.dossiers.onTimeRate),
    TIMED(u.dossiers),
    rateCell(u.dossiers.qd766Ratio),
    u.dossiers.returned,
  ];
}

/** The units below, then the reporting unit's own row as the total. */
export function childrenTable(data: ReportPackData): ReportTable {
  const { lang } = data;
  const tr = t(lang);
  const keys = [
    "number",
    "unit",
    "quick",
    "quickN",
    "service",
    "onTime",
    "onTimeN",
    "qd766",
    "qd766N",
  ] as const;
  return {
    headers: keys.map((k) => tr(`reports.pack.children.columns.${k}`)),
    unitColumn: 1,
    decimalColumns: [2, 4, 5, 7],
    rows: [
      ...data.children.map((c, i) => [i + 1, nameIn(lang, c.unit), ...unitCells(c, lang)]),
      [
        null,
        tr("reports.pack.children.total", { unit: nameIn(lang, data.self.unit) }),
        ...unitCells(data.self, lang),
      ],
    ],
    widths: [0.6, 3.4, 1.3, 1.1, 1.3, 1.3, 1.1, 1.3, 1.1],
    totalRow: true,
  };
}

/** The report's tables for a spreadsheet, one sheet each, with numbers kept as numbers. */
export function reportSheets(data: ReportPackData): Array<{ name: string; table: FigureTable }> {
  const { lang } = data;
  const tr = t(lang);
  const answered = data.self.figures.instruments.filter((i) => i.answers > 0);
  const instrumentColumn = tr("reports.pack.satisfaction.columns.instrument");
  const elements: FigureTable = {
    headers: [instrumentColumn, ...elementHeaders(lang)],
    unitColumn: 1,
    decimalColumns: [3],
    rows: answered.flatMap((instrument) => {
      const definition = data.definitions.get(instrument.key);
      const title = definition?.title[lang] ?? instrument.key;
      return elementTable(instrument, definition, lang).rows.map((row) => [title, ...row]);
    }),
  };
  const sheets = [
    { name: tr("reports.pack.sheets.elements"), table: elements },
    { name: tr("reports.pack.sheets.dossiers"), table: dossierTable(data.self.dossiers, lang) },
    { name: tr("reports.pack.sheets.feedback"), table: feedbackTable(data.feedback, lang) },
  ];
  if (data.scope === "subtree") {
    sheets.push({ name: tr("reports.pack.sheets.children"), table: childrenTable(data) });
  }
  return sheets;
}

function elementHeaders(lang: Lang): string[] {
  const tr = t(lang);
  return [
    tr("reports.pack.satisfaction.columns.elementItem"),
    tr("reports.pack.satisfaction.columns.n"),
    tr("reports.pack.satisfaction.columns.index"),
  ];
}

/** The notes' sheet of the spreadsheet: unit, scope, period, rules, date and author. */
export function reportNotes(data: ReportPackData): Array<[string, string]> {
  const { lang, period } = data;
  const tr = t(lang);
  const unitName = nameIn(lang, data.self.unit);
  return [
    [tr("reports.pack.notes.unit"), unitName],
    [
      tr("reports.pack.notes.scope"),
      tr(data.scope === "unit" ? "reports.pack.scopeUnit" : "reports.pack.scopeSubtree", { unit: unitName }),
    ],
    [tr("reports.pack.notes.period"), `${reportPeriodTitle(period, lang)} (${period.from} – ${period.to})`],
    [tr("index.files.notes.rules"), belowMinimumText(data.minN, lang)],
    [tr("index.files.notes.generated"), formatDate(data.today, lang)],
    [tr("index.files.notes.by"), data.preparedBy],
  ];
}
