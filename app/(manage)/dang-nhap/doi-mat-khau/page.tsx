import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ManageHeader } from "@/app/(manage)/manage-header";
import { getSessionUser } from "@/features/access/server/actor";
import { ChangePasswordForm } from "@/features/staff/ui/user-forms";
import { changePasswordAction } from "../../quan-ly/tai-khoan/actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("access.requiredChange");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The only page open to a user whose password someone else chose (a new account, a reset, `admin:create`)
 * until they have changed it; every other page, action and route handler of the manage area refuses them.
 */
export default async function RequiredPasswordChangePage() {
  const user = await getSessionUser();
  if (!user) redirect("/dang-nhap");
  if (!user.mustChangePassword) redirect("/quan-ly");
  const t = await getTranslations("access.requiredChange");
  const shell = await getTranslations("manage.shell");
  return (
    <>
      <ManageHeader home={<span>{shell("home")}</span>} />
      <main id="main" className="wrap">
        <h1>{t("title")}</h1>
        <p>
          {user.name} — {user.email}
        </p>
        <p>{t("intro")}</p>
        <ChangePasswordForm action={changePasswordAction} />
      </main>
    </>
  );
}
