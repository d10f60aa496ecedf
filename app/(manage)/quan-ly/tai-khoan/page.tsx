import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { configuredChannels } from "@/features/messaging/server/transports";
import { getPreferences } from "@/features/notifications/server/preferences";
import { PreferencesForm } from "@/features/notifications/ui/preferences-form";
import { ChangePasswordForm } from "@/features/staff/ui/user-forms";
import { changePasswordAction, preferencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("access.account");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The signed-in user's own account: who they are, a password change, and what they are told by e-mail. */
export default async function AccountPage() {
  const manager = await requireActor();
  const t = await getTranslations("access.account");
  const n = await getTranslations("manage.notifications");
  const o = await getTranslations("officers.page");
  const preferences = await getPreferences(manager.userId);
  const mailConfigured = configuredChannels().email;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {manager.name} — {manager.email}
      </p>
      <p>{t("session")}</p>
      <p>
        <Link href="/quan-ly/can-bo/cua-toi">{o("ownLink")}</Link>
      </p>
      <h2>{t("changeHeading")}</h2>
      <ChangePasswordForm action={changePasswordAction} />
      <h2 id="thong-bao">{n("heading")}</h2>
      <p>{n("intro", { email: manager.email })}</p>
      {mailConfigured ? null : <p className="notice warn">{n("notConfigured")}</p>}
      <PreferencesForm action={preferencesAction} current={preferences} />
    </>
  );
}
