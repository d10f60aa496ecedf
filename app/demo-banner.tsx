import { getTranslations } from "next-intl/server";
import { isDemoDatabase } from "@/features/settings/server/settings";
import type { Lang } from "@/i18n/locales";

/**
 * "Dữ liệu mẫu …" on every page of a demo database (citizen and manage area); nothing on a real one. A
 * citizen's page names its language; the managers' area leaves it out and gets the staff member's.
 */
export async function DemoBanner({ lang }: { lang?: Lang }) {
  if (!(await isDemoDatabase())) return null;
  const t = lang
    ? await getTranslations({ locale: lang, namespace: "citizen" })
    : await getTranslations("citizen");
  return (
    <p className="banner" data-testid="demo-banner">
      <span className="wrap" style={{ display: "block" }}>
        {t("sampleData")}
      </span>
    </p>
  );
}
