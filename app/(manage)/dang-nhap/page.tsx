import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getManager } from "@/lib/auth/manager";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập / Sign in", robots: { index: false } };

export default async function SignInPage() {
  if (await getManager()) redirect("/quan-ly");
  return (
    <>
      <header className="site">
        <div className="wrap">
          <span>Hài Lòng — Quản lý / Management</span>
        </div>
      </header>
      <main id="main" className="wrap">
        <h1>Đăng nhập / Sign in</h1>
        <LoginForm />
      </main>
    </>
  );
}
