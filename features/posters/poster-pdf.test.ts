import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type PosterKind, posterKinds } from "@/lib/constants";
import {
  MIN_QR_MM,
  QR_MARGIN_MODULES,
  QR_PNG_MAX,
  QR_PNG_MIN,
  qrMatrix,
  qrPayload,
  qrPng,
  qrSvg,
  shortUrlText,
} from "@/lib/qr";
import {
  layoutFor,
  type PaperSize,
  type PosterCard,
  type PosterSpec,
  renderPosterPdf,
  renderPosterSvgPages,
} from "./poster-pdf";

const BASE_URL = "https://hailong.example.vn";
const UNIT = "Trung tâm Phục vụ hành chính công phường An Hòa";
const STAMP = "Tờ số 12 · in ngày 25/11/2026 · nội dung phiên bản hiện hành";
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const PT_PER_MM = 72 / 25.4;

const PAPER: Record<PosterKind, PaperSize> = {
  counter_a4: "A4",
  standee_a5: "A5",
  table_tent_a6: "A6",
  procedure_sheet: "A4",
  field_poster: "A4",
  survey_poster: "A4",
};

/** Physical minimum per kind (brief): wall ≥ 80 mm, desk ≥ 30 mm, field grid ≥ 50 mm, survey ≥ 100 mm. */
const MIN_MM: Record<PosterKind, number> = {
  counter_a4: MIN_QR_MM.wall,
  standee_a5: MIN_QR_MM.desk,
  table_tent_a6: MIN_QR_MM.desk,
  procedure_sheet: MIN_QR_MM.desk,
  field_poster: 50,
  survey_poster: 100,
};

const PROCEDURES = [
  "Đăng ký khai sinh",
  "Đăng ký kết hôn",
  "Cấp bản sao trích lục hộ tịch",
  "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con, xác định quốc tịch Việt Nam cho trẻ em sinh ra ở nước ngoài chưa được đăng ký khai sinh về cư trú tại Việt Nam",
  "Chứng thực chữ ký trong các giấy tờ, văn bản",
  "Đăng ký thường trú",
  "Thủ tục cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất",
];

function code(index: number): string {
  let n = index * 7919 + 123_457;
  let out = "";
  for (let i = 0; i < 6; i++) {
    out += ALPHABET[n % ALPHABET.length];
    n = Math.floor(n / ALPHABET.length);
  }
  return out;
}

function linkCard(index: number, title: string, lines: string[]): PosterCard {
  const c = code(index);
  return { title, lines, qrText: qrPayload(BASE_URL, c), shortUrl: shortUrlText(BASE_URL, c) };
}

function procedureCards(count: number): PosterCard[] {
  return Array.from({ length: count }, (_, i) =>
    linkCard(i, PROCEDURES[i % PROCEDURES.length] ?? "", [
      `Mã: 1.${String(1193 + i).padStart(6, "0")}`,
      "Lĩnh vực: Hộ tịch",
    ]),
  );
}

function cardsFor(kind: PosterKind, count: number): PosterCard[] {
  switch (kind) {
    case "counter_a4":
      return Array.from({ length: count }, (_, i) =>
        i % 2 === 0
          ? {
              ...linkCard(i, "Tra cứu thủ tục hành chính", [
                "Thành phần hồ sơ, thời hạn, phí, lệ phí, biểu mẫu",
              ]),
              purpose: "lookup" as const,
            }
          : {
              ...linkCard(i, "Đánh giá sự hài lòng", ["Quầy 1 — ẩn danh, chỉ một chạm"]),
              purpose: "survey" as const,
            },
      );
    case "procedure_sheet":
      return procedureCards(count);
    case "field_poster":
      return Array.from({ length: count }, (_, i) =>
        linkCard(i, i === 1 ? "Lĩnh vực Thành lập và hoạt động của doanh nghiệp" : "Lĩnh vực Hộ tịch", [
          "Quét mã để xem các thủ tục của lĩnh vực",
        ]),
      );
    default:
      return Array.from({ length: count }, (_, i) =>
        linkCard(i, "Đánh giá sự hài lòng", ["Quầy 1 — ẩn danh, chỉ một chạm"]),
      );
  }
}

function spec(kind: PosterKind, cards: PosterCard[]): PosterSpec {
  return {
    kind,
    paper: PAPER[kind],
    heading: UNIT,
    subheading: "Quầy 1 — Tư pháp, hộ tịch",
    cards,
    stamp: STAMP,
  };
}

// --- external tools (Debian: zbar-tools, poppler-utils) ------------------------------------------------------

const TOOLS = ["zbarimg", "pdftoppm", "pdfinfo", "pdftotext", "pdffonts", "pdftocairo"] as const;

function requireTools(): void {
  const missing = TOOLS.filter((tool) => spawnSync(tool, ["-v"], { encoding: "utf8" }).error !== undefined);
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.join(", ")}: these tests rasterise and decode the PDFs with independent tools. ` +
        "Install them with: apt-get install zbar-tools poppler-utils",
    );
  }
}

function run(tool: string, args: string[], okStatuses: number[] = [0]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${tool} failed to start: ${result.error.message}`);
  if (!okStatuses.includes(result.status ?? -1)) {
    throw new Error(`${tool} ${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

let dir = "";

function save(name: string, pdf: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

/** Every QR text of every page, page by page (pdftoppm -r 150, then zbarimg; exit 4 = no symbol on the page). */
function decodePages(file: string): string[][] {
  const prefix = `${file}-page`;
  run("pdftoppm", ["-r", "150", "-png", file, prefix]);
  const base = prefix.split("/").pop() ?? "";
  return readdirSync(dir)
    .filter((f) => f.startsWith(base) && f.endsWith(".png"))
    .sort()
    .map((f) =>
      run("zbarimg", ["--raw", "-q", "--nodbus", join(dir, f)], [0, 4])
        .split("\n")
        .filter((line) => line.trim() !== ""),
    );
}

function pageCount(file: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(run("pdfinfo", [file]));
  return Number(match?.[1]);
}

const pdfText = (file: string, page?: number): string =>
  run("pdftotext", [...(page ? ["-f", String(page), "-l", String(page)] : []), "-enc", "UTF-8", file, "-"]);

// --- vector geometry of a page, read back through pdftocairo -svg --------------------------------------------

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Matrix = readonly [number, number, number, number, number, number];

function boxOf(points: ReadonlyArray<readonly [number, number]>, grow: number): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    x0: Math.min(...xs) - grow,
    y0: Math.min(...ys) - grow,
    x1: Math.max(...xs) + grow,
    y1: Math.max(...ys) + grow,
  };
}

/**
 * Boxes covering an SVG path of pdftocairo (M, L, C, Z only): one per subpath for a fill, one per segment for a
 * stroke (so that a card's outline does not count as covering the card).
 */
function pathBoxes(d: string, matrix: Matrix, stroke: number): Box[] {
  const [a, b, c, dd, e, f] = matrix;
  const at = (x: number, y: number): [number, number] => [a * x + c * y + e, b * x + dd * y + f];
  const boxes: Box[] = [];
  let subpath: Array<[number, number]> = [];
  let current: [number, number] | undefined;
  let start: [number, number] | undefined;
  const flush = () => {
    if (stroke === 0 && subpath.length > 0) boxes.push(boxOf(subpath, 0));
    subpath = [];
  };
  for (const [, op = "", args = ""] of d.matchAll(/([MLCZ])([^MLCZ]*)/g)) {
    const n = (args.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
    const points: Array<[number, number]> = [];
    for (let i = 0; i + 1 < n.length; i += 2) points.push(at(n[i] ?? 0, n[i + 1] ?? 0));
    if (op === "M") {
      flush();
      current = points[points.length - 1];
      start = current;
      if (current) subpath.push(current);
      continue;
    }
    const end = op === "Z" ? start : points[points.length - 1];
    if (stroke > 0 && current && end) boxes.push(boxOf([current, ...points, end], stroke / 2));
    subpath.push(...points);
    current = end;
  }
  flush();
  return boxes;
}

const union = (boxes: Box[]): Box => ({
  x0: Math.min(...boxes.map((b) => b.x0)),
  y0: Math.min(...boxes.map((b) => b.y0)),
  x1: Math.max(...boxes.map((b) => b.x1)),
  y1: Math.max(...boxes.map((b) => b.y1)),
});

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? undefined;

/** Page size and the bounding boxes of what page 1 draws: QR symbols (paths of ≥ 30 squares) and everything else. */
function pageMarks(file: string): { width: number; height: number; qr: Box[]; others: Box[] } {
  const svgFile = `${file}.svg`;
  run("pdftocairo", ["-svg", "-noshrink", "-nocenter", "-f", "1", "-l", "1", file, svgFile]);
  const svg = readFileSync(svgFile, "utf8");
  const [defs = "", body = ""] = svg.split("</defs>");
  const identity: Matrix = [1, 0, 0, 1, 0, 0];
  const glyphs = new Map<string, Box>();
  for (const m of defs.matchAll(/<symbol[^>]*id="([^"]+)"[^>]*>\s*<path[^>]*\sd="([^"]*)"/g)) {
    const boxes = pathBoxes(m[2] ?? "", identity, 0);
    if (m[1] && boxes.length > 0) glyphs.set(m[1], union(boxes));
  }
  const qr: Box[] = [];
  const others: Box[] = [];
  for (const m of body.matchAll(/<(path|use)\b[^>]*\/>/g)) {
    const tag = m[0];
    if (m[1] === "use") {
      const glyph = glyphs.get((attr(tag, "xlink:href") ?? "").slice(1));
      const x = Number(attr(tag, "x"));
      const y = Number(attr(tag, "y"));
      if (glyph) others.push({ x0: glyph.x0 + x, y0: glyph.y0 + y, x1: glyph.x1 + x, y1: glyph.y1 + y });
      continue;
    }
    const style = attr(tag, "style") ?? "";
    const values = /matrix\(([^)]*)\)/
      .exec(attr(tag, "transform") ?? "")?.[1]
      ?.split(",")
      .map(Number);
    const matrix: Matrix = values?.length === 6 ? (values as unknown as Matrix) : identity;
    const stroked = !/stroke:none/.test(style) && /stroke:/.test(style);
    const stroke = stroked ? Number(/stroke-width:([\d.]+)/.exec(style)?.[1] ?? 1) : 0;
    const boxes = pathBoxes(attr(tag, "d") ?? "", matrix, stroke);
    if (boxes.length === 0) continue;
    if (!stroked && boxes.length >= 30) qr.push(union(boxes));
    else others.push(...boxes);
  }
  const width = Number.parseFloat(/<svg[^>]*\swidth="([\d.]+)pt"/.exec(svg)?.[1] ?? "0");
  const height = Number.parseFloat(/<svg[^>]*\sheight="([\d.]+)pt"/.exec(svg)?.[1] ?? "0");
  return { width, height, qr, others };
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// -------------------------------------------------------------------------------------------------------------

describe("qr", () => {
  it("builds the upper-case QR payload and the typeable short URL", () => {
    expect(qrPayload("https://hailong.example.vn", "AB23CD")).toBe("HTTPS://HAILONG.EXAMPLE.VN/Q/AB23CD");
    expect(qrPayload("https://hailong.example.vn/", "ab23cd")).toBe("HTTPS://HAILONG.EXAMPLE.VN/Q/AB23CD");
    expect(qrPayload("http://localhost:3100", "AB23CD")).toBe("HTTP://LOCALHOST:3100/Q/AB23CD");
    expect(shortUrlText("https://HaiLong.Example.VN/", "ab23cd")).toBe("hailong.example.vn/q/AB23CD");
    expect(shortUrlText("http://localhost:3100", "AB23CD")).toBe("localhost:3100/q/AB23CD");
    expect(() => qrPayload("ftp://x.vn", "AB23CD")).toThrow(RangeError);
    expect(() => qrPayload(BASE_URL, "AB/23")).toThrow(RangeError);
  });

  it("keeps the payload in alphanumeric mode (version 3 at level Q; byte mode would need version 4)", () => {
    const payload = qrPayload(BASE_URL, "AB23CD");
    expect(qrMatrix(payload).version).toBe(3);
    expect(qrMatrix(payload.toLowerCase()).version).toBe(4);
    const matrix = qrMatrix(payload);
    expect(matrix.size).toBe(29);
    // Finder pattern corners are dark; outside the symbol is light.
    expect([matrix.isDark(0, 0), matrix.isDark(0, 28), matrix.isDark(28, 0), matrix.isDark(-1, 0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it("renders a compact standalone SVG with a 4-module quiet zone", () => {
    const text = qrPayload(BASE_URL, "AB23CD");
    const svg = qrSvg(text, { title: "Mã QR <AB23CD> & “Hài Lòng”" });
    const side = qrMatrix(text).size + 2 * QR_MARGIN_MODULES;
    expect(side).toBe(37);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain("<title>Mã QR &lt;AB23CD&gt; &amp; “Hài Lòng”</title>");
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(/<svg[^>]*\s(width|height)=/.test(svg)).toBe(false);
    // Dark modules start 4 modules in: the first run is the top-left finder, 7 modules wide.
    expect(svg).toContain('d="M4 4h7v1h-7z');
    expect(qrSvg(text, { level: "H" })).not.toBe(qrSvg(text));
  });

  it("renders PNGs of the requested width and refuses sizes out of range", async () => {
    const png = await qrPng(qrPayload(BASE_URL, "AB23CD"), QR_PNG_MIN);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(64);
    expect(png.readUInt32BE(20)).toBe(64);
    await expect(qrPng("X", QR_PNG_MIN - 1)).rejects.toThrow(RangeError);
    await expect(qrPng("X", QR_PNG_MAX + 1)).rejects.toThrow(RangeError);
    await expect(qrPng("X", 100.5)).rejects.toThrow(RangeError);
  });
});

describe("layoutFor", () => {
  it("meets the physical minimum of every kind on its paper", () => {
    for (const kind of posterKinds) {
      const layout = layoutFor(kind, PAPER[kind]);
      expect(layout.qrMm, kind).toBeGreaterThanOrEqual(MIN_MM[kind]);
      // Whole hundredths of a millimetre: what the HTML print page and the e2e tests can use as is.
      expect(Math.abs(layout.qrMm * 100 - Math.round(layout.qrMm * 100)), kind).toBeLessThan(1e-9);
    }
    expect(layoutFor("counter_a4", "A4")).toMatchObject({ columns: 1, rows: 2 });
    expect(layoutFor("procedure_sheet", "A4")).toMatchObject({ columns: 2, rows: 4 });
    expect(layoutFor("field_poster", "A4")).toMatchObject({ columns: 2, rows: 3 });
    expect(layoutFor("survey_poster", "A4")).toMatchObject({ columns: 1, rows: 1 });
  });

  it("refuses a paper the layout cannot fit", () => {
    expect(() => layoutFor("counter_a4", "A6")).toThrow(RangeError);
    expect(() => layoutFor("procedure_sheet", "A5")).toThrow(RangeError);
  });

  it("refuses an empty card list", async () => {
    await expect(renderPosterPdf(spec("procedure_sheet", []))).rejects.toThrow(RangeError);
  });
});

describe("renderPosterPdf (checked with zbarimg and poppler)", () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hl-poster-"));
  });
  // Per test, so that every one of them fails (rather than being skipped) when the tools are missing.
  beforeEach(requireTools);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("a counter poster: both codes scan, Vietnamese text and metadata are embedded", async () => {
    const cards = cardsFor("counter_a4", 2);
    const file = save("counter.pdf", await renderPosterPdf(spec("counter_a4", cards)));
    const pages = decodePages(file);
    expect(pages).toHaveLength(1);
    expect(pages.flat().sort()).toEqual(cards.map((c) => c.qrText).sort());

    // Words as printed, whatever the line breaks (the lines are at 14 pt and wrap in the column).
    const text = pdfText(file).replace(/\s+/g, " ");
    for (const expected of [
      UNIT,
      "Quầy 1 — Tư pháp, hộ tịch",
      "TRA CỨU THỦ TỤC",
      "ĐÁNH GIÁ HÀI LÒNG",
      "Đánh giá sự hài lòng",
      "Tra cứu thủ tục hành",
      "Thành phần hồ sơ, thời hạn, phí, lệ phí",
      "Mở camera điện thoại",
      "Chạm vào đường dẫn hiện ra",
      "hoặc gõ:",
      STAMP,
      ...cards.map((c) => c.shortUrl),
    ]) {
      expect(text).toContain(expected);
    }
    const info = run("pdfinfo", [file]);
    expect(info).toMatch(/^Author:\s+Hài Lòng$/m);
    expect(info).toMatch(/^Creator:\s+Hài Lòng$/m);
    expect(info).toMatch(/^Title:\s+.*Trung tâm Phục vụ hành chính công phường An Hòa$/m);
    const fonts = run("pdffonts", [file]);
    expect(fonts).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(fonts).toMatch(/NotoSans-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it("a 20-card procedure sheet: 3 pages, every code scans once, heading and page number on every page", async () => {
    const cards = cardsFor("procedure_sheet", 20);
    const file = save("sheet.pdf", await renderPosterPdf(spec("procedure_sheet", cards)));
    expect(pageCount(file)).toBe(3);
    const pages = decodePages(file);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.length)).toEqual([8, 8, 4]);
    expect(pages.flat().sort()).toEqual(cards.map((c) => c.qrText).sort());
    for (const page of [1, 2, 3]) {
      const text = pdfText(file, page);
      expect(text).toContain(UNIT);
      expect(text).toContain(`Trang ${page}/3`);
      expect(text).toContain("Tờ số 12 · in ngày 25/11/2026");
    }
    const text = pdfText(file);
    // "tịch" and "sinh" in one file: the text layer keeps ị and i apart (see SHAPING in poster-pdf.ts).
    for (const expected of [
      "Đăng ký khai sinh",
      "Lĩnh vực: Hộ tịch",
      "Cấp bản sao trích lục hộ tịch",
      "Mã: 1.001193",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("…"); // the longest name is cut after three lines
  });

  it.each(posterKinds)("%s: QR size as layoutFor says, quiet zone and margins clear", async (kind) => {
    const layout = layoutFor(kind, PAPER[kind]);
    const cards = cardsFor(kind, layout.columns * layout.rows);
    const file = save(`${kind}.pdf`, await renderPosterPdf(spec(kind, cards)));
    expect(decodePages(file).flat().sort()).toEqual(cards.map((c) => c.qrText).sort());

    const marks = pageMarks(file);
    expect(marks.qr).toHaveLength(cards.length);
    const modules = qrMatrix(cards[0]?.qrText ?? "").size;
    const margin = 10 * PT_PER_MM - 0.01;
    for (const symbol of marks.qr) {
      expect((symbol.x1 - symbol.x0) / PT_PER_MM).toBeCloseTo(layout.qrMm, 2);
      expect((symbol.y1 - symbol.y0) / PT_PER_MM).toBeCloseTo(layout.qrMm, 2);
      const quiet = (QR_MARGIN_MODULES * (symbol.x1 - symbol.x0)) / modules - 0.01;
      const zone = {
        x0: symbol.x0 - quiet,
        y0: symbol.y0 - quiet,
        x1: symbol.x1 + quiet,
        y1: symbol.y1 + quiet,
      };
      for (const other of [...marks.others, ...marks.qr.filter((q) => q !== symbol)]) {
        expect(overlaps(zone, other), `${kind}: a mark at ${JSON.stringify(other)} is in a quiet zone`).toBe(
          false,
        );
      }
    }
    for (const mark of [...marks.qr, ...marks.others]) {
      expect(mark.x0).toBeGreaterThanOrEqual(margin);
      expect(mark.y0).toBeGreaterThanOrEqual(margin);
      expect(mark.x1).toBeLessThanOrEqual(marks.width - margin);
      expect(mark.y1).toBeLessThanOrEqual(marks.height - margin);
    }
  });

  it("instruction text on A4 is at least 14 pt (the height of its words as poppler reads them)", async () => {
    // A word's box is the font's ascender to descender: (1069 + 293) / 1000 of the size for Noto Sans.
    const minHeight = 14 * 1.362 - 0.05;
    const instructions: Array<[PosterKind, string[]]> = [
      ["counter_a4", ["camera", "Hướng", "Chạm", "Thành", "ẩn"]],
      ["survey_poster", ["camera", "Hướng", "Chạm", "ẩn"]],
      ["field_poster", ["Quét", "lĩnh"]],
    ];
    for (const [kind, words] of instructions) {
      const layout = layoutFor(kind, PAPER[kind]);
      const sheet = spec(kind, cardsFor(kind, layout.columns * layout.rows));
      if (kind === "field_poster") sheet.subheading = "Quét mã QR của một lĩnh vực để xem các thủ tục";
      const file = save(`${kind}-sizes.pdf`, await renderPosterPdf(sheet));
      const html = run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]);
      for (const word of words) {
        const boxes = [
          ...html.matchAll(
            /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
          ),
        ]
          .filter((m) => m[3] === word)
          .map((m) => Number(m[2]) - Number(m[1]));
        expect(boxes.length, `${kind}: "${word}"`).toBeGreaterThan(0);
        for (const height of boxes) expect(height, `${kind}: "${word}"`).toBeGreaterThanOrEqual(minHeight);
      }
    }
  });

  it("a lookup code and a survey code differ at a glance: each its colour, label and icon", () => {
    const svg = renderPosterSvgPages(spec("counter_a4", cardsFor("counter_a4", 2))).pages.join("");
    for (const colour of ["#0b4f9c", "#b3400a"]) {
      // The card's frame and the badge, in the purpose's colour.
      expect(svg).toMatch(new RegExp(`stroke="${colour}"`));
      expect(svg).toMatch(new RegExp(`fill="${colour}"`));
    }
    expect(svg).toContain(">TRA CỨU THỦ TỤC</text>");
    expect(svg).toContain(">ĐÁNH GIÁ HÀI LÒNG</text>");
    const lookupOnly = renderPosterSvgPages(
      spec("counter_a4", [{ ...(cardsFor("counter_a4", 1)[0] as PosterCard), purpose: "lookup" }]),
    ).pages.join("");
    expect(lookupOnly).not.toContain("#b3400a");
    expect(lookupOnly).not.toContain("ĐÁNH GIÁ HÀI LÒNG");
  });

  it.each(posterKinds)(
    "%s: the print view's SVG draws what the PDF draws, where the PDF draws it",
    async (kind) => {
      const layout = layoutFor(kind, PAPER[kind]);
      const cards = cardsFor(kind, layout.columns * layout.rows + 1);
      const sheet = spec(kind, cards);
      const file = save(`${kind}-same.pdf`, await renderPosterPdf(sheet));
      const svg = renderPosterSvgPages(sheet);
      expect(svg.pages).toHaveLength(pageCount(file));
      const [shortMm, longMm] = { A4: [210, 297], A5: [148, 210], A6: [105, 148] }[PAPER[kind]];
      expect([svg.widthMm, svg.heightMm]).toEqual(svg.landscape ? [longMm, shortMm] : [shortMm, longMm]);
      const decodeEntities = (t: string) => t.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));
      const words = (text: string) =>
        text
          .split(/\s+/)
          .filter((w) => w !== "")
          .sort();
      for (const [index, page] of svg.pages.entries()) {
        const svgText = [...page.matchAll(/<text [^>]*>([^<]*)<\/text>/g)]
          .map((m) => decodeEntities(m[1] ?? ""))
          .join(" ");
        expect(words(svgText), `page ${index + 1}`).toEqual(words(pdfText(file, index + 1)));
      }
      // The QR symbols: same boxes, in points, as pdftocairo reads them from the PDF's first page.
      const marks = pageMarks(file);
      const symbols = [
        ...(svg.pages[0] ?? "").matchAll(/<path d="([^"]*)" fill="#000000" shape-rendering="crispEdges"\/>/g),
      ].map((m) => {
        const squares = [...(m[1] ?? "").matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)/g)].map((q) =>
          q.slice(1).map(Number),
        );
        return {
          x0: Math.min(...squares.map((q) => q[0] ?? 0)),
          y0: Math.min(...squares.map((q) => q[1] ?? 0)),
          x1: Math.max(...squares.map((q) => (q[0] ?? 0) + (q[2] ?? 0))),
          y1: Math.max(...squares.map((q) => (q[1] ?? 0) + (q[3] ?? 0))),
        };
      });
      expect(symbols).toHaveLength(marks.qr.length);
      const order = (boxes: Box[]) => [...boxes].sort((p, q) => p.y0 - q.y0 || p.x0 - q.x0);
      const pdfSymbols = order(marks.qr);
      for (const [i, symbol] of order(symbols).entries()) {
        const other = pdfSymbols[i] as Box;
        for (const side of ["x0", "y0", "x1", "y1"] as const) {
          expect(Math.abs(symbol[side] - other[side]), `${kind}: symbol ${i} ${side}`).toBeLessThan(0.1);
        }
      }
    },
  );
});
