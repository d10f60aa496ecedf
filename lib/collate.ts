/**
 * Vietnamese collation for sorting names. One Intl.Collator, made once: `a.localeCompare(b, "vi")` builds
 * the collation for every comparison (≈ 8× slower, which shows when sorting thousands of units).
 */
const vietnamese = new Intl.Collator("vi");

export const compareVi: (a: string, b: string) => number = vietnamese.compare;

/** Sorter for anything with a `name`. */
export function byName(a: { name: string }, b: { name: string }): number {
  return vietnamese.compare(a.name, b.name);
}
