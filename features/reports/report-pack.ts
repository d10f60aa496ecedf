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
import {
  belowMinimumText,
  changeText,
  countText,
  indexLabel,
  indexText,
  percentText,
  serviceIndexLabel,
} from "@/features/index/figures";
import { indexChange } from "@/features/index/index-engine";
import { dateLineParts, headerName, reportPlace, unitAbbreviation } from "@/features/index/report-header";
import { type Lang, nameIn } from "@/i18n/locales";
import { translator } from "@/i18n/phrase";
import { formatDate } from "@/lib/time";
import type { ReportPackData } from "./report-data";
import { reportPeriodState, reportPeriodTitle } from "./report-period";
import { childrenTable, dossierTable, elementTable, feedbackTable, tableBlock } from "./report-tables";

function t(lang: Lang) {
  return translator(lang);
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
