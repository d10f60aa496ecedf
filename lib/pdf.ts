import { join } from "node:path";
import PDFDocument from "pdfkit";

const FONT_DIR = join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
/** Noto Sans draws every Vietnamese letter (pdfkit's built-in Helvetica has no ư, ơ, ạ…). */
export const NOTO_SANS = {
  regular: join(FONT_DIR, "400Regular", "NotoSans_400Regular.ttf"),
  bold: join(FONT_DIR, "700Bold", "NotoSans_700Bold.ttf"),
} as const;

/**
 * Every OpenType feature off: with `ccmp` off Noto Sans uses its precomposed glyphs, so the text layer of
 * "tịch" copies and searches as "tịch"; with the others off fontkit never parses the font's large GSUB/GPOS
 * tables (≈ 17 ms a document instead of ≈ 110 ms — the demo seeds dozens), at the cost of kerning, which a
 * blank form does not need. fontkit takes a { tag: boolean } map although pdfkit's types declare a list.
 */
const OFF = ["ccmp", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"];
export const PDF_SHAPING = {
  features: Object.fromEntries(OFF.map((tag) => [tag, false])) as unknown as PDFKit.Mixins.OpenTypeFeatures[],
};

/**
 * A plain A4 text document — a bold centred title, then paragraphs — the PDF twin of `rtfDocument`, for
 * phones that open a PDF but not an RTF.
 */
export function textPdf(title: string, paragraphs: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    font: NOTO_SANS.regular,
    lang: "vi-VN",
    displayTitle: true,
    info: { Title: title.normalize("NFC"), Creator: "Hài Lòng" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc
    .font(NOTO_SANS.bold)
    .fontSize(14)
    .text(title.normalize("NFC"), { ...PDF_SHAPING, align: "center" });
  doc.moveDown();
  doc.font(NOTO_SANS.regular).fontSize(12);
  for (const p of paragraphs) doc.text(p.normalize("NFC"), { ...PDF_SHAPING, paragraphGap: 8 });
  doc.end();
  return done;
}
