import type { Metadata } from "next";
import { requireActor } from "@/features/access/server/actor";
import { ChangePasswordForm } from "@/features/staff/ui/user-forms";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Tài khoản", robots: { index: false } };

/** The signed-in user's own account: who they are and a password change. */
export default async function AccountPage() {
  const manager = await requireActor();
  return (
    <>
      <h1>Tài khoản của tôi / My account</h1>
      <p>
        {manager.name} — {manager.email}
      </p>
      <p>Phiên đăng nhập kết thúc sau 8 giờ kể từ khi đăng nhập, hoặc khi bạn đăng xuất.</p>
      <h2>Đổi mật khẩu / Change password</h2>
      <ChangePasswordForm action={changePasswordAction} />
    </>
  );
}
