import { describe, expect, it } from "vitest";
import { realProcedures, realRecord } from "@/test/real-procedures";
import { readRecord } from "./procedure-record";
import {
  blankRow,
  cellName,
  changeRows,
  countName,
  kindName,
  MAX_ROWS,
  parseRowIntent,
  type Row,
  readRowLists,
  rowListKeys,
  rowsFromText,
  rowsToShow,
  rowsToValues,
  SPARE_ROWS,
  textFromRows,
  withRows,
} from "./row-lists";

const item = (cells: Record<string, string>): Row => ({ kind: "item", cells });

describe("rows of a published list", () => {
  it("reads a dossier's items into name, copies and form, keeping other lines as written", () => {
    const text = [
      "Trường hợp đăng ký lần đầu:",
      "- Tờ khai thay đổi thông tin cư trú (mẫu CT01): 01 bản chính",
      "- Giấy tờ chứng minh chỗ ở hợp pháp",
      "+ Bản sao hợp đồng thuê nhà",
      "",
      "Số lượng hồ sơ: 01 bộ",
    ].join("\n");
    const rows = rowsFromText("dossier", text);
    expect(rows).toEqual([
      { kind: "text", cells: { name: "Trường hợp đăng ký lần đầu:", copies: "", formCode: "" } },
      item({ name: "Tờ khai thay đổi thông tin cư trú", copies: "01 bản chính", formCode: "CT01" }),
      item({ name: "Giấy tờ chứng minh chỗ ở hợp pháp", copies: "", formCode: "" }),
      { kind: "text", cells: { name: "+ Bản sao hợp đồng thuê nhà", copies: "", formCode: "" } },
      { kind: "text", cells: { name: "", copies: "", formCode: "" } },
      { kind: "text", cells: { name: "Số lượng hồ sơ", copies: "01 bộ", formCode: "" } },
    ]);
    expect(textFromRows("dossier", rows)).toBe(text);
  });

  it("writes typed rows as items, leaving spare blank rows out", () => {
    const rows = [
      item({ name: "Đơn đề nghị", copies: "01 bản", formCode: "TK1" }),
      blankRow("dossier"),
      item({ name: " Ảnh 4x6 ", copies: "02 ảnh", formCode: "" }),
      blankRow("dossier"),
    ];
    expect(textFromRows("dossier", rows)).toBe("- Đơn đề nghị (mẫu TK1): 01 bản\n- Ảnh 4x6: 02 ảnh");
    expect(
      textFromRows("forms", [item({ code: "TK1", name: "Tờ khai" }), item({ code: "", name: "Đơn" })]),
    ).toBe("- TK1 | Tờ khai\n- Đơn");
    expect(textFromRows("fees", [item({ name: "Lệ phí", amount: "8.000 đồng/lần" })])).toBe(
      "- Lệ phí: 8.000 đồng/lần",
    );
  });

  it("reads forms written “CODE | name” and lines it cannot split whole", () => {
    expect(rowsFromText("forms", "CT01 | Tờ khai thay đổi thông tin cư trú\nMẫu số 02: Đơn")).toEqual([
      { kind: "text", cells: { code: "CT01", name: "Tờ khai thay đổi thông tin cư trú" } },
      { kind: "text", cells: { code: "", name: "Mẫu số 02: Đơn" } },
    ]);
  });

  it("gives back every real procedure's lists exactly, so an unchanged save writes nothing", () => {
    let checked = 0;
    for (const p of realProcedures()) {
      const read = readRecord(realRecord(p));
      if (!read.ok) throw new Error(`${p.id} does not read`);
      for (const list of rowListKeys) {
        const text = read.read.content[list];
        if (text === "") continue;
        expect(textFromRows(list, rowsFromText(list, text)), `${p.id} ${list}`).toBe(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("round-trips awkward lines whole: colons, brackets, bars, markers alone", () => {
    const lines = [
      "- Giấy tờ: bản sao: có chứng thực",
      "- Tờ khai (Mẫu CT01);",
      "- (mẫu A)",
      "- Đơn (mẫu A) và giấy tờ khác",
      "- A | B | C",
      "-",
      "a) Điểm a: nội dung",
    ];
    for (const list of rowListKeys) {
      const text = lines.join("\n");
      expect(textFromRows(list, rowsFromText(list, text))).toBe(text);
    }
  });
});

describe("rows posted by the form", () => {
  const posted = (rows: Array<Record<string, string>>, list: "dossier" | "forms" = "dossier") => {
    const values: Record<string, string> = { [countName(list)]: String(rows.length) };
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(row)) values[cellName(list, i, column)] = value;
    });
    return values;
  };

  it("reads every list into its section's text", () => {
    const read = readRowLists({
      ...posted([
        { name: "Đơn đề nghị", copies: "01 bản", formCode: "" },
        { name: "", copies: "", formCode: "" },
      ]),
      ...posted([{ code: "TK1", name: "Tờ khai" }], "forms"),
    });
    expect(read).toEqual({
      ok: true,
      texts: { dossier: "- Đơn đề nghị: 01 bản", fees: "", forms: "- TK1 | Tờ khai", legalBasis: "" },
    });
  });

  it("names the row and the part of every problem, all at once", () => {
    const read = readRowLists({
      ...posted([
        { name: "Đơn", copies: "01 bản", formCode: "" },
        { name: "Giấy tờ", copies: "", formCode: "A(1)" },
        { name: "  ", copies: "01 bản", formCode: "" },
      ]),
      ...posted([{ code: "X|Y", name: "" }], "forms"),
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => [i.list, i.index, i.column, i.message.key, i.message.values?.row])).toEqual(
      [
        ["dossier", 1, "formCode", "catalog.rows.issues.formCodeBrackets", 2],
        ["dossier", 2, "name", "catalog.rows.issues.dossierNameRequired", 3],
        ["forms", 0, "name", "catalog.rows.issues.formsNameRequired", 1],
        ["forms", 0, "code", "catalog.rows.issues.formCodeBar", 1],
      ],
    );
  });

  it("refuses more rows than a list may have", () => {
    const rows = Array.from({ length: MAX_ROWS + 5 }, () => ({ name: "x", copies: "", formCode: "" }));
    const read = readRowLists(posted(rows));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]?.message.key).toBe("catalog.rows.issues.tooMany");
  });

  it("keeps a line's kind as posted and treats anything else as an item", () => {
    const values = { ...posted([{ name: "Trường hợp 1:", copies: "", formCode: "" }]) };
    values[kindName("dossier", 0)] = "text";
    expect(readRowLists(values)).toMatchObject({ ok: true, texts: { dossier: "Trường hợp 1:" } });
    values[kindName("dossier", 0)] = "<script>";
    expect(readRowLists(values)).toMatchObject({ ok: true, texts: { dossier: "- Trường hợp 1:" } });
  });
});

describe("adding, moving and removing rows", () => {
  const rows = [item({ name: "A" }), item({ name: "B" }), item({ name: "C" })];
  const names = (r: Row[]) => r.map((x) => x.cells.name);

  it("moves a row up or down and removes it; out of range changes nothing", () => {
    expect(names(changeRows("legalBasis", rows, "up", 1))).toEqual(["B", "A", "C"]);
    expect(names(changeRows("legalBasis", rows, "down", 1))).toEqual(["A", "C", "B"]);
    expect(names(changeRows("legalBasis", rows, "up", 0))).toEqual(["A", "B", "C"]);
    expect(names(changeRows("legalBasis", rows, "down", 2))).toEqual(["A", "B", "C"]);
    expect(names(changeRows("legalBasis", rows, "remove", 0))).toEqual(["B", "C"]);
    expect(names(changeRows("legalBasis", rows, "remove", 9))).toEqual(["A", "B", "C"]);
    expect(changeRows("legalBasis", rows, "add", 0)).toHaveLength(6);
  });

  it("reads the buttons' values and nothing else", () => {
    expect(parseRowIntent("up:forms:2")).toEqual({ op: "up", list: "forms", index: 2 });
    expect(parseRowIntent("add:dossier")).toEqual({ op: "add", list: "dossier", index: 0 });
    expect(parseRowIntent("up:name:2")).toBeNull();
    expect(parseRowIntent(undefined)).toBeNull();
  });

  it("shows the text's rows with spare blank ones, or the rows a form was sent back with", () => {
    expect(rowsToShow("legalBasis", undefined, "- Luật A\n- Luật B")).toHaveLength(2 + SPARE_ROWS);
    const values = withRows({ other: "kept", "legalBasis-7-name": "stale" }, "legalBasis", rows);
    expect(values.other).toBe("kept");
    expect(values["legalBasis-7-name"]).toBeUndefined();
    expect(rowsToShow("legalBasis", values, "ignored")).toEqual(rows);
    expect(rowsToValues("legalBasis", rows)[countName("legalBasis")]).toBe("3");
  });
});
