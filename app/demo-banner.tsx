import { getLocale, getTranslations } from "next-intl/server";
import { isDemoDatabase } from "@/features/settings/server/settings";
import type { Lang } from "@/i18n/locales";

/**
 * "Dữ liệu mẫu …" on every page of a demo database (citizen and manage area); nothing on a real one.
 * Citizens' pages name their language (so they never read the request); the manage area leaves it out
 * and gets the staff member's.
 */
export async function DemoBanner({ lang }: { lang?: Lang }) {
  if (!(await isDemoDatabase())) return null;
  const t = await getTranslations({ locale: lang ?? (await getLocale()), namespace: "common" });
  return (
    <p className="banner" data-testid="demo-banner">
      <span className="wrap" style={{ display: "block" }}>
        {t("demoBanner")}
      </span>
    </p>
  );
}
