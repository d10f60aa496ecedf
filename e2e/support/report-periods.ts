/**
 * Quarters as the periodic report's address names them ("quy-2026-3"), worked out here rather than
 * imported: the app's period module reads the message catalogue, which Playwright's loader cannot import.
 */
export function quarterOf(day: string): { year: number; part: number; key: string } {
  const year = Number(day.slice(0, 4));
  const part = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return { year, part, key: `quy-${year}-${part}` };
}

/** The last quarter over on `day`: the report form's default choice. */
export function lastFullQuarter(day: string): { year: number; part: number; key: string } {
  const { year, part } = quarterOf(day);
  const previous = part === 1 ? { year: year - 1, part: 4 } : { year, part: part - 1 };
  return { ...previous, key: `quy-${previous.year}-${previous.part}` };
}
