import { describe, expect, it } from "vitest";
import { blockText, normalizeText, parseStructuredText } from "./structured-text";

describe("structured text", () => {
  it("keeps fee lines as a list, markers as published", () => {
    const fees = [
      "- Lệ phí đăng ký thường trú: 20.000 đồng/lần đăng ký;",
      "- Trường hợp nộp hồ sơ trực tuyến: 10.000 đồng/lần đăng ký;",
      "- Trường hợp thuộc đối tượng được miễn: không thu.",
    ].join("\n");
    expect(parseStructuredText(fees)).toEqual([
      {
        type: "list",
        kind: "dash",
        items: [
          {
            marker: "-",
            kind: "dash",
            text: "Lệ phí đăng ký thường trú: 20.000 đồng/lần đăng ký;",
            children: [],
          },
          {
            marker: "-",
            kind: "dash",
            text: "Trường hợp nộp hồ sơ trực tuyến: 10.000 đồng/lần đăng ký;",
            children: [],
          },
          {
            marker: "-",
            kind: "dash",
            text: "Trường hợp thuộc đối tượng được miễn: không thu.",
            children: [],
          },
        ],
      },
    ]);
  });

  it("nests marker kinds in the order they appear and returns to an open kind", () => {
    const text = [
      "a) Trực tiếp:",
      "- tại Bộ phận một cửa;",
      "+ buổi sáng;",
      "- qua bưu chính.",
      "b) Trực tuyến.",
    ].join("\n");
    const [list] = parseStructuredText(text);
    expect(list?.type).toBe("list");
    if (list?.type !== "list") return;
    expect(list.items.map((i) => i.marker)).toEqual(["a)", "b)"]);
    const dashes = list.items[0]?.children[0];
    expect(dashes?.type === "list" && dashes.items.map((i) => i.text)).toEqual([
      "tại Bộ phận một cửa;",
      "qua bưu chính.",
    ]);
    const plus = dashes?.type === "list" ? dashes.items[0]?.children[0] : undefined;
    expect(plus?.type === "list" && plus.items.map((i) => i.marker)).toEqual(["+"]);
  });

  it("makes paragraphs of blank-line separated text and attaches a following line to its item", () => {
    const blocks = parseStructuredText(
      "Lưu ý:\n- giấy tờ bản sao\nkèm bản chính để đối chiếu\n\nKhông thu phí.",
    );
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "list", "paragraph"]);
    expect(blockText(blocks)).toEqual([
      "Lưu ý:",
      "-",
      "giấy tờ bản sao",
      "kèm bản chính để đối chiếu",
      "Không thu phí.",
    ]);
  });

  it("does not take codes, amounts or Vietnamese letters outside the legal alphabet for markers", () => {
    const blocks = parseStructuredText("1.004222 là mã thủ tục\n-5% phí\nf) không phải điểm\nđ) là điểm đ");
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "paragraph", "paragraph", "list"]);
  });

  it("loses no text: every line's words come back, in order", () => {
    const source = "Bước 1: chuẩn bị\n+ Trường hợp A:\n  - giấy tờ 1\n\n(1) Ghi chú\n1. Một\n2) Hai\n• chấm";
    const words = (s: string) => s.replace(/\s+/g, "");
    expect(words(blockText(parseStructuredText(source)).join(""))).toBe(words(normalizeText(source)));
  });
});
