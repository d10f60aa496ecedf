import { normalizeForSearch } from "@/lib/search-text";

/**
 * A code for a new field, from the initials of its name ("Bảo trợ xã hội" → "BTXH"), made unique against
 * the codes already taken by a number ("BTXH2").
 */
export function fieldCodeFor(name: string, taken: ReadonlySet<string>): string {
  const words = normalizeForSearch(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => w !== "");
  const base = (
    words
      .map((w) => w[0])
      .join("")
      .toUpperCase() || "LV"
  ).slice(0, 16);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
