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
