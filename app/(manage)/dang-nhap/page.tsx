import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/app/demo-banner";
import { getActor, getSessionUser, PASSWORD_CHANGE_PATH } from "@/features/access/server/actor";
import { LanguageSwitch } from "../language-switch";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("access.signIn");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage() {
  if (await getActor()) redirect("/quan-ly");
  if ((await getSessionUser())?.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  const t = await getTranslations("access.signIn");
  return (
    <>
      <header>
        <div className="site">
          <div className="wrap">
            <span>{t("header")}</span>
            <LanguageSwitch />
          </div>
        </div>
        <DemoBanner />
      </header>
      <main id="main" className="wrap">
        <h1>{t("title")}</h1>
        <LoginForm />
      </main>
    </>
  );
}
