import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import type { AdminDocument, Block } from "@/features/documents/admin-document";
import { renderDocx } from "@/features/documents/render-docx";
import { renderPdf } from "@/features/documents/render-pdf";
import { type DossierCounts, dossierFigures, NO_DOSSIERS } from "@/features/dossiers/lifecycle";
import { tablesXlsx } from "@/features/index/figure-export";
import { type AnswerCount, buildCubes, cubeFigures, instrumentMap } from "@/features/index/index-engine";
import { summarize } from "@/features/index/satisfaction-index";
import { quickInstrument, serviceInstrument } from "@/features/survey/instruments";
import type { ReportPackData } from "./report-data";
import { reportPack, reportTitle } from "./report-pack";
import { reportPeriod } from "./report-period";
import { reportNotes, reportSheets } from "./report-tables";

const instruments = instrumentMap([
  { key: "quick", definition: quickInstrument },
  { key: "service", definition: serviceInstrument },
]);

function answers(unitId: number, instrumentKey: string, itemKey: string, dist: number[]): AnswerCount[] {
  return dist.flatMap((count, i) =>
    count > 0 ? [{ unitId, instrumentKey, itemKey, value: i + 1, flagged: false, count }] : [],
  );
}

/** Quick answers (3 levels) and, optionally, every service item answered with one 5-level distribution. */
function figuresOf(quick: number[], service?: number[]) {
  const rows = [
    ...answers(1, "quick", "quick", quick),
    ...(service
      ? serviceInstrument.elements.flatMap((e) =>
          e.items.flatMap((i) => answers(1, "service", i.key, service)),
        )
      : []),
  ];
  return cubeFigures(buildCubes(rows, instruments).get(1) ?? new Map(), instruments, 30);
}

const counts = (c: Partial<DossierCounts>): DossierCounts => ({ ...NO_DOSSIERS, ...c });

const province = { name: "Tỉnh An Hòa", nameEn: "An Hoa Province", kind: "province" as const };
const ward = { name: "Phường An Hòa", nameEn: "An Hoa Ward", kind: "commune" as const };
const commune = { name: "Xã Tân Phú", nameEn: "Tan Phu Commune", kind: "commune" as const };

function sample(over: Partial<ReportPackData> = {}): ReportPackData {
  return {
    lang: "vi",
    today: "2026-12-06",
    period: reportPeriod("quarter", 2026, 3),
    scope: "subtree",
    chain: [province],
    minN: 30,
    self: {
      unit: province,
      // 16,928 quick answers: 16,760 satisfied (99.01 %).
      figures: figuresOf([168, 760, 16000], [2, 3, 5, 40, 50]),
      dossiers: dossierFigures(
        counts({
          received: 17000,
          returned: 16928,
          early: 16000,
          onTime: 926,
          late: 2,
          withApology: 2,
          complained: 1,
          ratedUnsatisfied: 3,
          bad: 5,
        }),
        4,
      ),
    },
    previousQuick: { ...summarize([200, 800, 15000], 30), rollup: "pooled" },
    definitions: new Map([["service", serviceInstrument]]),
    lateWithoutApology: 0,
    feedback: { received: 12, answered: 10, overdue: 1 },
    children: [
      {
        unit: ward,
        figures: figuresOf([1, 9, 90]),
        dossiers: dossierFigures(counts({ returned: 40, early: 30, onTime: 8, late: 2, bad: 2 }), 0),
      },
      {
        unit: commune,
        figures: figuresOf([1, 2, 5]),
        dossiers: dossierFigures(NO_DOSSIERS, 0),
      },
    ],
    preparedBy: "Nguyễn Văn An",
    ...over,
  };
}

function blockText(block: Block): string[] {
  switch (block.type) {
    case "heading":
    case "paragraph":
      return [block.text];
    case "fields":
      return block.items.map(([k, v]) => `${k}: ${v}`);
    case "table":
      return [block.columns.join(" | "), ...block.rows.map((r) => r.join(" | "))];
  }
}

function textOf(doc: AdminDocument): string {
  return [
    doc.issuer.parent ?? "",
    doc.issuer.unit,
    doc.issuer.number,
    doc.nation,
    doc.motto,
    doc.placeDate,
    doc.kind,
    doc.subject ?? "",
    ...doc.blocks.flatMap(blockText),
    doc.recipients?.title ?? "",
    ...(doc.recipients?.lines ?? []),
    ...doc.signature.role,
    doc.signature.name ?? "",
  ].join("\n");
}

describe("the periodic report", () => {
  it("has the administrative header, the period in its subject and the signature", () => {
    const doc = reportPack(sample());
    expect(doc.issuer).toEqual({ parent: null, unit: "TỈNH AN HÒA", number: "Số: ……/BC-UBND" });
    expect(doc.nation).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(doc.placeDate).toBe("An Hòa, ngày 06 tháng 12 năm 2026");
    expect(doc.kind).toBe("BÁO CÁO");
    expect(doc.subject).toMatch(/^Kết quả .* quý III năm 2026$/);
    expect(doc.signature.name).toBe("Nguyễn Văn An");
    expect(doc.recipients?.lines.at(-1)).toBe("- Lưu: VT.");
    expect(reportTitle(sample())).toBe("Báo cáo quý III năm 2026 - Tỉnh An Hòa");
    const child = reportPack(sample({ chain: [ward, province], self: { ...sample().self, unit: ward } }));
    expect(child.issuer.parent).toBe("TỈNH AN HÒA");
    expect(child.recipients?.lines[0]).toBe("- Tỉnh An Hòa;");
  });

  it("writes satisfaction, dossier and feedback figures in Vietnamese number format", () => {
    const text = textOf(reportPack(sample()));
    expect(text).toContain("1. Tỷ lệ hài lòng (đánh giá nhanh): 99,01% (16.928 lượt đánh giá).");
    expect(text).toContain("So với kỳ trước: +0,26 điểm.");
    expect(text).toContain("2. Chỉ số hài lòng (theo cấu trúc SIPAS):");
    // Every service item has 100 answers, 90 at the top two levels.
    expect(text).toMatch(/Phiếu khảo sát sự hài lòng .*: 90,00% \(\d{1,3}(\.\d{3})* câu trả lời hợp lệ\)/);
    expect(text).toContain("I. Tiếp cận dịch vụ | — | 90,00");
    expect(text).toMatch(/I\.1 .* \| 100 \| 90,00/);
    expect(text).toContain(
      "Trong kỳ tiếp nhận 17.000 hồ sơ; đã trả kết quả 16.928 hồ sơ, trong đó trước hạn 16.000, đúng hạn 926, quá hạn 2. Tỷ lệ giải quyết đúng và trước hạn: 99,99%.",
    );
    expect(text).toContain("Tất cả các hồ sơ trễ hạn đều có văn bản xin lỗi theo quy định.");
    expect(text).toContain("Tỷ lệ giải quyết đúng và trước hạn | 16.928 | 99,99");
    expect(text).toContain("Hồ sơ chưa trả kết quả đã quá hạn | 4 | —");
    expect(text).toContain("Tỷ lệ hài lòng theo Quyết định 766/QĐ-TTg | 16.928 | 99,97");
    expect(text).toContain("Trong kỳ tiếp nhận 12 phản ánh, kiến nghị; đã trả lời 10; quá hạn trả lời 1");
    expect(text).toContain("Dưới 30 lượt");
  });

  it("tables the units below with n, and says not enough below the minimum n", () => {
    const text = textOf(reportPack(sample()));
    expect(text).toContain(
      "STT | Đơn vị | Tỷ lệ hài lòng (đánh giá nhanh) (%) | Số lượt đánh giá | Chỉ số hài lòng (theo cấu trúc SIPAS) (%) | Tỷ lệ giải quyết đúng hạn (%) | Hồ sơ đã trả có hạn | Tỷ lệ theo QĐ 766 (%) | Hồ sơ đã trả",
    );
    expect(text).toContain("1 | Phường An Hòa | 99,00 | 100 | — | 95,00 | 40 | 95,00 | 40");
    expect(text).toContain("2 | Xã Tân Phú | chưa đủ lượt đánh giá | 8 | — | — | 0 | — | 0");
    expect(text).toContain(
      "— | Cộng: Tỉnh An Hòa | 99,01 | 16.928 | 90,00 | 99,99 | 16.928 | 99,97 | 16.928",
    );
  });

  it("says late dossiers lack letters when some do, and nothing about letters without late dossiers", () => {
    expect(textOf(reportPack(sample({ lateWithoutApology: 1 })))).toContain(
      "Còn 1 hồ sơ trễ hạn chưa có văn bản xin lỗi.",
    );
    const none = sample();
    none.self = { ...none.self, dossiers: dossierFigures(counts({ returned: 3, early: 3 }), 0) };
    const text = textOf(reportPack(none));
    expect(text).not.toContain("Tất cả các hồ sơ trễ hạn");
    expect(text).not.toContain("chưa có văn bản xin lỗi");
  });

  it("marks a period not over yet, and a unit-only report has no children's table", () => {
    const partial = textOf(reportPack(sample({ period: reportPeriod("quarter", 2026, 4) })));
    expect(partial).toContain("Kỳ báo cáo chưa kết thúc: số liệu tính đến hết ngày 06/12/2026");
    const own = textOf(reportPack(sample({ scope: "unit", children: [] })));
    expect(own).toContain("Phạm vi báo cáo: riêng Tỉnh An Hòa, không gồm các đơn vị trực thuộc.");
    expect(own).toContain("Báo cáo riêng của đơn vị, không gồm các đơn vị trực thuộc.");
    expect(own).not.toContain("Xã Tân Phú");
  });

  it("is in one language: English throughout when the staff member chose it", () => {
    const text = textOf(reportPack(sample({ lang: "en" })));
    expect(text).toContain("1. Satisfaction rate (quick rating)");
    expect(text).toContain("In the period 17,000 dossiers were received");
    expect(text).toContain("the third quarter of 2026");
    expect(text).not.toMatch(/hồ sơ|Tỷ lệ|Phạm vi/);
  });

  it("appends annexes only when given (none by default)", () => {
    const doc = reportPack(
      sample({ annexes: [{ title: "Nội bộ", blocks: [{ type: "paragraph", text: "x" }] }] }),
    );
    expect(textOf(doc)).toContain("PHỤ LỤC 1: Nội bộ");
    expect(textOf(reportPack(sample()))).not.toContain("PHỤ LỤC");
  });

  it("keeps the tables as numbers in the spreadsheet", async () => {
    const data = sample();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tablesXlsx(reportSheets(data), reportNotes(data))).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Yếu tố, tiêu chí",
      "Hồ sơ",
      "Phản ánh",
      "Đơn vị trực thuộc",
      "Ghi chú",
    ]);
    const children = workbook.getWorksheet("Đơn vị trực thuộc");
    expect(children?.getRow(2).values).toEqual(
      [undefined, 1, "Phường An Hòa", 99, 100, null, 95, 40, 95, 40].map((v) => v ?? undefined),
    );
    expect(children?.getRow(3).getCell(3).value).toBe("chưa đủ lượt đánh giá");
    const dossiers = workbook.getWorksheet("Hồ sơ");
    expect(dossiers?.getRow(7).values).toEqual([
      undefined,
      "Tỷ lệ giải quyết đúng và trước hạn",
      16928,
      99.99,
    ]);
    expect(workbook.getWorksheet("Ghi chú")?.getRow(3).getCell(2).value).toBe(
      "quý III năm 2026 (2026-07-01 – 2026-09-30)",
    );
  });
});

describe("the periodic report's files", () => {
  const dir = mkdtempSync(join(tmpdir(), "hl-pack-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("render as PDF and DOCX holding the header, the period, the figures and the units below", async () => {
    const doc = reportPack(sample());
    const file = join(dir, "report.pdf");
    writeFileSync(file, await renderPdf(doc));
    const pdf = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).normalize("NFC");
    if (process.env.SHOW_REPORT) console.log(pdf);
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const docx = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, "");
    for (const text of [pdf, docx]) {
      for (const s of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH AN HÒA",
        "Số: ……/BC-UBND",
        "quý III năm 2026",
        "99,01%",
        "16.928",
        "Tỷ lệ giải quyết đúng và trước hạn",
        "Phường An Hòa",
        "chưa đủ lượt đánh giá",
        "Nguyễn Văn An",
      ]) {
        expect(text).toContain(s);
      }
    }
  });
});
