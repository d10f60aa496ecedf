/**
 * Legal text as provinces publish it: paragraphs, and lists whose items start with "-", "+", "•", "*",
 * "a)", "đ)", "1.", "1)" or "(1)", nested by the order in which marker kinds appear ("a)" items holding "-"
 * items holding "+" items). Stored as plain text (never HTML); this parser turns it into blocks that pages
 * render as paragraphs and lists, keeping every marker as published (a citizen may be told "điểm b").
 */

export type MarkerKind = "dash" | "plus" | "dot" | "star" | "letter" | "number" | "paren";

export interface ListItem {
  /** The marker as published, e.g. "a)", "-", "1.". */
  marker: string;
  kind: MarkerKind;
  text: string;
  /** Paragraphs and lists that belong to this item (continuation lines, nested items). */
  children: Block[];
}

export type Block =
  | { type: "paragraph"; text: string }
  | { type: "list"; kind: MarkerKind; items: ListItem[] };

/** Vietnamese legal lettering: a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z). */
const LETTER = "[a-eg-ik-vxyđ]";
const MARKERS: ReadonlyArray<{ kind: MarkerKind; pattern: RegExp }> = [
  // "-Giấy tờ" without its space is common in published text; "-5%" is not a list item.
  { kind: "dash", pattern: /^([-–—‒])(?:\s+|(?=\p{L}))/u },
  { kind: "plus", pattern: /^(\+)\s*/u },
  { kind: "dot", pattern: /^([•●▪◦·])\s*/u },
  { kind: "star", pattern: /^(\*)\s+/u },
  { kind: "letter", pattern: new RegExp(`^(${LETTER}\\))\\s+`, "iu") },
  { kind: "number", pattern: /^(\d{1,3}[.)])\s+(?!\d)/u },
  { kind: "paren", pattern: /^(\(\d{1,3}\))\s+/u },
];

/** Line breaks normalized, each line trimmed, Unicode composed (NFC), trailing blank lines dropped. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function markerOf(line: string): { kind: MarkerKind; marker: string; rest: string } | null {
  for (const { kind, pattern } of MARKERS) {
    const match = pattern.exec(line);
    if (match?.[1] !== undefined) {
      const rest = line.slice(match[0].length);
      if (rest.trim() !== "") return { kind, marker: match[1], rest };
    }
  }
  return null;
}

interface OpenList {
  kind: MarkerKind;
  block: Extract<Block, { type: "list" }>;
}

/**
 * Blocks of a text. A marked line opens or continues a list: a marker kind already open closes the
 * deeper lists and continues its own; a new kind nests under the current item. An unmarked line right
 * after an item belongs to that item; after a blank line it is a paragraph of its own.
 */
export function parseStructuredText(text: string): Block[] {
  const blocks: Block[] = [];
  let open: OpenList[] = [];
  let afterBlank = false;
  for (const line of normalizeText(text).split("\n")) {
    if (line === "") {
      afterBlank = true;
      continue;
    }
    const marked = markerOf(line);
    if (!marked) {
      const item = open.at(-1)?.block.items.at(-1);
      if (item && !afterBlank) item.children.push({ type: "paragraph", text: line });
      else {
        open = [];
        blocks.push({ type: "paragraph", text: line });
      }
      afterBlank = false;
      continue;
    }
    afterBlank = false;
    // "* Lưu ý: …" is a note on what came before, not a point of the last item.
    if (marked.kind === "star" && open[0]?.kind !== "star") open = [];
    const item: ListItem = { marker: marked.marker, kind: marked.kind, text: marked.rest, children: [] };
    const level = open.findIndex((l) => l.kind === marked.kind);
    if (level >= 0) {
      open = open.slice(0, level + 1);
      open[level]?.block.items.push(item);
      continue;
    }
    const list: OpenList = { kind: marked.kind, block: { type: "list", kind: marked.kind, items: [item] } };
    const parent = open.at(-1)?.block.items.at(-1);
    if (parent) parent.children.push(list.block);
    else blocks.push(list.block);
    open.push(list);
  }
  return blocks;
}

/** Every piece of text of the blocks, markers included, in reading order (tests compare it with the source). */
export function blockText(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === "paragraph"
      ? [b.text]
      : b.items.flatMap((item) => [item.marker, item.text, ...blockText(item.children)]),
  );
}
