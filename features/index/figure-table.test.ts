import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dossierFigures, NO_DOSSIERS } from "@/features/dossiers/lifecycle";
import { figureTableCsv, figureTableXlsx } from "./figure-export";
import { type FigureRow, figureTable, rankRows } from "./figure-table";
import type { Figure, UnitFigures } from "./index-engine";
import { summarize } from "./satisfaction-index";

const quick = (dist: number[]): UnitFigures => ({
  quick: { ...summarize(dist, 30), rollup: "pooled" } satisfies Figure,
  instruments: [],
});

const row = (id: number, name: string, dist: number[], previous?: number[]): FigureRow => ({
  unit: { id, slug: `u${id}`, name },
  depth: 0,
  figures: quick(dist),
  previous: previous ? quick(previous) : undefined,
});

const rows = [
  row(1, "Phường An Hòa", [10, 3, 37], [20, 10, 20]),
  row(2, "Xã Tân Phú", [3, 1, 4]),
  row(3, "Xã Long Hưng", [5, 10, 45]),
];

describe("figureTable", () => {
  it("has the dashboard's numbers rounded to two decimals and flags units below the minimum n", () => {
    const table = figureTable(rows);
    expect(table.headers.slice(0, 5)).toEqual([
      "Đơn vị",
      "Số lượt (n)",
      "Rất hài lòng",
      "Hài lòng",
      "Không hài lòng",
    ]);
    // Without dossiers: no rates (empty cells), every count 0.
    expect(table.rows[0]).toEqual([
      "Phường An Hòa",
      50,
      37,
      3,
      10,
      80,
      66.96,
      88.76,
      2.54,
      20,
      null,
      ...[null, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0],
      null,
    ]);
    expect(table.rows[1]?.slice(0, 9)).toEqual([
      "Xã Tân Phú",
      8,
      4,
      1,
      3,
      "chưa đủ lượt đánh giá",
      null,
      null,
      2.13,
    ]);
    expect(table.rows[1]?.at(-1)).toBe("chưa đủ lượt đánh giá");
    expect(table.decimalColumns.map((i) => table.headers[i]?.split(" ")[0])).toEqual([
      "Tỷ",
      "Khoảng",
      "Khoảng",
      "Điểm",
      "So",
      "Chỉ",
      "Tỷ",
      "Tỷ",
    ]);
  });

  it("carries the dossier figures with their n and counts, rounded as on screen", () => {
    // The example: 10 returned, 7 early, 1 on time, 2 late; 1 complained, 1 rated unsatisfied.
    const dossiers = dossierFigures(
      {
        ...NO_DOSSIERS,
        received: 12,
        returned: 10,
        early: 7,
        onTime: 1,
        late: 2,
        withApology: 2,
        complained: 1,
        ratedUnsatisfied: 1,
        bad: 4,
      },
      3,
    );
    const base = rows[0] as FigureRow;
    const table = figureTable([{ ...base, dossiers }]);
    const cell = (header: string) => table.rows[0]?.[table.headers.indexOf(header)];
    expect(cell("Tỷ lệ giải quyết đúng hạn (%)")).toBe(80);
    expect(cell("n (hồ sơ trả kết quả có hẹn)")).toBe(10);
    expect([cell("Trước hạn"), cell("Đúng hạn"), cell("Quá hạn")]).toEqual([7, 1, 2]);
    expect(cell("Đang giải quyết, đã quá hạn")).toBe(3);
    expect(cell("Có phiếu xin lỗi")).toBe(2);
    expect(cell("Tỷ lệ hài lòng theo hồ sơ, QĐ 766 (%)")).toBe(60);
    expect(cell("n (hồ sơ đã trả kết quả)")).toBe(10);
    expect([
      cell("Bị phản ánh, kiến nghị"),
      cell("Đánh giá “Không hài lòng”"),
      cell("Hồ sơ tiếp nhận"),
    ]).toEqual([1, 1, 12]);
    const third = dossierFigures({ ...NO_DOSSIERS, returned: 3, early: 2, late: 1, bad: 1 }, 0);
    const csv = new TextDecoder().decode(figureTableCsv(figureTable([{ ...base, dossiers: third }])));
    expect(csv.split("\r\n")[1]).toContain(",66.67,3,2,0,1,0,0,66.67,3,");
  });

  it("ranks like the ranking table: by index, units below the minimum n last without a rank", () => {
    const ranked = rankRows(rows, "index", "desc");
    expect(ranked.rows.map((r) => r.unit.id)).toEqual([3, 1, 2]);
    const table = figureTable(ranked.rows, { ranks: ranked.ranks });
    expect(table.rows.map((r) => r[0])).toEqual([1, 2, null]);
    expect(table.headers[0]).toBe("Hạng");
  });

  it("is in the manager's language: English headers and phrase, the same numbers", () => {
    const table = figureTable(rows, { lang: "en" });
    expect(table.headers).toEqual([
      "Unit",
      "Answers (n)",
      "Very satisfied",
      "Satisfied",
      "Not satisfied",
      "Satisfaction rate (%)",
      "95% interval - low",
      "95% interval - high",
      "Mean score",
      "Change (points)",
      "Service index (%)",
      "On-time rate (%)",
      "n (returned with a due date)",
      "Early",
      "On time",
      "Late",
      "Open and overdue",
      "With an apology letter",
      "Satisfaction by dossier, Decision 766 (%)",
      "n (dossiers returned)",
      "Complained about",
      "Rated “Not satisfied”",
      "Dossiers received",
      "Note",
    ]);
    expect(table.rows[0]).toEqual(figureTable(rows).rows[0]);
    expect(table.rows[1]?.[5]).toBe("not enough answers yet");
  });

  it("writes a CSV with a BOM and an XLSX with the same numbers", async () => {
    const table = figureTable(rows);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(figureTableCsv(table));
    expect(csv.startsWith("\uFEFFĐơn vị,")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe(
      "Phường An Hòa,50,37,3,10,80.00,66.96,88.76,2.54,20.00,,,0,0,0,0,0,0,,0,0,0,0,",
    );
    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type, structurally an ArrayBuffer.
    await workbook.xlsx.load((await figureTableXlsx(table, [["Kỳ", "Tháng 10/2026"]])).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("Chỉ số");
    expect(sheet?.getRow(2).getCell(6).value).toBe(80);
    expect(sheet?.getRow(2).getCell(6).numFmt).toBe("0.00");
    expect(sheet?.getRow(3).getCell(6).value).toBe("chưa đủ lượt đánh giá");
    expect(workbook.getWorksheet("Ghi chú")?.getRow(1).getCell(2).value).toBe("Tháng 10/2026");
    const english = new ExcelJS.Workbook();
    await english.xlsx.load(
      (await figureTableXlsx(figureTable(rows, { lang: "en" }), [["Period", "October 2026"]], "en"))
        .buffer as ArrayBuffer,
    );
    expect(english.worksheets.map((w) => w.name)).toEqual(["Index", "Notes"]);
    expect(english.getWorksheet("Index")?.getColumn(1).width).toBe(48);
  });
});
