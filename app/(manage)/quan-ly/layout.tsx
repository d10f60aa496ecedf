import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ManageHeader } from "@/app/(manage)/manage-header";
import { requireActor } from "@/features/access/server/actor";
import { openFeedbackCount } from "@/features/feedback/server/inbox";
import { countPendingBursts } from "@/features/survey/server/burst-queries";

export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const manager = await requireActor();
  const [openFeedback, pendingBursts] = await Promise.all([
    openFeedbackCount(manager),
    countPendingBursts([...manager.scopeUnitIds]),
  ]);
  const t = await getTranslations("manage.shell");
  const common = await getTranslations("common");
  return (
    <>
      <a className="skip" href="#main">
        {common("skipToContent")}
      </a>
      <ManageHeader home={<Link href="/quan-ly">{t("home")}</Link>}>
        <Link href="/quan-ly/tai-khoan">{manager.name}</Link>
      </ManageHeader>
      <nav aria-label={t("navLabel")} className="wrap wide manage-nav">
        <Link href="/quan-ly">{t("nav.overview")}</Link>
        <Link href="/quan-ly/thu-tuc">{t("nav.procedures")}</Link>
        <Link href="/quan-ly/cong-bo">{t("nav.announcements")}</Link>
        <Link href="/quan-ly/linh-vuc">{t("nav.fields")}</Link>
        <Link href="/quan-ly/nhap">{t("nav.imports")}</Link>
        {manager.editableUnitIds.size > 0 ? (
          <Link href="/quan-ly/ho-so/nhap">{t("nav.dossierImport")}</Link>
        ) : null}
        <Link href="/quan-ly/to-niem-yet">{t("nav.posters")}</Link>
        <Link href="/quan-ly/phieu-khao-sat">{t("nav.instruments")}</Link>
        <Link href="/quan-ly/phieu-gan-co">
          {t("nav.abnormal")}
          {pendingBursts > 0 ? (
            <>
              {" "}
              <span className="tag" data-testid="pending-bursts-count">
                {pendingBursts}
                <span className="visually-hidden"> {t("nav.pendingBursts", { count: pendingBursts })}</span>
              </span>
            </>
          ) : null}
        </Link>
        <Link href="/quan-ly/khoa-api">{t("nav.apiKeys")}</Link>
        {manager.editableUnitIds.size > 0 ? <Link href="/quan-ly/nguoi-dung">{t("nav.users")}</Link> : null}
        {manager.editableUnitIds.size > 0 ? <Link href="/quan-ly/can-bo">{t("nav.officers")}</Link> : null}
        <Link href="/quan-ly/ho-so">{t("nav.dossiers")}</Link>
        <Link href="/quan-ly/phan-anh">
          {t("nav.feedback")}{" "}
          <span className="tag" data-testid="feedback-open-count">
            {openFeedback}
            <span className="visually-hidden"> {t("nav.openFeedback", { count: openFeedback })}</span>
          </span>
        </Link>
        <Link href="/quan-ly/thiet-bi">{t("nav.devices")}</Link>
      </nav>
      <main id="main" className="wrap wide">
        {children}
      </main>
    </>
  );
}
