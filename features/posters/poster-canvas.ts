/**
 * What a poster sheet is drawn on. The PDF document (pdfkit) is one canvas; `SvgCanvas` records the same
 * calls as an SVG in PDF points, which the HTML print view shows at the sheet's size in millimetres — so both
 * come from one drawing code (poster-pdf.ts) and have the same content, order, positions and sizes.
 */

/** The subset of pdfkit's path API the sheets use; pdfkit's document satisfies it as it is. */
export interface Canvas {
  lineWidth(width: number): this;
  strokeColor(color: string): this;
  dash(length: number, options: { space: number }): this;
  undash(): this;
  rect(x: number, y: number, w: number, h: number): this;
  roundedRect(x: number, y: number, w: number, h: number, r: number): this;
  circle(x: number, y: number, r: number): this;
  moveTo(x: number, y: number): this;
  lineTo(x: number, y: number): this;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): this;
  polygon(...points: number[][]): this;
  fill(color: string): this;
  stroke(): this;
}

/** One line of text: `y` is the top of its line box, `width` its measured advance (the font's own metrics). */
export interface TextRun {
  text: string;
  bold: boolean;
  size: number;
  color: string;
  x: number;
  y: number;
  width: number;
  /**
   * The same run without its leading and trailing spaces, where its first and last letters are: a browser
   * drops such spaces from SVG text, so the print view draws this (and its measured width) instead.
   */
  inked: { text: string; x: number; width: number };
}

/** The name the print view gives the sheets' own font files (Noto Sans), served beside it. */
export const POSTER_FONT_FAMILY = "'Hai Long Noto Sans'";

/** Noto Sans's ascender (1069 / 1000 em): pdfkit puts the baseline this far below a line's top. */
export const ASCENDER = 1.069;

const num = (value: number): string => String(Math.round(value * 1000) / 1000);

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Records the drawing of one page as SVG elements, in drawing order. */
export class SvgCanvas implements Canvas {
  private readonly parts: string[] = [];
  private path = "";
  private width = 1;
  private stroking = "#000000";
  private dashing: string | undefined;

  lineWidth(width: number): this {
    this.width = width;
    return this;
  }

  strokeColor(color: string): this {
    this.stroking = color;
    return this;
  }

  dash(length: number, options: { space: number }): this {
    this.dashing = `${num(length)} ${num(options.space)}`;
    return this;
  }

  undash(): this {
    this.dashing = undefined;
    return this;
  }

  rect(x: number, y: number, w: number, h: number): this {
    this.path += `M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}z`;
    return this;
  }

  roundedRect(x: number, y: number, w: number, h: number, r: number): this {
    const c = Math.min(r, w / 2, h / 2);
    this.path +=
      `M${num(x + c)} ${num(y)}H${num(x + w - c)}Q${num(x + w)} ${num(y)} ${num(x + w)} ${num(y + c)}` +
      `V${num(y + h - c)}Q${num(x + w)} ${num(y + h)} ${num(x + w - c)} ${num(y + h)}` +
      `H${num(x + c)}Q${num(x)} ${num(y + h)} ${num(x)} ${num(y + h - c)}` +
      `V${num(y + c)}Q${num(x)} ${num(y)} ${num(x + c)} ${num(y)}z`;
    return this;
  }

  circle(x: number, y: number, r: number): this {
    this.path += `M${num(x - r)} ${num(y)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0z`;
    return this;
  }

  moveTo(x: number, y: number): this {
    this.path += `M${num(x)} ${num(y)}`;
    return this;
  }

  lineTo(x: number, y: number): this {
    this.path += `L${num(x)} ${num(y)}`;
    return this;
  }

  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): this {
    this.path += `Q${num(cpx)} ${num(cpy)} ${num(x)} ${num(y)}`;
    return this;
  }

  polygon(...points: number[][]): this {
    const [first, ...rest] = points;
    if (!first) return this;
    this.path += `M${num(first[0] ?? 0)} ${num(first[1] ?? 0)}`;
    for (const p of rest) this.path += `L${num(p[0] ?? 0)} ${num(p[1] ?? 0)}`;
    this.path += "z";
    return this;
  }

  fill(color: string): this {
    // Many small squares in one path are a QR symbol: drawn without anti-aliasing, as the PDF rasterises.
    const crisp = (this.path.match(/z/g) ?? []).length >= 30 ? ' shape-rendering="crispEdges"' : "";
    this.parts.push(`<path d="${this.path}" fill="${color}"${crisp}/>`);
    this.path = "";
    return this;
  }

  stroke(): this {
    const dash = this.dashing ? ` stroke-dasharray="${this.dashing}"` : "";
    this.parts.push(
      `<path d="${this.path}" fill="none" stroke="${this.stroking}" stroke-width="${num(this.width)}"${dash}/>`,
    );
    this.path = "";
    return this;
  }

  /** The text at its measured width, so that another font (the reader's browser) takes the same room. */
  write(run: TextRun): void {
    const { text, x, width } = run.inked;
    if (text === "") return;
    this.parts.push(
      `<text x="${num(x)}" y="${num(run.y + ASCENDER * run.size)}" font-size="${num(run.size)}"` +
        `${run.bold ? ' font-weight="700"' : ""} fill="${run.color}" textLength="${num(width)}"` +
        ` lengthAdjust="spacingAndGlyphs">${escapeXml(text)}</text>`,
    );
  }

  /** The page as a standalone SVG: a viewBox in points, drawn at the paper's size in millimetres. */
  toSvg(widthPt: number, heightPt: number, widthMm: number, heightMm: number): string {
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(widthPt)} ${num(heightPt)}"` +
      ` width="${widthMm}mm" height="${heightMm}mm" lang="vi"` +
      ` font-family="${POSTER_FONT_FAMILY}, 'Noto Sans', sans-serif"` +
      ` style="font-feature-settings:'ccmp' 0">` +
      `<rect width="${num(widthPt)}" height="${num(heightPt)}" fill="#fff"/>${this.parts.join("")}</svg>`
    );
  }
}
