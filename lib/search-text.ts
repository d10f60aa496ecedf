/** Lower case, no diacritics, đ → d: "Đăng ký khai sinh" → "dang ky khai sinh". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/**
 * An FTS5 MATCH expression from what a citizen typed: every word must appear (prefix match), in any column.
 * Only letters and digits survive, so user input can never inject FTS syntax. Returns null when nothing is left.
 */
export function toFtsQuery(input: string): string | null {
  const tokens = normalizeForSearch(input.slice(0, 200))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  if (tokens.length === 0) return null;
  return tokens.map((tok) => `"${tok}"*`).join(" ");
}
