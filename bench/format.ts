/** Plain-text tables and number formatting for the benchmark report. */

export type Cell = string | number;

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function fmtInt(n: number): string {
  return integer.format(n);
}

export function fmt1(n: number): string {
  return oneDecimal.format(n);
}

export function fmtMs(n: number): string {
  return `${fmt1(n)} ms`;
}

export function fmtKb(bytes: number): string {
  return `${fmt1(bytes / 1024)} KB (${fmtInt(bytes)} B)`;
}

export function mark(ok: boolean): string {
  return ok ? "PASS" : "FAIL";
}

/** Renders rows as a left-aligned first column and right-aligned other columns. */
export function table(rows: ReadonlyArray<ReadonlyArray<Cell>>, header?: ReadonlyArray<string>): string {
  const all: string[][] = [...(header ? [[...header]] : []), ...rows.map((r) => r.map(String))];
  const widths: number[] = [];
  for (const row of all) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  const line = (row: ReadonlyArray<string>) =>
    row
      .map((cell, i) => {
        const w = widths[i] ?? cell.length;
        return i === 0 ? cell.padEnd(w) : cell.padStart(w);
      })
      .join("  ")
      .trimEnd();
  const out = all.map(line);
  if (header) {
    const rule = widths.map((w) => "─".repeat(w)).join("  ");
    out.splice(1, 0, rule);
  }
  return out.map((l) => `  ${l}`).join("\n");
}

export function log(message: string): void {
  const t = new Date().toISOString().slice(11, 19);
  console.log(`[bench ${t}] ${message}`);
}
