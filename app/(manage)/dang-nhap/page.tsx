import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DemoBanner } from "@/app/demo-banner";
import { getActor, getSessionUser, PASSWORD_CHANGE_PATH } from "@/features/access/server/actor";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập / Sign in", robots: { index: false } };

export default async function SignInPage() {
  if (await getActor()) redirect("/quan-ly");
  if ((await getSessionUser())?.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  return (
    <>
      <header>
        <div className="site">
          <div className="wrap">
            <span>Hài Lòng — Quản lý / Management</span>
          </div>
        </div>
        <DemoBanner />
      </header>
      <main id="main" className="wrap">
        <h1>Đăng nhập / Sign in</h1>
        <LoginForm />
      </main>
    </>
  );
}
