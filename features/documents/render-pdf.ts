/**
 * An administrative document as PDF (pdfkit, Noto Sans for every Vietnamese letter): the same model and
 * layout as the DOCX — header in two columns, kind and subject, body, tables that break across pages with
 * their header row repeated, then "Nơi nhận" and the signature block.
 */
import PDFDocument from "pdfkit";
import { NOTO_SANS, PDF_SHAPING } from "@/lib/pdf";
import type { AdminDocument, Block } from "./admin-document";

/** Points per centimetre. */
const CM = 28.35;
const BODY = 11.5;
const SMALL = 10.5;
const NOTE = 9.5;

type Doc = PDFKit.PDFDocument;

function text(
  doc: Doc,
  value: string,
  x: number,
  y: number,
  width: number,
  options: {
    bold?: boolean;
    italic?: boolean;
    underline?: boolean;
    size?: number;
    align?: "left" | "center" | "right" | "justify";
  } = {},
): number {
  doc.font(options.bold ? NOTO_SANS.bold : NOTO_SANS.regular).fontSize(options.size ?? BODY);
  const s = value.normalize("NFC");
  const opts = {
    ...PDF_SHAPING,
    width,
    align: options.align ?? "left",
    underline: options.underline,
    oblique: options.italic ? 10 : undefined,
  };
  const height = doc.heightOfString(s || " ", opts);
  doc.text(s, x, y, opts);
  return height;
}

function ensureRoom(doc: Doc, y: number, needed: number): number {
  const bottom = doc.page.height - doc.page.margins.bottom;
  if (y + needed <= bottom) return y;
  doc.addPage();
  return doc.page.margins.top;
}

function header(d: AdminDocument, doc: Doc, left: number, width: number): number {
  const top = doc.page.margins.top;
  const leftWidth = width * 0.42;
  const rightX = left + width * 0.42;
  const rightWidth = width * 0.58;
  let y = top;
  if (d.issuer.parent) y += text(doc, d.issuer.parent, left, y, leftWidth, { size: SMALL, align: "center" });
  y += text(doc, d.issuer.unit, left, y, leftWidth, { bold: true, size: SMALL, align: "center" });
  const ruleY = y + 3;
  doc
    .moveTo(left + leftWidth * 0.35, ruleY)
    .lineTo(left + leftWidth * 0.65, ruleY)
    .lineWidth(0.6)
    .stroke();
  y += 8;
  y += text(doc, d.issuer.number, left, y, leftWidth, { size: BODY, align: "center" });
  let r = top;
  r += text(doc, d.nation, rightX, r, rightWidth, { bold: true, size: SMALL, align: "center" });
  r += text(doc, d.motto, rightX, r, rightWidth, {
    bold: true,
    size: BODY,
    align: "center",
    underline: true,
  });
  r += 8;
  r += text(doc, d.placeDate, rightX, r, rightWidth, { italic: true, size: BODY, align: "center" });
  return Math.max(y, r) + 18;
}

function table(
  block: Extract<Block, { type: "table" }>,
  doc: Doc,
  left: number,
  width: number,
  start: number,
): number {
  const weights = block.widths ?? block.columns.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = block.columns.map((_, i) => (width * (weights[i] ?? 1)) / total);
  const pad = 3;
  const rowHeight = (cells: readonly string[], bold: boolean) =>
    Math.max(
      ...cells.map((c, i) => {
        doc.font(bold ? NOTO_SANS.bold : NOTO_SANS.regular).fontSize(SMALL - 1);
        return doc.heightOfString(c.normalize("NFC") || " ", {
          ...PDF_SHAPING,
          width: (widths[i] ?? 20) - 2 * pad,
        });
      }),
    ) +
    2 * pad;
  const drawRow = (cells: readonly string[], y: number, bold: boolean, isHeader: boolean): number => {
    const h = rowHeight(cells, bold);
    let x = left;
    cells.forEach((c, i) => {
      const w = widths[i] ?? 20;
      if (isHeader) doc.rect(x, y, w, h).fillAndStroke("#eeeeee", "#000000").fillColor("#000000");
      else doc.rect(x, y, w, h).lineWidth(0.5).stroke();
      text(doc, c, x + pad, y + pad, w - 2 * pad, {
        bold,
        size: SMALL - 1,
        align: block.numeric?.[i] && !isHeader ? "right" : "left",
      });
      x += w;
    });
    return y + h;
  };
  let y = ensureRoom(doc, start, rowHeight(block.columns, true) * 2);
  y = drawRow(block.columns, y, true, true);
  const last = block.rows.length - 1;
  block.rows.forEach((cells, i) => {
    const bold = Boolean(block.totalRow) && i === last;
    const h = rowHeight(cells, bold);
    const next = ensureRoom(doc, y, h);
    if (next !== y) y = drawRow(block.columns, next, true, true);
    y = drawRow(cells, y, bold, false);
  });
  return y + 10;
}

function body(d: AdminDocument, doc: Doc, left: number, width: number, start: number): number {
  let y = start;
  for (const block of d.blocks) {
    switch (block.type) {
      case "heading":
        y = ensureRoom(doc, y, 40);
        y += text(doc, block.text, left, y, width, { bold: true }) + 4;
        break;
      case "paragraph": {
        doc.font(block.bold ? NOTO_SANS.bold : NOTO_SANS.regular).fontSize(BODY);
        y = ensureRoom(doc, y, doc.heightOfString(block.text.normalize("NFC"), { ...PDF_SHAPING, width }));
        y +=
          text(doc, block.text, left, y, width, {
            bold: block.bold,
            italic: block.italic,
            align: block.align ?? "justify",
          }) + 5;
        break;
      }
      case "fields":
        for (const [label, value] of block.items) {
          y = ensureRoom(doc, y, 20);
          const labelWidth = width * 0.38;
          const h1 = text(doc, `${label}:`, left, y, labelWidth);
          const h2 = text(doc, value, left + labelWidth, y, width - labelWidth, { bold: true });
          y += Math.max(h1, h2) + 3;
        }
        y += 4;
        break;
      case "table":
        y = table(block, doc, left, width, y);
        break;
    }
  }
  return y;
}

function footer(d: AdminDocument, doc: Doc, left: number, width: number, start: number): void {
  const y0 = ensureRoom(doc, start + 12, 150);
  const half = width / 2;
  let y = y0;
  if (d.recipients) {
    y += text(doc, d.recipients.title, left, y, half, { bold: true, italic: true, size: SMALL });
    for (const l of d.recipients.lines) y += text(doc, l, left, y, half, { size: NOTE });
  }
  let r = y0;
  for (const role of d.signature.role)
    r += text(doc, role, left + half, r, half, { bold: true, align: "center" });
  if (d.signature.hint)
    r += text(doc, d.signature.hint, left + half, r, half, { italic: true, size: SMALL, align: "center" });
  r += 60;
  if (d.signature.name) text(doc, d.signature.name, left + half, r, half, { bold: true, align: "center" });
}

/** The document as a PDF file (A4; landscape when asked). */
export function renderPdf(d: AdminDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: d.landscape ? "landscape" : "portrait",
    margins: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 1.5 * CM },
    font: NOTO_SANS.regular,
    lang: d.lang === "vi" ? "vi-VN" : "en",
    displayTitle: true,
    info: { Title: d.title.normalize("NFC"), Creator: "Hài Lòng" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  let y = header(d, doc, left, width);
  y += text(doc, d.kind, left, y, width, { bold: true, size: 13, align: "center" });
  if (d.subject) y += text(doc, d.subject, left, y, width, { bold: true, align: "center" });
  y += 14;
  y = body(d, doc, left, width, y);
  footer(d, doc, left, width, y);
  doc.end();
  return done;
}
