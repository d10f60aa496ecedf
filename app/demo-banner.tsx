import { isDemoDatabase } from "@/features/settings/server/settings";
import { type Lang, t } from "@/lib/i18n";

/** "Dữ liệu mẫu …" on every page of a demo database (citizen and manage area); nothing on a real one. */
export async function DemoBanner({ lang = "vi" }: { lang?: Lang }) {
  if (!(await isDemoDatabase())) return null;
  return (
    <p className="banner" data-testid="demo-banner">
      <span className="wrap" style={{ display: "block" }}>
        {t(lang).sampleData}
      </span>
    </p>
  );
}
