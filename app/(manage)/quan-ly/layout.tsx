import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ManageHeader } from "@/app/(manage)/manage-header";
import { requireActor } from "@/features/access/server/actor";
import { openFeedbackCount } from "@/features/feedback/server/inbox";
import { countPendingBursts } from "@/features/survey/server/burst-queries";

interface NavItem {
  href: string;
  label: ReactNode;
  shown?: boolean;
}

/**
 * The area's links are not prefetched: every page here is dynamic, so a prefetch brings back only the
 * route's tree (≈ 0.2–0.7 KB, nothing a click can reuse) yet runs this layout's reads on the server —
 * a dozen requests after every page view, which slowed the next page and cost more server time than the
 * overview itself (docs/PERFORMANCE.md).
 */
function NavLinks({ items }: { items: NavItem[] }) {
  return items
    .filter((item) => item.shown !== false)
    .map((item) => (
      <Link key={item.href} prefetch={false} href={item.href}>
        {item.label}
      </Link>
    ));
}

export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const manager = await requireActor();
  const [openFeedback, pendingBursts] = await Promise.all([
    openFeedbackCount(manager),
    countPendingBursts([...manager.scopeUnitIds]),
  ]);
  const t = await getTranslations("manage.shell");
  const common = await getTranslations("common");
  const administers = manager.editableUnitIds.size > 0;
  return (
    <>
      <a className="skip" href="#main">
        {common("skipToContent")}
      </a>
      <ManageHeader
        home={
          <Link prefetch={false} href="/quan-ly">
            {t("home")}
          </Link>
        }
      >
        <Link prefetch={false} href="/quan-ly/tai-khoan">
          {manager.name}
        </Link>
      </ManageHeader>
      <nav aria-label={t("navLabel")} className="wrap wide manage-nav">
        <NavLinks
          items={[
            { href: "/quan-ly", label: t("nav.overview") },
            { href: "/quan-ly/thu-tuc", label: t("nav.procedures") },
            { href: "/quan-ly/cong-bo", label: t("nav.announcements") },
            { href: "/quan-ly/linh-vuc", label: t("nav.fields") },
            { href: "/quan-ly/nhap", label: t("nav.imports") },
            { href: "/quan-ly/ho-so/nhap", label: t("nav.dossierImport"), shown: administers },
            { href: "/quan-ly/to-niem-yet", label: t("nav.posters") },
            { href: "/quan-ly/phieu-khao-sat", label: t("nav.instruments") },
            {
              href: "/quan-ly/phieu-gan-co",
              label: (
                <>
                  {t("nav.abnormal")}
                  {pendingBursts > 0 ? (
                    <>
                      {" "}
                      <span className="tag" data-testid="pending-bursts-count">
                        {pendingBursts}
                        <span className="visually-hidden">
                          {" "}
                          {t("nav.pendingBursts", { count: pendingBursts })}
                        </span>
                      </span>
                    </>
                  ) : null}
                </>
              ),
            },
            { href: "/quan-ly/khoa-api", label: t("nav.apiKeys") },
            { href: "/quan-ly/nguoi-dung", label: t("nav.users"), shown: administers },
            { href: "/quan-ly/can-bo", label: t("nav.officers"), shown: administers },
            { href: "/quan-ly/ho-so", label: t("nav.dossiers") },
            {
              href: "/quan-ly/phan-anh",
              label: (
                <>
                  {t("nav.feedback")}{" "}
                  <span className="tag" data-testid="feedback-open-count">
                    {openFeedback}
                    <span className="visually-hidden"> {t("nav.openFeedback", { count: openFeedback })}</span>
                  </span>
                </>
              ),
            },
            { href: "/quan-ly/thiet-bi", label: t("nav.devices") },
          ]}
        />
      </nav>
      <main id="main" className="wrap wide">
        {children}
      </main>
    </>
  );
}
