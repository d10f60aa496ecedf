import "server-only";
import { revalidatePath } from "next/cache";
import { languages } from "@/i18n/locales";

/**
 * Refreshes the cached citizen pages a change touches, in every language: here at once, in every other
 * instance within 2 s (the cache handler publishes the path tags as cache signals: db/cache-signals.ts).
 */
export function revalidateUnitPages(
  unitSlugs: readonly string[],
  procedureCodes: readonly string[] = [],
): void {
  for (const lang of languages) {
    for (const slug of unitSlugs) {
      revalidatePath(`/${lang}/don-vi/${slug}`);
      for (const code of procedureCodes) revalidatePath(`/${lang}/don-vi/${slug}/thu-tuc/${code}`);
    }
  }
}
