import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ManageHeader } from "@/app/(manage)/manage-header";
import { getSessionUser } from "@/features/access/server/actor";
import { ChangePasswordForm } from "@/features/staff/ui/user-forms";
import { changePasswordAction } from "../../quan-ly/tai-khoan/actions";

export const metadata: Metadata = { title: "Đổi mật khẩu / Change your password", robots: { index: false } };

/**
 * The only page open to a user whose password someone else chose (a new account, a reset, `admin:create`)
 * until they have changed it; every other page, action and route handler of the manage area refuses them.
 */
export default async function RequiredPasswordChangePage() {
  const user = await getSessionUser();
  if (!user) redirect("/dang-nhap");
  if (!user.mustChangePassword) redirect("/quan-ly");
  return (
    <>
      <ManageHeader home={<span>Hài Lòng — Quản lý / Management</span>} />
      <main id="main" className="wrap">
        <h1>Đổi mật khẩu / Change your password</h1>
        <p>
          {user.name} — {user.email}
        </p>
        <p>
          Mật khẩu của bạn do người khác đặt (tài khoản mới hoặc mật khẩu tạm thời). Hãy chọn mật khẩu của
          riêng bạn trước khi tiếp tục. / Your password was set by someone else: choose your own to go on.
        </p>
        <ChangePasswordForm action={changePasswordAction} />
      </main>
    </>
  );
}
