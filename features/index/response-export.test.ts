import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { localDay } from "@/lib/time";
import {
  csvLines,
  type ExportResponse,
  exportHeader,
  exportRecord,
  parseExportRange,
  SERVICE_ITEM_KEYS,
  vietnamTime,
} from "./response-export";

const base: ExportResponse = {
  id: 42,
  submittedAt: Date.parse("2026-11-20T14:05:33+07:00"),
  localDay: "2026-11-20",
  unitId: 7,
  unitName: "Phường An Hòa",
  counter: "1 — Quầy hộ tịch",
  procedureCode: "1.001193",
  channel: "poster",
  instrumentKey: "quick",
  instrumentVersion: 1,
  flagged: false,
  flagReason: null,
  reasons: '["I","III"]',
  comment: 'Chờ lâu, "quá" đông',
  answers: [{ itemKey: "quick", value: 1 }],
};

function column(record: string[], header: string[], name: string): string | undefined {
  return record[header.indexOf(name)];
}

describe("raw-responses export record", () => {
  it("writes local time with the +07:00 offset, equal to the local day across midnight UTC", () => {
    expect(vietnamTime(base.submittedAt)).toBe("2026-11-20T14:05:33+07:00");
    const lateUtc = Date.parse("2026-11-20T18:30:00Z");
    expect(vietnamTime(lateUtc)).toBe("2026-11-21T01:30:00+07:00");
    expect(vietnamTime(lateUtc).slice(0, 10)).toBe(localDay(lateUtc));
  });

  it("has one column per header, the quick answer, reasons and the comment only when allowed", () => {
    const withComments = exportHeader({ includeComments: true });
    const record = exportRecord(base, { includeComments: true });
    expect(record).toHaveLength(withComments.length);
    expect(column(record, withComments, "Trả lời nhanh (1–3)")).toBe("1");
    expect(column(record, withComments, "Yếu tố chưa hài lòng")).toBe("I; III");
    expect(column(record, withComments, "Góp ý")).toBe(base.comment);
    expect(SERVICE_ITEM_KEYS.map((k) => column(record, withComments, k))).toEqual(
      SERVICE_ITEM_KEYS.map(() => ""),
    );

    const without = exportHeader({ includeComments: false });
    expect(without).not.toContain("Góp ý");
    const bare = exportRecord(base, { includeComments: false });
    expect(bare).toHaveLength(without.length);
    expect(bare).not.toContain(base.comment);

    const english = exportHeader({ includeComments: true, lang: "en" });
    expect(english).toHaveLength(withComments.length);
    expect(english.slice(0, 2)).toEqual(["Response id", "Submitted at (UTC+7)"]);
    expect(column(record, english, "Quick answer (1–3)")).toBe("1");
    expect(column(record, english, "Comment")).toBe(base.comment);
    expect(english.filter((h) => SERVICE_ITEM_KEYS.includes(h))).toEqual(SERVICE_ITEM_KEYS);
  });

  it("puts service items in their columns and other instruments' items in the compact column", () => {
    const header = exportHeader({ includeComments: false });
    const service = exportRecord(
      {
        ...base,
        instrumentKey: "service",
        reasons: null,
        answers: [
          { itemKey: "I.1", value: 5 },
          { itemKey: "III.2", value: null },
          { itemKey: "V.3", value: 2 },
        ],
      },
      { includeComments: false },
    );
    expect(column(service, header, "I.1")).toBe("5");
    expect(column(service, header, "III.2")).toBe("");
    expect(column(service, header, "V.3")).toBe("2");
    expect(column(service, header, "Trả lời nhanh (1–3)")).toBe("");

    const custom = exportRecord(
      {
        ...base,
        instrumentKey: "phuong-rieng",
        answers: [
          { itemKey: "I.1", value: 4 },
          { itemKey: "K2", value: 3 },
        ],
      },
      { includeComments: false },
    );
    expect(column(custom, header, "I.1")).toBe("");
    expect(column(custom, header, "Câu trả lời khác")).toBe("I.1=4; K2=3");
  });
});

describe("export day range", () => {
  it("defaults to the 30 days ending today, or ending `den`", () => {
    expect(parseExportRange(null, null, "2026-11-30")).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(parseExportRange("", "2026-02-10", "2026-11-30")).toEqual({
      from: "2026-01-12",
      to: "2026-02-10",
    });
  });

  it("refuses impossible days and reversed ranges", () => {
    expect(parseExportRange("2026-02-30", "2026-03-01", "2026-11-30")).toBeNull();
    expect(parseExportRange("2026-03-02", "2026-03-01", "2026-11-30")).toBeNull();
    expect(parseExportRange("hôm qua", null, "2026-11-30")).toBeNull();
    expect(parseExportRange("2026-03-01", "2026-03-01", "2026-11-30")).toEqual({
      from: "2026-03-01",
      to: "2026-03-01",
    });
  });
});

describe("csvLines", () => {
  it("quotes what needs quoting, ends every record with a newline, and defuses formulas", () => {
    const text = csvLines([
      ["1", 'Nhanh, "tận tình"', "dòng 1\ndòng 2"],
      ["2", '=HYPERLINK("http://x")', "-1+1", "@SUM(A1)", "+84 90", "bình thường"],
    ]);
    expect(text.endsWith("\n")).toBe(true);
    const rows = parse(text, { relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual(["1", 'Nhanh, "tận tình"', "dòng 1\ndòng 2"]);
    expect(rows[1]).toEqual([
      "2",
      '\'=HYPERLINK("http://x")',
      "'-1+1",
      "'@SUM(A1)",
      "'+84 90",
      "bình thường",
    ]);
  });
});
