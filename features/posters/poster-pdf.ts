import { existsSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import type { PosterKind } from "@/lib/constants";
import { darkRuns, type QrMatrix, qrMatrix } from "@/lib/qr";
import { type Canvas, SvgCanvas, type TextRun } from "./poster-canvas";

export type PaperSize = "A4" | "A5" | "A6";

/** One QR with its caption. `title` e.g. a procedure name; `lines` e.g. ["Mã: 1.001193", "Lĩnh vực: Hộ tịch"] or an instruction. */
export interface PosterCard {
  title: string;
  lines: string[];
  qrText: string;
  shortUrl: string;
  /**
   * What the code opens: a procedure lookup or the satisfaction survey. Where both kinds share a sheet
   * (counter posters), each card carries a coloured frame and a badge with the purpose's label and icon.
   */
  purpose?: CardPurpose;
}

export type CardPurpose = "lookup" | "survey";

export interface PosterSpec {
  kind: PosterKind;
  paper: PaperSize;
  /** e.g. the unit name, printed on every page */
  heading: string;
  /** e.g. the counter name */
  subheading?: string;
  cards: PosterCard[];
  /** Small version/date stamp printed at the bottom of every page. */
  stamp: string;
}

/**
 * Cards per page and the printed QR size. `qrMm` is the side of the QR symbol itself (outer edge of the finder
 * patterns); the 4-module quiet zone is extra blank space around it that nothing is drawn on.
 */
export interface PosterLayout {
  columns: number;
  rows: number;
  qrMm: number;
}

// ---------------------------------------------------------------------------------------------------------
// Geometry. Every length below is in PDF points unless the name ends in Mm.

const PT_PER_MM = 72 / 25.4;
const mm = (value: number): number => value * PT_PER_MM;

/** Noto Sans: (ascender 1069 − descender −293 + line gap 0) / 1000 units per em, the same for both weights. */
const LINE_HEIGHT = 1.362;
const lh = (size: number): number => size * LINE_HEIGHT;

/**
 * Layouts reserve the quiet zone of a version-3 symbol (29 modules: 4 modules = 4/29 of the side). Poster codes
 * are forced to version ≥ 3 (a short URL needs 3 anyway), so the real quiet zone is never wider than the reserve.
 */
const LAYOUT_MIN_VERSION = 3;
const LAYOUT_MIN_MODULES = 17 + 4 * LAYOUT_MIN_VERSION;
const BOX_PER_QR = (LAYOUT_MIN_MODULES + 8) / LAYOUT_MIN_MODULES;

/**
 * Module edges go on a 1/150-inch grid (also a 1/300 and 1/600-inch grid) where the size rules allow it. An
 * anti-aliased raster at those resolutions (printer drivers, pdftoppm) then has crisp modules of whole pixels;
 * off the grid, grey edge pixels make decoders such as zbar miss about 1 % of the codes of a dense sheet.
 */
const PIXEL = 72 / 150;
const snap = (value: number): number => Math.round(value / PIXEL) * PIXEL;
/** Room for moving the symbol onto the grid (up to half a pixel each way) without eating its quiet zone. */
const SNAP_SLACK = PIXEL;

const GAP = mm(1);
const HEADER_GAP = mm(3);
const STAMP_SIZE = 7.5;
const FOOTER_GAP = mm(2);
const INK = "#000000";
const PAPER_WHITE = "#ffffff";
const SOFT_INK = "#333333";
const RULE = "#8a8a8a";

const PAPER_MM: Record<PaperSize, readonly [number, number]> = {
  A4: [210, 297],
  A5: [148, 210],
  A6: [105, 148],
};

interface TextBlock {
  /** font size, pt */
  size: number;
  /** reserved lines; 0 for a subheading means "on the heading's line" */
  lines: number;
  /** single-line blocks shrink down to this size before being cut with an ellipsis */
  minSize?: number;
}

interface KindConfig {
  landscape: boolean;
  marginMm: number;
  columns: number;
  rows: number;
  gapMm: number;
  heading: TextBlock;
  subheading: TextBlock;
  /**
   * stack: text above the QR, short URL under it (one card per page or a loose grid);
   * side: title across the card, QR on the left, code/field/short URL on its right (dense sheets);
   * beside: QR on the left, everything else in a column on its right.
   */
  style: "stack" | "side" | "beside";
  border: "none" | "solid" | "dashed" | "purpose";
  padMm: number;
  /** Printed above the card title in the largest type (survey poster). */
  fixedTitle?: TextBlock & { text: string };
  title: TextBlock;
  cardLines: TextBlock;
  url: { size: number; minSize: number; lines: 1 | 2 };
  /** beside: the short URL sits under the QR (otherwise in the right column). */
  urlUnderQr: boolean;
  /** beside: the right column starts level with the symbol's top edge rather than the quiet zone's. */
  alignColumnToSymbol: boolean;
  instruction: "strip" | "list" | "none";
  iconMm: number;
  stepTextSize: number;
  minQrMm: number;
  /** side/beside: narrowest acceptable right column */
  minInfoMm: number;
  /** Print "Trang i/n" even on a one-page document. */
  pageNumbers: boolean;
  /**
   * beside: a badge in the purpose's colour atop the right column ("TRA CỨU THỦ TỤC" / "ĐÁNH GIÁ HÀI LÒNG"
   * with an icon), and the card framed in that colour — so a lookup code and a survey code on one sheet
   * differ at a glance; the symbols themselves stay black on white for every decoder.
   */
  badge?: TextBlock;
}

const BASE: Omit<KindConfig, "columns" | "rows" | "style" | "title" | "cardLines" | "url" | "minQrMm"> = {
  landscape: false,
  marginMm: 10,
  gapMm: 3,
  heading: { size: 16, lines: 2, minSize: 11 },
  subheading: { size: 12, lines: 1 },
  border: "none",
  padMm: 0,
  urlUnderQr: false,
  alignColumnToSymbol: false,
  instruction: "none",
  iconMm: 10,
  stepTextSize: 9,
  minInfoMm: 40,
  pageNumbers: false,
};

const KINDS: Record<PosterKind, KindConfig> = {
  counter_a4: {
    ...BASE,
    columns: 1,
    rows: 2,
    gapMm: 5,
    heading: { size: 18, lines: 1, minSize: 12 },
    subheading: { size: 13, lines: 1 },
    style: "beside",
    border: "purpose",
    padMm: 3,
    badge: { size: 17, lines: 1, minSize: 12 },
    title: { size: 20, lines: 2 },
    cardLines: { size: 14, lines: 2 },
    url: { size: 16, minSize: 14, lines: 2 },
    urlUnderQr: true,
    alignColumnToSymbol: true,
    instruction: "list",
    iconMm: 12,
    stepTextSize: 14,
    minQrMm: 80,
    minInfoMm: 60,
  },
  standee_a5: {
    ...BASE,
    columns: 1,
    rows: 1,
    style: "stack",
    title: { size: 15, lines: 2 },
    cardLines: { size: 11, lines: 2 },
    url: { size: 14, minSize: 10, lines: 2 },
    instruction: "strip",
    iconMm: 11,
    stepTextSize: 9,
    minQrMm: 30,
  },
  table_tent_a6: {
    ...BASE,
    landscape: true,
    columns: 1,
    rows: 1,
    heading: { size: 12, lines: 1, minSize: 9 },
    subheading: { size: 10, lines: 1 },
    style: "beside",
    title: { size: 12, lines: 2 },
    cardLines: { size: 9, lines: 2 },
    url: { size: 11, minSize: 7, lines: 2 },
    instruction: "list",
    iconMm: 7,
    stepTextSize: 8,
    minQrMm: 30,
    minInfoMm: 55,
  },
  procedure_sheet: {
    ...BASE,
    columns: 2,
    rows: 4,
    heading: { size: 13, lines: 1, minSize: 9 },
    subheading: { size: 13, lines: 0 },
    style: "side",
    border: "dashed",
    padMm: 2,
    title: { size: 9.5, lines: 3 },
    cardLines: { size: 8.5, lines: 2 },
    url: { size: 9, minSize: 6.5, lines: 2 },
    minQrMm: 30,
    minInfoMm: 35,
    pageNumbers: true,
  },
  field_poster: {
    ...BASE,
    columns: 2,
    rows: 3,
    heading: { size: 14, lines: 1, minSize: 9 },
    // The instruction, once per page at a readable size, rather than small on every card.
    subheading: { size: 14, lines: 1 },
    style: "stack",
    border: "dashed",
    padMm: 2.5,
    title: { size: 13, lines: 1, minSize: 9 },
    cardLines: { size: 14, lines: 0 },
    url: { size: 10, minSize: 7, lines: 1 },
    minQrMm: 50,
  },
  survey_poster: {
    ...BASE,
    marginMm: 12,
    columns: 1,
    rows: 1,
    style: "stack",
    fixedTitle: { text: "Đánh giá sự hài lòng", size: 28, lines: 1, minSize: 18 },
    title: { size: 16, lines: 1, minSize: 12 },
    cardLines: { size: 14, lines: 2 },
    url: { size: 16, minSize: 12, lines: 2 },
    instruction: "strip",
    iconMm: 14,
    stepTextSize: 14,
    minQrMm: 100,
  },
};

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Geometry {
  config: KindConfig;
  pageW: number;
  pageH: number;
  header: Rect;
  footer: Rect;
  /** Cell rectangles of one page, row by row. */
  cells: Rect[];
  qrMm: number;
  /** symbol side */
  qr: number;
  /** symbol plus the reserved quiet zone */
  box: number;
}

const blockHeight = (block: TextBlock): number => block.lines * lh(block.size);

function headerHeight(config: KindConfig): number {
  return blockHeight(config.heading) + blockHeight(config.subheading) + HEADER_GAP;
}

function stripHeight(config: KindConfig): number {
  return GAP * 2 + mm(config.iconMm) + mm(1.5) + 2 * lh(config.stepTextSize);
}

function listRowHeight(config: KindConfig): number {
  return Math.max(mm(config.iconMm), 2 * lh(config.stepTextSize));
}

function listHeight(config: KindConfig): number {
  return 3 * listRowHeight(config) + 2 * mm(1.5);
}

/** Largest box (symbol + reserved quiet zone) the card style leaves room for in a cell. */
function maxBox(config: KindConfig, cellW: number, cellH: number): number {
  const pad = mm(config.padMm);
  const innerW = cellW - 2 * pad;
  const innerH = cellH - 2 * pad;
  const url = config.url.lines * lh(config.url.size);
  switch (config.style) {
    case "stack": {
      const text =
        (config.fixedTitle ? blockHeight(config.fixedTitle) : 0) +
        blockHeight(config.title) +
        blockHeight(config.cardLines);
      const strip = config.instruction === "strip" ? stripHeight(config) : 0;
      return Math.min(innerW, innerH - text - url - strip);
    }
    case "side":
      return Math.min(innerW - GAP - mm(config.minInfoMm), innerH - blockHeight(config.title) - GAP);
    case "beside":
      return Math.min(innerW - GAP - mm(config.minInfoMm), innerH - (config.urlUnderQr ? url : 0));
  }
}

/**
 * The symbol side in mm for a box of `maxBoxPt`: the largest whole number of grid pixels per module of a version-3
 * symbol (reported to 0.01 mm) when that still meets the minimum, otherwise the largest whole millimetre.
 */
function qrSide(maxBoxPt: number, minQrMm: number): number {
  const maxQr = (maxBoxPt - SNAP_SLACK) / BOX_PER_QR;
  const gridModule = LAYOUT_MIN_MODULES * PIXEL;
  const onGrid = (Math.floor(maxQr / gridModule + 1e-9) * gridModule) / PT_PER_MM;
  if (onGrid >= minQrMm) return Math.round(onGrid * 100) / 100;
  return Math.floor(maxQr / PT_PER_MM + 1e-9);
}

function geometry(kind: PosterKind, paper: PaperSize): Geometry {
  const config = KINDS[kind];
  const paperMm = PAPER_MM[paper];
  if (!config || !paperMm) throw new RangeError(`Unknown poster kind or paper: ${kind}, ${paper}`);
  const [shortMm, longMm] = paperMm;
  const pageW = mm(config.landscape ? longMm : shortMm);
  const pageH = mm(config.landscape ? shortMm : longMm);
  const margin = mm(config.marginMm);
  const contentW = pageW - 2 * margin;
  const header: Rect = { x: margin, y: margin, w: contentW, h: headerHeight(config) };
  const footerH = lh(STAMP_SIZE);
  const footer: Rect = { x: margin, y: pageH - margin - footerH, w: contentW, h: footerH };
  const gridY = header.y + header.h;
  const gridH = footer.y - FOOTER_GAP - gridY;
  const gap = mm(config.gapMm);
  const cellW = (contentW - (config.columns - 1) * gap) / config.columns;
  const cellH = (gridH - (config.rows - 1) * gap) / config.rows;
  const qrMm = qrSide(maxBox(config, cellW, cellH), config.minQrMm);
  if (!(qrMm >= config.minQrMm)) {
    throw new RangeError(
      `A ${kind} poster does not fit on ${paper}: its QR would be under ${config.minQrMm} mm`,
    );
  }
  const cells: Rect[] = [];
  for (let row = 0; row < config.rows; row++) {
    for (let col = 0; col < config.columns; col++) {
      cells.push({ x: margin + col * (cellW + gap), y: gridY + row * (cellH + gap), w: cellW, h: cellH });
    }
  }
  const qr = mm(qrMm);
  return { config, pageW, pageH, header, footer, cells, qrMm, qr, box: qr * BOX_PER_QR + SNAP_SLACK };
}

/** Cards per page and the printed QR side in mm, exactly as `renderPosterPdf` draws them. */
export function layoutFor(kind: PosterKind, paper: PaperSize): PosterLayout {
  const { config, qrMm } = geometry(kind, paper);
  return { columns: config.columns, rows: config.rows, qrMm };
}

// ---------------------------------------------------------------------------------------------------------
// Text

const FONT_DIR = join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
/** Font file paths; pdfkit keys its font cache by them, so each font is embedded (as a subset) once per PDF. */
const REGULAR = join(FONT_DIR, "400Regular", "NotoSans_400Regular.ttf");
const BOLD = join(FONT_DIR, "700Bold", "NotoSans_700Bold.ttf");
type Font = string;

/** The font files the sheets are drawn with, by weight: the print view serves them to the browser. */
export const POSTER_FONTS = { "400": REGULAR, "700": BOLD } as const;

/**
 * Noto Sans's `ccmp` feature splits ạ ẹ ị ọ ụ ỵ (and capitals) into base letter + combining dot below. Drawn, that
 * looks right, but a PDF maps each glyph to one Unicode text, so "thời" and "tịch" in one file would copy/search
 * as "thờị" or "tich". With `ccmp` off the font's precomposed glyphs are used and the text layer is exact.
 * fontkit takes a { tag: boolean } map here although pdfkit's types only declare a list of tags to turn on.
 */
const SHAPING = { features: { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[] };
const MEASURE_SIZE = 100;
const ELLIPSIS = "…";

type Align = "left" | "center";

interface Line {
  text: string;
  font: Font;
  size: number;
  color: string;
}

/** Draws and measures text on one document; widths are cached per font and string (they scale with the size). */
class Pen {
  private readonly widths = new Map<string, number>();

  /**
   * `measure` holds the fonts; `canvas` and `write` draw: the same PDF, or the SVG of the print view's
   * current page (switched page by page, the measured widths cached across pages).
   */
  constructor(
    private readonly measure: PDFKit.PDFDocument,
    public canvas: Canvas,
    public write: (run: TextRun) => void,
  ) {}

  width(font: Font, size: number, text: string): number {
    const key = `${font}\u0000${text}`;
    let unit = this.widths.get(key);
    if (unit === undefined) {
      unit = this.measure.font(font).fontSize(MEASURE_SIZE).widthOfString(text, SHAPING) / MEASURE_SIZE;
      this.widths.set(key, unit);
    }
    return unit * size;
  }

  /** One line of text whose line box starts at `y`. */
  text(line: Line, x: number, y: number): void {
    const { text, font, size, color } = line;
    const inked = text.trim();
    const lead = this.width(font, size, text.slice(0, text.length - text.trimStart().length));
    this.write({
      text,
      bold: font === BOLD,
      size,
      color,
      x,
      y,
      width: this.width(font, size, text),
      inked: { text: inked, x: x + lead, width: this.width(font, size, inked) },
    });
  }

  /** Lines from `y` down, each taking its own line height. Returns the y under the last line. */
  lines(lines: Line[], x: number, y: number, width: number, align: Align): number {
    let cursor = y;
    for (const line of lines) {
      const dx = align === "center" ? (width - this.width(line.font, line.size, line.text)) / 2 : 0;
      this.text(line, x + dx, cursor);
      cursor += lh(line.size);
    }
    return cursor;
  }

  /** `text` cut so that it plus an ellipsis fits `width` (binary search on code points). */
  withEllipsis(font: Font, size: number, text: string, width: number): string {
    const chars = [...text.trimEnd()];
    const fits = (n: number) => this.width(font, size, `${chars.slice(0, n).join("")}${ELLIPSIS}`) <= width;
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    return `${chars.slice(0, low).join("").trimEnd()}${ELLIPSIS}`;
  }

  ellipsize(font: Font, size: number, text: string, width: number): string {
    return this.width(font, size, text) <= width ? text : this.withEllipsis(font, size, text, width);
  }

  /** Greedy word wrap; at most `maxLines` lines, the last one cut with an ellipsis when text is left over. */
  wrap(font: Font, size: number, text: string, width: number, maxLines: number): string[] {
    if (maxLines <= 0) return [];
    const lines: string[] = [];
    let current = "";
    for (const word of text.split(/\s+/).filter((w) => w !== "")) {
      const candidate = current ? `${current} ${word}` : word;
      if (this.width(font, size, candidate) <= width) {
        current = candidate;
        continue;
      }
      if (current) lines.push(current);
      current = "";
      if (lines.length > maxLines) break;
      for (const char of word) {
        if (current && this.width(font, size, current + char) > width) {
          lines.push(current);
          current = "";
        }
        current += char;
      }
    }
    if (current) lines.push(current);
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = this.withEllipsis(font, size, kept[maxLines - 1] ?? "", width);
    return kept;
  }

  /** Lines of a block: a single-line block shrinks to its `minSize` before being cut, longer blocks wrap. */
  block(text: string, font: Font, block: TextBlock, width: number, color = INK): Line[] {
    if (text.trim() === "" || block.lines <= 0) return [];
    if (block.lines === 1) {
      let size = block.size;
      while (size > (block.minSize ?? block.size) && this.width(font, size, text) > width) size -= 0.5;
      return [{ text: this.ellipsize(font, size, text, width), font, size, color }];
    }
    return this.wrap(font, block.size, text, width, block.lines).map((t) => ({
      text: t,
      font,
      size: block.size,
      color,
    }));
  }

  /** Card lines (code, field, instruction…) in at most `maxLines` lines; a cut entry ends with "…". */
  cardLines(card: PosterCard, block: TextBlock, width: number, maxLines: number): Line[] {
    const out: Line[] = [];
    const texts = card.lines.filter((t) => t.trim() !== "");
    for (const [index, text] of texts.entries()) {
      const left = maxLines - out.length;
      if (left <= 0) break;
      // Leave a line for each following entry when there is room for it.
      const budget = Math.max(1, left - (texts.length - 1 - index));
      for (const line of this.wrap(REGULAR, block.size, text, width, budget)) {
        out.push({ text: line, font: REGULAR, size: block.size, color: SOFT_INK });
      }
    }
    return out;
  }
}

const linesHeight = (lines: Line[]): number => lines.reduce((sum, l) => sum + lh(l.size), 0);

const URL_PREFIX = "hoặc gõ: ";

/**
 * "hoặc gõ: <short URL>" on one line when it fits at `size` (down to `minSize`; with two reserved lines, to no less
 * than 85 % of `size`), otherwise "hoặc gõ:" over the URL, the URL shrinking as needed: a URL is never cut. Sizes
 * are chosen for the widest possible code (all "W") so that every card of a sheet looks the same. `anchor` puts
 * the text at the top or the bottom of the reserved lines.
 */
function drawShortUrl(
  pen: Pen,
  shortUrl: string,
  config: KindConfig,
  box: Rect,
  align: Align,
  anchor: "top" | "bottom",
): void {
  const { size: maxSize, minSize, lines: reserved } = config.url;
  const widest = shortUrl.replace(/[^/]+$/, (code) => "W".repeat(code.length));
  const oneLine = (size: number) => pen.width(REGULAR, size, URL_PREFIX) + pen.width(BOLD, size, widest);
  const floor = reserved === 2 ? Math.max(minSize, maxSize * 0.85) : minSize;
  let size = maxSize;
  while (size > floor && oneLine(size) > box.w) size -= 0.25;
  const place = (lines: Line[]) => {
    const top = anchor === "top" ? box.y : box.y + box.h - linesHeight(lines);
    pen.lines(lines, box.x, top, box.w, align);
  };
  if (oneLine(size) <= box.w) {
    const top = anchor === "top" ? box.y : box.y + box.h - lh(size);
    const prefixW = pen.width(REGULAR, size, URL_PREFIX);
    const total = prefixW + pen.width(BOLD, size, shortUrl);
    const x = align === "center" ? box.x + (box.w - total) / 2 : box.x;
    pen.text({ text: URL_PREFIX, font: REGULAR, size, color: SOFT_INK }, x, top);
    pen.text({ text: shortUrl, font: BOLD, size, color: INK }, x + prefixW, top);
    return;
  }
  let urlSize = maxSize;
  while (urlSize > 4 && pen.width(BOLD, urlSize, widest) > box.w) urlSize -= 0.25;
  const url: Line = { text: shortUrl, font: BOLD, size: urlSize, color: INK };
  if (reserved === 1) {
    place([url]);
    return;
  }
  const prefixSize = Math.min(maxSize, Math.max(minSize, urlSize));
  place([{ text: URL_PREFIX.trim(), font: REGULAR, size: prefixSize, color: SOFT_INK }, url]);
}

// ---------------------------------------------------------------------------------------------------------
// Pictograms and the three-step instruction

const STEPS = ["1. Mở camera điện thoại", "2. Hướng vào mã QR", "3. Chạm vào đường dẫn hiện ra"] as const;

type Doc = Canvas;

function phoneOutline(doc: Doc, x: number, y: number, s: number): void {
  doc.lineWidth(Math.max(0.6, s * 0.06)).strokeColor(INK);
  doc.roundedRect(x + 0.24 * s, y + 0.03 * s, 0.52 * s, 0.94 * s, 0.09 * s).stroke();
  doc.circle(x + 0.5 * s, y + 0.11 * s, 0.035 * s).fill(INK);
}

/** Step 1: a phone with its camera. */
function cameraPictogram(doc: Doc, x: number, y: number, s: number): void {
  phoneOutline(doc, x, y, s);
  doc.lineWidth(Math.max(0.5, s * 0.045));
  doc.roundedRect(x + 0.33 * s, y + 0.38 * s, 0.34 * s, 0.24 * s, 0.03 * s).stroke();
  doc.circle(x + 0.5 * s, y + 0.5 * s, 0.07 * s).stroke();
}

/** Step 2: a QR-like square (three corner marks; not a decodable code). */
function qrPictogram(doc: Doc, x: number, y: number, s: number): void {
  const side = 0.8 * s;
  const ox = x + 0.1 * s;
  const oy = y + 0.1 * s;
  doc.lineWidth(Math.max(0.6, s * 0.05)).strokeColor(INK);
  doc.rect(ox, oy, side, side).stroke();
  const mark = 0.26 * side;
  const inset = 0.1 * side;
  for (const [mx, my] of [
    [inset, inset],
    [side - inset - mark, inset],
    [inset, side - inset - mark],
  ] as const) {
    doc.rect(ox + mx, oy + my, mark, mark);
  }
  const dot = 0.1 * side;
  doc.rect(ox + 0.55 * side, oy + 0.55 * side, dot, dot);
  doc.rect(ox + 0.7 * side, oy + 0.7 * side, dot, dot);
  doc.rect(ox + 0.55 * side, oy + 0.75 * side, dot, dot);
  doc.fill(INK);
}

/** Step 3: a phone showing a link banner, with a tapping fingertip. */
function tapPictogram(doc: Doc, x: number, y: number, s: number): void {
  phoneOutline(doc, x, y, s);
  doc.roundedRect(x + 0.3 * s, y + 0.24 * s, 0.4 * s, 0.13 * s, 0.03 * s).fill(INK);
  doc.lineWidth(Math.max(0.5, s * 0.04)).strokeColor(INK);
  doc.circle(x + 0.6 * s, y + 0.5 * s, 0.09 * s).stroke();
  doc.circle(x + 0.6 * s, y + 0.5 * s, 0.035 * s).fill(INK);
}

const PICTOGRAMS = [cameraPictogram, qrPictogram, tapPictogram] as const;

function arrow(doc: Doc, x: number, y: number, length: number): void {
  const head = Math.min(length * 0.45, 5);
  doc.lineWidth(1.2).strokeColor(INK);
  doc
    .moveTo(x, y)
    .lineTo(x + length - head * 0.8, y)
    .stroke();
  doc
    .polygon([x + length - head, y - head * 0.6], [x + length, y], [x + length - head, y + head * 0.6])
    .fill(INK);
}

/** Three steps side by side: pictogram over text, arrows between the pictograms. */
function drawStrip(pen: Pen, config: KindConfig, x: number, y: number, width: number): void {
  const icon = mm(config.iconMm);
  const colW = width / 3;
  const top = y + GAP * 2;
  for (const [index, step] of STEPS.entries()) {
    const colX = x + index * colW;
    PICTOGRAMS[index]?.(pen.canvas, colX + (colW - icon) / 2, top, icon);
    if (index < STEPS.length - 1)
      arrow(pen.canvas, colX + colW / 2 + icon / 2 + mm(3), top + icon / 2, colW - icon - mm(6));
    const lines = pen
      .wrap(REGULAR, config.stepTextSize, step, colW - mm(2), 2)
      .map((text): Line => ({ text, font: REGULAR, size: config.stepTextSize, color: INK }));
    pen.lines(lines, colX + mm(1), top + icon + mm(1.5), colW - mm(2), "center");
  }
}

/** Three steps one under the other: pictogram, then text. */
function drawList(pen: Pen, config: KindConfig, x: number, y: number, width: number): void {
  const icon = mm(config.iconMm);
  const rowH = listRowHeight(config);
  const textX = x + icon + mm(2);
  const textW = width - icon - mm(2);
  for (const [index, step] of STEPS.entries()) {
    const rowY = y + index * (rowH + mm(1.5));
    PICTOGRAMS[index]?.(pen.canvas, x, rowY + (rowH - icon) / 2, icon);
    const lines = pen
      .wrap(REGULAR, config.stepTextSize, step, textW, 2)
      .map((text): Line => ({ text, font: REGULAR, size: config.stepTextSize, color: INK }));
    pen.lines(lines, textX, rowY + (rowH - linesHeight(lines)) / 2, textW, "left");
  }
}

// ---------------------------------------------------------------------------------------------------------
// What a code is for: colour, label and icon

/** Magnifier: looking a procedure up. */
function lookupIcon(doc: Doc, x: number, y: number, s: number, color: string): void {
  doc.lineWidth(Math.max(0.8, s * 0.11)).strokeColor(color);
  doc.circle(x + 0.42 * s, y + 0.42 * s, 0.27 * s).stroke();
  doc
    .moveTo(x + 0.62 * s, y + 0.62 * s)
    .lineTo(x + 0.9 * s, y + 0.9 * s)
    .stroke();
}

/** Smiling face: rating the service. */
function surveyIcon(doc: Doc, x: number, y: number, s: number, color: string): void {
  doc.lineWidth(Math.max(0.8, s * 0.08)).strokeColor(color);
  doc.circle(x + 0.5 * s, y + 0.5 * s, 0.44 * s).stroke();
  doc.circle(x + 0.35 * s, y + 0.4 * s, 0.06 * s).fill(color);
  doc.circle(x + 0.65 * s, y + 0.4 * s, 0.06 * s).fill(color);
  doc
    .moveTo(x + 0.3 * s, y + 0.6 * s)
    .quadraticCurveTo(x + 0.5 * s, y + 0.85 * s, x + 0.7 * s, y + 0.6 * s)
    .stroke();
}

/** Dark enough for white text (contrast ≥ 4.5:1) and far apart in hue and in grey. */
const PURPOSES: Record<
  CardPurpose,
  { label: string; color: string; icon: (doc: Doc, x: number, y: number, s: number, c: string) => void }
> = {
  lookup: { label: "TRA CỨU THỦ TỤC", color: "#0b4f9c", icon: lookupIcon },
  survey: { label: "ĐÁNH GIÁ HÀI LÒNG", color: "#b3400a", icon: surveyIcon },
};

const BADGE_PAD = mm(1.8);

function badgeHeight(block: TextBlock): number {
  return lh(block.size) + 2 * BADGE_PAD;
}

/** A band in the purpose's colour across `width`: its icon and its label in white. Returns its height. */
function drawBadge(
  pen: Pen,
  block: TextBlock,
  purpose: CardPurpose,
  x: number,
  y: number,
  width: number,
): number {
  const { label, color, icon } = PURPOSES[purpose];
  const h = badgeHeight(block);
  pen.canvas.roundedRect(x, y, width, h, mm(1.5)).fill(color);
  const iconSide = h - 2 * BADGE_PAD;
  icon(pen.canvas, x + BADGE_PAD, y + BADGE_PAD, iconSide, PAPER_WHITE);
  const textX = x + 2 * BADGE_PAD + iconSide;
  const [line] = pen.block(label, BOLD, block, x + width - BADGE_PAD - textX, PAPER_WHITE);
  if (line) pen.text(line, textX, y + (h - lh(line.size)) / 2);
  return h;
}

// ---------------------------------------------------------------------------------------------------------
// QR and cards

/**
 * The symbol centred in its box, its top-left corner moved onto the 1/150-inch grid; the dark modules are one
 * filled path of horizontal runs.
 */
function drawQr(doc: Doc, matrix: QrMatrix, boxX: number, boxY: number, geo: Geometry): void {
  const moduleSide = geo.qr / matrix.size;
  const x0 = snap(boxX + (geo.box - geo.qr) / 2);
  const y0 = snap(boxY + (geo.box - geo.qr) / 2);
  for (const [row, col, length] of darkRuns(matrix)) {
    doc.rect(x0 + col * moduleSide, y0 + row * moduleSide, length * moduleSide, moduleSide);
  }
  doc.fill(INK);
}

const quietReserve = (geo: Geometry): number => (geo.box - geo.qr) / 2;

const sameText = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase("vi") === b.trim().toLocaleLowerCase("vi");

/** Title and lines above the QR, short URL under it, the instruction strip at the bottom. */
function drawStackCard(pen: Pen, geo: Geometry, card: PosterCard, matrix: QrMatrix, inner: Rect): void {
  const { config } = geo;
  const text: Line[] = [];
  let titleReserve = blockHeight(config.title);
  if (config.fixedTitle) {
    titleReserve += blockHeight(config.fixedTitle);
    text.push(...pen.block(config.fixedTitle.text, BOLD, config.fixedTitle, inner.w));
    if (!sameText(card.title, config.fixedTitle.text))
      text.push(...pen.block(card.title, BOLD, config.title, inner.w));
  } else {
    text.push(...pen.block(card.title, BOLD, config.title, inner.w));
  }
  text.push(...pen.cardLines(card, config.cardLines, inner.w, config.cardLines.lines));
  const boxY = inner.y + titleReserve + blockHeight(config.cardLines);
  pen.lines(text, inner.x, boxY - linesHeight(text), inner.w, "center");
  drawQr(pen.canvas, matrix, inner.x + (inner.w - geo.box) / 2, boxY, geo);
  const urlH = config.url.lines * lh(config.url.size);
  drawShortUrl(
    pen,
    card.shortUrl,
    config,
    { x: inner.x, y: boxY + geo.box, w: inner.w, h: urlH },
    "center",
    "top",
  );
  if (config.instruction === "strip")
    drawStrip(pen, config, inner.x, inner.y + inner.h - stripHeight(config), inner.w);
}

/** Title across the card; QR on the left; lines and short URL beside the symbol. */
function drawSideCard(pen: Pen, geo: Geometry, card: PosterCard, matrix: QrMatrix, inner: Rect): void {
  const { config } = geo;
  pen.lines(pen.block(card.title, BOLD, config.title, inner.w), inner.x, inner.y, inner.w, "left");
  const boxY = inner.y + blockHeight(config.title) + GAP;
  drawQr(pen.canvas, matrix, inner.x, boxY, geo);
  const colX = inner.x + geo.box + GAP;
  const colW = inner.x + inner.w - colX;
  const top = boxY + quietReserve(geo);
  const urlH = config.url.lines * lh(config.url.size);
  const urlTop = boxY + geo.box - quietReserve(geo) - urlH;
  const room = Math.floor((urlTop - GAP - top) / lh(config.cardLines.size) + 1e-9);
  pen.lines(pen.cardLines(card, config.cardLines, colW, Math.max(0, room)), colX, top, colW, "left");
  drawShortUrl(pen, card.shortUrl, config, { x: colX, y: urlTop, w: colW, h: urlH }, "left", "bottom");
}

/** QR on the left (short URL under it or in the column); title, lines and instruction list on the right. */
function drawBesideCard(pen: Pen, geo: Geometry, card: PosterCard, matrix: QrMatrix, inner: Rect): void {
  const { config } = geo;
  drawQr(pen.canvas, matrix, inner.x, inner.y, geo);
  const urlH = config.url.lines * lh(config.url.size);
  if (config.urlUnderQr) {
    drawShortUrl(
      pen,
      card.shortUrl,
      config,
      { x: inner.x, y: inner.y + geo.box, w: geo.box, h: urlH },
      "center",
      "top",
    );
  }
  const colX = inner.x + geo.box + GAP;
  const colW = inner.x + inner.w - colX;
  let top = inner.y + (config.alignColumnToSymbol ? quietReserve(geo) : 0);
  if (config.badge && card.purpose)
    top += drawBadge(pen, config.badge, card.purpose, colX, top, colW) + GAP * 2;
  let bottom = inner.y + inner.h;
  if (config.instruction === "list") {
    bottom -= listHeight(config);
    drawList(pen, config, colX, bottom, colW);
    bottom -= GAP * 2;
  }
  if (!config.urlUnderQr) {
    bottom -= urlH;
    drawShortUrl(pen, card.shortUrl, config, { x: colX, y: bottom, w: colW, h: urlH }, "left", "bottom");
    bottom -= GAP * 2;
  }
  const titleRoom = Math.floor((bottom - top) / lh(config.title.size) + 1e-9);
  const titleBlock = { ...config.title, lines: Math.min(config.title.lines, titleRoom) };
  const afterTitle = pen.lines(pen.block(card.title, BOLD, titleBlock, colW), colX, top, colW, "left") + GAP;
  const room = Math.floor((bottom - afterTitle) / lh(config.cardLines.size) + 1e-9);
  const lines = pen.cardLines(
    card,
    config.cardLines,
    colW,
    Math.max(0, Math.min(config.cardLines.lines, room)),
  );
  pen.lines(lines, colX, afterTitle, colW, "left");
}

const CARD_RENDERERS = { stack: drawStackCard, side: drawSideCard, beside: drawBesideCard } as const;

function drawHeader(pen: Pen, geo: Geometry, heading: string, subheading: string | undefined): void {
  const { config, header } = geo;
  if (config.subheading.lines > 0) {
    const lines = pen.block(heading, BOLD, config.heading, header.w);
    if (subheading) lines.push(...pen.block(subheading, REGULAR, config.subheading, header.w, SOFT_INK));
    pen.lines(lines, header.x, header.y, header.w, "center");
    return;
  }
  // Heading and subheading share one line: "Heading — subheading", shrunk, then the subheading cut first.
  let head = heading;
  let sub = subheading ? ` — ${subheading}` : "";
  const total = (size: number) => pen.width(BOLD, size, head) + (sub ? pen.width(REGULAR, size, sub) : 0);
  let size = config.heading.size;
  while (size > (config.heading.minSize ?? size) && total(size) > header.w) size -= 0.5;
  if (total(size) > header.w) {
    const headW = pen.width(BOLD, size, head);
    if (sub && headW < header.w * 0.7) {
      sub = pen.withEllipsis(REGULAR, size, sub, header.w - headW);
    } else {
      sub = "";
      head = pen.ellipsize(BOLD, size, head, header.w);
    }
  }
  const x = header.x + (header.w - total(size)) / 2;
  pen.text({ text: head, font: BOLD, size, color: INK }, x, header.y);
  if (sub)
    pen.text({ text: sub, font: REGULAR, size, color: SOFT_INK }, x + pen.width(BOLD, size, head), header.y);
}

function drawFooter(pen: Pen, geo: Geometry, stamp: string, page: number, pages: number): void {
  const { footer, config } = geo;
  let stampWidth = footer.w;
  if (config.pageNumbers || pages > 1) {
    const label = `Trang ${page}/${pages}`;
    const labelW = pen.width(REGULAR, STAMP_SIZE, label);
    pen.text(
      { text: label, font: REGULAR, size: STAMP_SIZE, color: SOFT_INK },
      footer.x + footer.w - labelW,
      footer.y,
    );
    stampWidth -= labelW + mm(4);
  }
  const text = pen.ellipsize(REGULAR, STAMP_SIZE, stamp, stampWidth);
  pen.text({ text, font: REGULAR, size: STAMP_SIZE, color: SOFT_INK }, footer.x, footer.y);
}

function drawCellBorder(doc: Doc, config: KindConfig, cell: Rect, purpose: CardPurpose | undefined): void {
  if (config.border === "none") return;
  // Stroked inside the cell, so that the line stays clear of the page margin.
  const framed = config.border === "purpose" && purpose;
  const width = framed ? mm(1) : 0.6;
  doc.lineWidth(width).strokeColor(framed ? PURPOSES[purpose].color : RULE);
  if (config.border === "dashed") doc.dash(3, { space: 2 });
  doc.roundedRect(cell.x + width / 2, cell.y + width / 2, cell.w - width, cell.h - width, mm(2)).stroke();
  if (config.border === "dashed") doc.undash();
}

const KIND_TITLES: Record<PosterKind, string> = {
  counter_a4: "Tờ niêm yết tại quầy",
  standee_a5: "Bảng đứng",
  table_tent_a6: "Thẻ để bàn",
  procedure_sheet: "Danh sách mã QR thủ tục hành chính",
  field_poster: "Mã QR theo lĩnh vực",
  survey_poster: "Đánh giá sự hài lòng",
};

const nfc = (text: string): string => text.normalize("NFC");

interface PreparedSheet {
  geo: Geometry;
  cards: Array<{ card: PosterCard; matrix: QrMatrix }>;
  heading: string;
  subheading: string | undefined;
  stamp: string;
  pages: number;
}

/** The spec checked and normalised (NFC), its QR matrices and its page count. */
function prepare(spec: PosterSpec): PreparedSheet {
  if (spec.cards.length === 0) throw new RangeError("A poster needs at least one card");
  const geo = geometry(spec.kind, spec.paper);
  const cards = spec.cards.map((card) => {
    if (card.qrText === "") throw new RangeError("A card has an empty QR text");
    return {
      card: { ...card, title: nfc(card.title), lines: card.lines.map(nfc), shortUrl: nfc(card.shortUrl) },
      matrix: qrMatrix(card.qrText, "Q", LAYOUT_MIN_VERSION),
    };
  });
  for (const file of [REGULAR, BOLD]) {
    if (!existsSync(/* turbopackIgnore: true */ file))
      throw new Error(`Font file missing (npm install @expo-google-fonts/noto-sans): ${file}`);
  }
  return {
    geo,
    cards,
    heading: nfc(spec.heading),
    subheading: spec.subheading ? nfc(spec.subheading) : undefined,
    stamp: nfc(spec.stamp),
    pages: Math.ceil(cards.length / geo.cells.length),
  };
}

/** One page of the sheet (0-based): heading, its cards with their frames, footer. */
function drawPage(pen: Pen, sheet: PreparedSheet, page: number): void {
  const { geo } = sheet;
  const perPage = geo.cells.length;
  const pad = mm(geo.config.padMm);
  const drawCard = CARD_RENDERERS[geo.config.style];
  drawHeader(pen, geo, sheet.heading, sheet.subheading);
  for (const [slot, cell] of geo.cells.entries()) {
    const entry = sheet.cards[page * perPage + slot];
    if (!entry) break;
    drawCellBorder(pen.canvas, geo.config, cell, entry.card.purpose);
    const inner: Rect = { x: cell.x + pad, y: cell.y + pad, w: cell.w - 2 * pad, h: cell.h - 2 * pad };
    drawCard(pen, geo, entry.card, entry.matrix, inner);
  }
  drawFooter(pen, geo, sheet.stamp, page + 1, sheet.pages);
}

/** pdfkit's text call for a run, with the shaping that keeps the text layer exact. */
function pdfWriter(doc: PDFKit.PDFDocument): (run: TextRun) => void {
  return (run) => {
    doc
      .font(run.bold ? BOLD : REGULAR)
      .fontSize(run.size)
      .fillColor(run.color)
      .text(run.text, run.x, run.y, { ...SHAPING, lineBreak: false });
  };
}

/**
 * A print-ready PDF: Noto Sans embedded (subset) for Vietnamese, QR codes as vector squares with a blank 4-module
 * quiet zone, the heading and the stamp on every page, "Trang i/n" when useful. Throws RangeError for no cards.
 */
export async function renderPosterPdf(spec: PosterSpec): Promise<Buffer> {
  const sheet = prepare(spec);
  const { geo } = sheet;
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: REGULAR,
    margin: 0,
    lang: "vi-VN",
    displayTitle: true,
    pdfVersion: "1.7",
    info: {
      Title: `${KIND_TITLES[spec.kind]} — ${sheet.heading}`,
      Author: "Hài Lòng",
      Creator: "Hài Lòng",
      Subject: sheet.stamp,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const pen = new Pen(doc, doc, pdfWriter(doc));
  for (let page = 0; page < sheet.pages; page++) {
    doc.addPage({ size: [geo.pageW, geo.pageH], margin: 0 });
    drawPage(pen, sheet, page);
  }
  doc.end();
  return done;
}

/** The print view's pages: what `renderPosterPdf` draws, page by page, as SVG at the paper's size. */
export interface PosterSvgPages {
  /** The sheet's size in millimetres as printed (a landscape kind is wider than high). */
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  pages: string[];
}

/**
 * The same drawing as `renderPosterPdf`, recorded as one SVG per page (poster-canvas.ts): same content,
 * order, positions and sizes; each text keeps its measured width in any font the browser has.
 */
export function renderPosterSvgPages(spec: PosterSpec): PosterSvgPages {
  const sheet = prepare(spec);
  const { geo } = sheet;
  // Measures only: a document that is never written.
  const measure = new PDFDocument({ autoFirstPage: false, font: REGULAR });
  const [shortMm, longMm] = PAPER_MM[spec.paper];
  const { landscape } = geo.config;
  const widthMm = landscape ? longMm : shortMm;
  const heightMm = landscape ? shortMm : longMm;
  const pages: string[] = [];
  const pen = new Pen(measure, new SvgCanvas(), () => {});
  for (let page = 0; page < sheet.pages; page++) {
    const canvas = new SvgCanvas();
    pen.canvas = canvas;
    pen.write = (run) => canvas.write(run);
    drawPage(pen, sheet, page);
    pages.push(canvas.toSvg(geo.pageW, geo.pageH, widthMm, heightMm));
  }
  return { widthMm, heightMm, landscape, pages };
}
