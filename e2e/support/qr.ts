import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Decodes every QR in a PNG with an independent decoder (zbarimg, Debian zbar-tools). */
export function decodePng(file: string): string[] {
  const run = spawnSync("zbarimg", ["--raw", "-q", file], { encoding: "utf8" });
  if (run.error) throw new Error(`zbarimg is required (apt-get install zbar-tools): ${run.error.message}`);
  // Exit 4 means "no symbol found": an empty list, which the caller's assertion reports.
  return run.stdout.split("\n").filter((line) => line.trim() !== "");
}

/** Rasterises a PDF (pdftoppm, poppler-utils) and decodes the QR codes of every page, in page order. */
export function decodePdf(pdf: Buffer, dpi = 150): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "hl-pdf-"));
  const file = join(dir, "poster.pdf");
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", file, join(dir, "page")]);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".png"))
    .sort()
    .map((f) => decodePng(join(dir, f)));
}

export function tempFile(name: string): string {
  return join(mkdtempSync(join(tmpdir(), "hl-qr-")), name);
}

/** A PDF's pages: their count and the first page's size in points (pdfinfo, poppler-utils). */
export function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const file = tempFile("doc.pdf");
  writeFileSync(file, pdf);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    width: Number(size?.[1]),
    height: Number(size?.[2]),
  };
}

export interface PdfWord {
  page: number;
  word: string;
  x: number;
  y: number;
}

/** Every word of a PDF with the centre of its box, page by page (pdftotext -bbox). */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const file = tempFile("words.pdf");
  writeFileSync(file, pdf);
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  const words: PdfWord[] = [];
  let page = 0;
  for (const m of html.matchAll(
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0] === "<page ") {
      page++;
      continue;
    }
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    const word = (m[5] ?? "")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"');
    words.push({ page, word: word.normalize("NFC"), x: (x0 + x1) / 2, y: (y0 + y1) / 2 });
  }
  return words;
}
