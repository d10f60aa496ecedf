/**
 * An administrative document as DOCX (the `docx` library): Times New Roman 13 pt on A4 with the margins of
 * Nghị định 30/2020/NĐ-CP (top and bottom 2 cm, left 3 cm, right 1.5 cm), the two-column header, the body,
 * and the two-column footer (Nơi nhận | signature block), as clerks expect to open and edit it in Word.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { AdminDocument, Block } from "./admin-document";

const FONT = "Times New Roman";
/** Half-points. */
const BODY = 26;
const SMALL = 24;
const NOTE = 22;
/** Twentieths of a point per centimetre. */
const CM = 567;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

function line(
  text: string,
  style: RunStyle = {},
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
  after = 0,
): Paragraph {
  return new Paragraph({
    alignment: align,
    spacing: { after, line: 276 },
    children: [
      new TextRun({
        text: text.normalize("NFC"),
        bold: style.bold,
        italics: style.italics,
        underline: style.underline ? {} : undefined,
        size: style.size ?? BODY,
        font: FONT,
      }),
    ],
  });
}

function cell(children: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
      right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
    },
    children,
  });
}

/** Two borderless columns side by side (the header, the footer). */
function twoColumns(left: Paragraph[], right: Paragraph[], leftPercent: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftPercent), cell(right, 100 - leftPercent)] })],
  });
}

function header(doc: AdminDocument): Table {
  const C = AlignmentType.CENTER;
  const left = [
    ...(doc.issuer.parent ? [line(doc.issuer.parent, { size: SMALL }, C)] : []),
    line(doc.issuer.unit, { bold: true, size: SMALL }, C),
    line("—————", { size: NOTE }, C),
    line(doc.issuer.number, { size: BODY }, C),
  ];
  const right = [
    line(doc.nation, { bold: true, size: SMALL }, C),
    line(doc.motto, { bold: true, underline: true, size: BODY }, C, 120),
    line(doc.placeDate, { italics: true, size: BODY }, C),
  ];
  return twoColumns(left, right, 40);
}

function table(block: Extract<Block, { type: "table" }>): Table {
  const total = (block.widths ?? block.columns.map(() => 1)).reduce((a, b) => a + b, 0);
  const width = (i: number) => Math.round((100 * (block.widths?.[i] ?? 1)) / total);
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold && cells === block.columns,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: width(i), type: WidthType.PERCENTAGE },
            borders: { top: border, bottom: border, left: border, right: border },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            children: [
              line(
                text,
                { bold, size: SMALL },
                block.numeric?.[i] && cells !== block.columns ? AlignmentType.RIGHT : AlignmentType.LEFT,
              ),
            ],
          }),
      ),
    });
  const last = block.rows.length - 1;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(block.columns, true),
      ...block.rows.map((cells, i) => row(cells, Boolean(block.totalRow) && i === last)),
    ],
  });
}

function body(blocks: readonly Block[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    switch (block.type) {
      case "heading":
        out.push(line(block.text, { bold: true }, AlignmentType.LEFT, 80));
        break;
      case "paragraph":
        out.push(
          line(
            block.text,
            { bold: block.bold, italics: block.italic },
            block.align === "center"
              ? AlignmentType.CENTER
              : block.align === "left"
                ? AlignmentType.LEFT
                : AlignmentType.JUSTIFIED,
            120,
          ),
        );
        break;
      case "fields":
        for (const [label, value] of block.items) {
          out.push(
            new Paragraph({
              spacing: { after: 60 },
              children: [
                new TextRun({ text: `${label}: `.normalize("NFC"), size: BODY, font: FONT }),
                new TextRun({ text: value.normalize("NFC"), bold: true, size: BODY, font: FONT }),
              ],
            }),
          );
        }
        break;
      case "table":
        out.push(table(block), line("", {}, AlignmentType.LEFT, 80));
        break;
    }
  }
  return out;
}

function footer(doc: AdminDocument): Table {
  const C = AlignmentType.CENTER;
  const left = doc.recipients
    ? [
        line(doc.recipients.title, { bold: true, italics: true, size: SMALL }),
        ...doc.recipients.lines.map((l) => line(l, { size: NOTE })),
      ]
    : [line("")];
  const right = [
    ...doc.signature.role.map((r) => line(r, { bold: true, size: BODY }, C)),
    ...(doc.signature.hint ? [line(doc.signature.hint, { italics: true, size: SMALL }, C)] : []),
    line("", {}, C, 1200),
    ...(doc.signature.name ? [line(doc.signature.name, { bold: true, size: BODY }, C)] : []),
  ];
  return twoColumns(left, right, 50);
}

/** The document as a DOCX file. */
export async function renderDocx(doc: AdminDocument): Promise<Buffer> {
  const file = new Document({
    creator: "Hài Lòng",
    title: doc.title.normalize("NFC"),
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 1.5 * CM },
          },
        },
        children: [
          header(doc),
          line("", {}, AlignmentType.LEFT, 120),
          line(doc.kind, { bold: true, size: 28 }, AlignmentType.CENTER),
          ...(doc.subject ? [line(doc.subject, { bold: true }, AlignmentType.CENTER, 240)] : []),
          ...body(doc.blocks),
          line("", {}, AlignmentType.LEFT, 120),
          footer(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
