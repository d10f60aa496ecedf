/**
 * The periodic report a unit sends upward (báo cáo định kỳ: tháng, quý, 6 tháng, năm), as an administrative
 * document: header, "BÁO CÁO" and its subject, then I. satisfaction (the quick figure with n, the
 * five-element index by element and item), II. dossiers (on-time rate, apology letters, the QĐ 766 ratio),
 * III. feedback, IV. the units below, "Nơi nhận" and the signature. Its tables are built once as cells:
 * the DOCX and PDF write them in the reader's number format, the XLSX keeps real numbers. Figures are
 * written through the index's vocabulary (features/index/figures.ts): below the minimum n a satisfaction
 * figure reads "chưa đủ lượt đánh giá". No per-officer figure is ever part of it: `annexes` is where an
 * internal annex goes, empty by default. Pure.
 */
import type { AdminDocument, Block } from "@/features/documents/admin-document";
import type { DossierFigures } from "@/features/dossiers/lifecycle";
import type { Cell, FigureTable } from "@/features/index/figure-table";
import { displayedService } from "@/features/index/figure-table";
import {
  belowMinimumText,
  changeText,
  countText,
  formatIndex,
  indexCell,
  indexLabel,
  indexText,
  NO_VALUE,
  percentText,
  serviceIndexLabel,
} from "@/features/index/figures";
import {
  elementEnoughSamples,
  type Figure,
  type InstrumentFigures,
  indexChange,
  type UnitFigures,
} from "@/features/index/index-engine";
import {
  dateLineParts,
  type HeaderUnit,
  headerName,
  reportPlace,
  unitAbbreviation,
} from "@/features/index/report-header";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import { type Lang, nameIn } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { formatDate } from "@/lib/time";
import { type ReportPeriod, reportPeriodState, reportPeriodTitle } from "./report-period";

export const reportScopes = ["unit", "subtree"] as const;
export type ReportScope = (typeof reportScopes)[number];

/** Feedback of the period: received in it, answered, and not answered by its due time. */
export interface FeedbackCounts {
  received: number;
  answered: number;
  overdue: number;
}

/** An annex after the report's sections (e.g. the unit's internal per-officer figures). */
export interface ReportAnnex {
  title: string;
  blocks: readonly Block[];
}

export interface ReportUnitFigures {
  /** The unit's names, as the header and tables write them. */
  unit: HeaderUnit;
  figures: UnitFigures;
  dossiers: DossierFigures;
}

/** Everything one report holds, gathered by features/reports/server. */
export interface ReportPackData {
  lang: Lang;
  /** The report's date (YYYY-MM-DD, local). */
  today: string;
  period: ReportPeriod;
  scope: ReportScope;
  /** The reporting unit, then its ancestors, nearest first (the header names it under its parent). */
  chain: readonly HeaderUnit[];
  minN: number;
  /** The reporting unit's figures (its subtree's with scope "subtree", else its own). */
  self: ReportUnitFigures;
  /** The quick figure of the period before, for the change. */
  previousQuick: Figure | undefined;
  /** Definitions of the full questionnaires answered, by key. */
  definitions: ReadonlyMap<string, InstrumentDefinition>;
  /** Returned late in the period without an apology letter (the apology sentence is said only when 0). */
  lateWithoutApology: number;
  feedback: FeedbackCounts;
  /** The units directly below, in tree order (empty with scope "unit"). */
  children: readonly ReportUnitFigures[];
  preparedBy: string;
  annexes?: readonly ReportAnnex[];
}

/** A table of the report: its cells, shown in a document and kept as numbers in a spreadsheet. */
interface ReportTable extends FigureTable {
  widths: number[];
  totalRow?: boolean;
}

const TIMED = (d: DossierFigures) => d.early + d.onTime + d.late;

function t(lang: Lang) {
  return translator(lang);
}

/** A cell as a document writes it: counts with thousands separators, rates with two decimals. */
function cellText(cell: Cell, decimal: boolean, lang: Lang): string {
  if (cell === null) return NO_VALUE;
  if (typeof cell === "string") return cell;
  return decimal ? formatIndex(cell, lang) : countText(cell, lang);
}

function tableBlock(table: ReportTable, lang: Lang): Block {
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
function elementTable(
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

function dossierTable(d: DossierFigures, lang: Lang): ReportTable {
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

function feedbackTable(f: FeedbackCounts, lang: Lang): ReportTable {
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

function satisfactionBlocks(data: ReportPackData): Block[] {
  const { lang, self, minN } = data;
  const tr = t(lang);
  const { quick } = self.figures;
  const change = indexChange(quick, data.previousQuick);
  const blocks: Block[] = [
    { type: "heading", text: tr("reports.pack.satisfaction.heading") },
    {
      type: "paragraph",
      text: [
        tr("reports.pack.satisfaction.quick", {
          label: indexLabel(lang),
          value: indexText(quick.index, quick.enoughSamples, lang, "%"),
          n: countText(quick.n, lang),
        }),
        change === null
          ? ""
          : ` ${tr("reports.pack.satisfaction.change", { change: changeText(change, lang) })}`,
      ].join(""),
      align: "justify",
    },
  ];
  const answered = self.figures.instruments.filter((i) => i.answers > 0);
  if (answered.length === 0) {
    blocks.push({
      type: "paragraph",
      text: tr("reports.pack.satisfaction.noService", { label: serviceIndexLabel(lang) }),
    });
  } else {
    blocks.push({
      type: "paragraph",
      text: tr("reports.pack.satisfaction.service", { label: serviceIndexLabel(lang) }),
    });
    for (const instrument of answered) {
      const definition = data.definitions.get(instrument.key);
      blocks.push(
        {
          type: "paragraph",
          text: tr("reports.pack.satisfaction.instrument", {
            title: definition?.title[lang] ?? instrument.key,
            value: indexText(instrument.service, instrument.enoughSamples, lang, "%"),
            answers: countText(instrument.answers, lang),
          }),
          align: "justify",
        },
        tableBlock(elementTable(instrument, definition, lang), lang),
      );
    }
  }
  blocks.push({ type: "paragraph", text: belowMinimumText(minN, lang), italic: true, align: "justify" });
  return blocks;
}

function dossierBlocks(data: ReportPackData): Block[] {
  const { lang } = data;
  const d = data.self.dossiers;
  const tr = t(lang);
  const n = (v: number) => countText(v, lang);
  const blocks: Block[] = [
    { type: "heading", text: tr("reports.pack.dossiers.heading") },
    {
      type: "paragraph",
      text: tr("reports.pack.dossiers.summary", {
        received: n(d.received),
        returned: n(d.returned),
        early: n(d.early),
        onTime: n(d.onTime),
        late: n(d.late),
        rate: percentText(d.onTimeRate, lang),
      }),
      align: "justify",
    },
  ];
  if (d.late > 0) {
    blocks.push({
      type: "paragraph",
      text:
        data.lateWithoutApology === 0
          ? tr("reports.pack.dossiers.allApologized")
          : tr("reports.pack.dossiers.missingApology", { count: n(data.lateWithoutApology) }),
    });
  }
  blocks.push(tableBlock(dossierTable(d, lang), lang), {
    type: "paragraph",
    text: tr("reports.pack.dossiers.qd766Note"),
    italic: true,
    align: "justify",
  });
  return blocks;
}

function feedbackBlocks(data: ReportPackData): Block[] {
  const { lang, feedback: f } = data;
  const tr = t(lang);
  return [
    { type: "heading", text: tr("reports.pack.feedback.heading") },
    {
      type: "paragraph",
      text: tr("reports.pack.feedback.summary", {
        received: countText(f.received, lang),
        answered: countText(f.answered, lang),
        overdue: countText(f.overdue, lang),
      }),
      align: "justify",
    },
    tableBlock(feedbackTable(f, lang), lang),
  ];
}

function childrenBlocks(data: ReportPackData): Block[] {
  const tr = t(data.lang);
  const heading: Block = { type: "heading", text: tr("reports.pack.children.heading") };
  if (data.scope === "unit")
    return [heading, { type: "paragraph", text: tr("reports.pack.children.unitOnly") }];
  if (data.children.length === 0)
    return [heading, { type: "paragraph", text: tr("reports.pack.children.none") }];
  return [heading, tableBlock(childrenTable(data), data.lang)];
}

/** The report's title, as its file is named: "Báo cáo quý IV năm 2026 - Tỉnh An Hòa". */
export function reportTitle(data: Pick<ReportPackData, "lang" | "period" | "self">): string {
  return t(data.lang)("reports.pack.title", {
    period: reportPeriodTitle(data.period, data.lang),
    unit: nameIn(data.lang, data.self.unit),
  });
}

/** The periodic report as an administrative document, in one language. */
export function reportPack(data: ReportPackData): AdminDocument {
  const { lang, chain, period, today } = data;
  const tr = t(lang);
  const [unit = data.self.unit, parent] = chain;
  const periodWords = reportPeriodTitle(period, lang);
  const state = reportPeriodState(period, today);
  const unitName = nameIn(lang, data.self.unit);
  const intro: Block[] = [
    {
      type: "paragraph",
      text: tr(data.scope === "unit" ? "reports.pack.scopeUnit" : "reports.pack.scopeSubtree", {
        unit: unitName,
      }),
    },
    {
      type: "paragraph",
      text: tr("reports.pack.range", {
        from: formatDate(period.from, lang),
        to: formatDate(period.to, lang),
      }),
    },
  ];
  if (state.state === "partial") {
    intro.push({
      type: "paragraph",
      italic: true,
      text: tr("reports.pack.partial", { day: formatDate(state.through, lang) }),
    });
  }
  const annexes = (data.annexes ?? []).flatMap((annex, i): Block[] => [
    { type: "heading", text: tr("reports.pack.annex", { number: i + 1, title: annex.title }) },
    ...annex.blocks,
  ]);
  return {
    title: reportTitle(data),
    lang,
    issuer: {
      parent: parent ? headerName(parent, lang) : null,
      unit: headerName(unit, lang),
      number: tr("index.report.header.number", { abbr: unitAbbreviation(unit) }),
    },
    nation: tr("index.report.header.nation"),
    motto: tr("index.report.header.motto"),
    placeDate: tr("index.report.header.dateLine", {
      place: reportPlace(chain, lang),
      ...dateLineParts(today),
    }),
    kind: tr("index.report.header.kind"),
    subject: tr("reports.pack.subject", { period: periodWords }),
    blocks: [
      ...intro,
      ...satisfactionBlocks(data),
      ...dossierBlocks(data),
      ...feedbackBlocks(data),
      ...childrenBlocks(data),
      ...annexes,
    ],
    recipients: {
      title: tr("index.report.header.recipients"),
      lines: [
        ...(parent ? [tr("reports.pack.recipientParent", { unit: nameIn(lang, parent) })] : []),
        tr("index.report.header.recipientOther"),
        tr("index.report.header.archive"),
      ],
    },
    signature: {
      role: [tr("index.report.header.signer")],
      hint: tr("index.report.header.signHint"),
      name: data.preparedBy,
    },
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
