"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/features/access/roles";
import { auth } from "@/features/access/server/auth";
import { sessionUserAction } from "@/features/access/server/manager-action";

const changeSchema = z
  .object({
    currentPassword: z
      .string({ error: "Vui lòng nhập mật khẩu hiện tại / enter your current password" })
      .min(1, { error: "Vui lòng nhập mật khẩu hiện tại / enter your current password" })
      .max(PASSWORD_MAX_LENGTH),
    newPassword: z
      .string({ error: "Vui lòng nhập mật khẩu mới / enter a new password" })
      .min(PASSWORD_MIN_LENGTH, {
        error: `Mật khẩu mới cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự / at least ${PASSWORD_MIN_LENGTH} characters`,
      })
      .max(PASSWORD_MAX_LENGTH, {
        error: `Tối đa ${PASSWORD_MAX_LENGTH} ký tự / at most ${PASSWORD_MAX_LENGTH}`,
      }),
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((d) => d.newPassword === d.confirmPassword, {
    path: ["confirmPassword"],
    error: "Hai lần nhập mật khẩu mới không khớp / the new passwords differ",
  })
  .refine((d) => d.newPassword !== d.currentPassword, {
    path: ["newPassword"],
    error: "Mật khẩu mới phải khác mật khẩu hiện tại / choose a different password",
  });

/**
 * The signed-in user changes their own password. better-auth's endpoint does it, and the passwordChanges
 * plugin around it ends the user's other sessions (this one goes on), lifts a "must change" mark and
 * writes the audit entry — the same for `/api/auth/change-password` called directly. A user who had to
 * change a temporary password goes on to the manage area.
 */
export const changePasswordAction = sessionUserAction(
  changeSchema,
  async (data, user) => {
    try {
      await auth.api.changePassword({
        body: { currentPassword: data.currentPassword, newPassword: data.newPassword },
        headers: await headers(),
      });
    } catch (error) {
      if (!(error instanceof APIError) || error.statusCode !== 400) throw error;
      return {
        fieldErrors: { currentPassword: "Mật khẩu hiện tại không đúng / wrong current password" },
        message: "Vui lòng sửa các lỗi bên dưới. / Please correct the errors below.",
      };
    }
    if (user.mustChangePassword) redirect("/quan-ly");
    return {
      message: "Đã đổi mật khẩu; các phiên đăng nhập khác đã bị đóng. / Password changed.",
      values: {},
    };
  },
  { secretFields: ["currentPassword", "newPassword", "confirmPassword"] },
);
