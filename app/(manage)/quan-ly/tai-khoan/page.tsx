import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { ChangePasswordForm } from "@/features/staff/ui/user-forms";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("access.account");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The signed-in user's own account: who they are and a password change. */
export default async function AccountPage() {
  const manager = await requireActor();
  const t = await getTranslations("access.account");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {manager.name} — {manager.email}
      </p>
      <p>{t("session")}</p>
      <h2>{t("changeHeading")}</h2>
      <ChangePasswordForm action={changePasswordAction} />
    </>
  );
}
