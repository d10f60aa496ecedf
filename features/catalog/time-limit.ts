import { normalizeForSearch } from "@/lib/search-text";
import type { ProcedureContent } from "./procedure-content";
import { normalizeText } from "./structured-text";

/**
 * A time limit's main rule read from its published text: "Ngay trong ngày …" (0), "03 ngày làm việc …",
 * "Không quá 10 ngày …" (calendar days). The first statement is the rule; later ones are its exceptions
 * ("trường hợp cần xác minh thì …"). Null when the text states no such rule (hours, "theo thỏa thuận"…).
 */
export interface TimeLimitRule {
  days: number;
  working: boolean;
}

const RULES: ReadonlyArray<{ pattern: RegExp; read: (m: RegExpExecArray) => TimeLimitRule }> = [
  { pattern: /\b(?:ngay )?trong ngay\b(?! lam viec tiep theo)/, read: () => ({ days: 0, working: true }) },
  {
    pattern: /\b(\d{1,3}) ngay lam viec\b/,
    read: (m) => ({ days: Number(m[1]), working: true }),
  },
  { pattern: /\b(\d{1,3}) ngay\b/, read: (m) => ({ days: Number(m[1]), working: false }) },
];

export function readTimeLimit(text: string): TimeLimitRule | null {
  const folded = normalizeForSearch(normalizeText(text)).replace(/\s+/g, " ");
  let first: { index: number; rule: TimeLimitRule } | null = null;
  for (const { pattern, read } of RULES) {
    const m = pattern.exec(folded);
    if (m && (first === null || m.index < first.index)) first = { index: m.index, rule: read(m) };
  }
  return first?.rule ?? null;
}

/** The procedure's own time limit: its section, else the in-person channel's, else the first channel's. */
export function nationalTimeLimit(content: ProcedureContent): string {
  if (content.timeLimit) return content.timeLimit;
  const channels = content.channels.filter((c) => c.timeLimit);
  return (channels.find((c) => c.kind === "in_person") ?? channels[0])?.timeLimit ?? "";
}

/**
 * A unit's own time limit may only shorten the procedure's: true when both texts state a rule that can be
 * compared (both in working days, both in calendar days, or the procedure's is "the same day") and the
 * unit's is not shorter. Undecidable texts are not refused.
 */
export function contradictsTimeLimit(local: string, national: string): boolean {
  const own = readTimeLimit(local);
  const rule = readTimeLimit(national);
  if (!own || !rule) return false;
  if (rule.days === 0) return true;
  if (own.working !== rule.working && own.days !== 0) return false;
  return own.days >= rule.days;
}
