"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { generatePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/features/access/roles";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import {
  createStaffAccount,
  grantStaffRole,
  resetStaffPassword,
  revokeStaffRole,
} from "@/features/staff/server/staff";
import type { ActionState } from "@/lib/action";
import { roles } from "@/lib/constants";

/** `secret`: a password shown once, never stored in clear. */
export type StaffActionState = ActionState & { secret?: string };

const unitId = z.coerce.number({ error: "Chọn đơn vị / choose a unit" }).int().positive().max(2_000_000_000);
const role = z.enum(roles, { error: "Chọn vai trò / choose a role" });
const userId = z.string().trim().min(1).max(100);
/** Blank: the server generates one. */
const optionalPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH, { error: `Tối đa ${PASSWORD_MAX_LENGTH} ký tự / at most ${PASSWORD_MAX_LENGTH}` })
  .optional()
  .transform((s) => (s ? s : undefined))
  .refine((s) => s === undefined || s.length >= PASSWORD_MIN_LENGTH, {
    error: `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự / at least ${PASSWORD_MIN_LENGTH} characters`,
  });

function shownOnce(what: string, password: string, typed: boolean): StaffActionState {
  return typed
    ? {
        message: `${what} Người dùng phải đổi mật khẩu này khi đăng nhập lần đầu. / It must be changed at first sign-in.`,
        values: {},
      }
    : {
        message: `${what} Mật khẩu tạm thời dưới đây chỉ hiển thị một lần: hãy trao cho người dùng; người dùng phải đổi mật khẩu khi đăng nhập lần đầu. / The temporary password below is shown once; it must be changed at first sign-in.`,
        secret: password,
        values: {},
      };
}

const createSchema = z.object({
  name: z.string().trim().min(1, { error: "Vui lòng nhập họ tên / name is required" }).max(200),
  email: z.email({ error: "Email không hợp lệ / invalid email" }).trim().toLowerCase().max(200),
  password: optionalPassword,
  unitId,
  role,
});

export const createUserAction = managerAction<typeof createSchema, StaffActionState>(
  createSchema,
  async (data, manager) => {
    const password = data.password ?? generatePassword();
    const outcome = await createStaffAccount(manager, {
      name: data.name,
      email: data.email,
      password,
      passwordGenerated: data.password === undefined,
      unitId: data.unitId,
      role: data.role,
    });
    if (!outcome.ok) return refusedState(outcome.refusal);
    revalidatePath("/quan-ly/nguoi-dung");
    return shownOnce(`Đã tạo tài khoản ${data.email}.`, password, data.password !== undefined);
  },
  { secretFields: ["password"] },
);

const grantSchema = z.object({ userId, unitId, role });

export const grantRoleAction = managerAction<typeof grantSchema, StaffActionState>(
  grantSchema,
  async (data, manager) => {
    const outcome = await grantStaffRole(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    revalidatePath(`/quan-ly/nguoi-dung/${data.userId}`);
    return { message: "Đã giao vai trò. / Role granted.", values: {} };
  },
);

const revokeSchema = z.object({
  userId,
  assignmentId: z.coerce.number().int().positive().max(2_000_000_000),
});

export const revokeRoleAction = managerAction<typeof revokeSchema, StaffActionState>(
  revokeSchema,
  async (data, manager) => {
    const outcome = await revokeStaffRole(manager, data);
    if (!outcome.ok) return refusedState(outcome.refusal);
    revalidatePath(`/quan-ly/nguoi-dung/${data.userId}`);
    return { message: "Đã gỡ vai trò. / Role revoked.", values: {} };
  },
);

const resetSchema = z.object({ userId, password: optionalPassword });

export const resetPasswordAction = managerAction<typeof resetSchema, StaffActionState>(
  resetSchema,
  async (data, manager) => {
    const password = data.password ?? generatePassword();
    const outcome = await resetStaffPassword(manager, {
      userId: data.userId,
      password,
      passwordGenerated: data.password === undefined,
    });
    if (!outcome.ok) return refusedState(outcome.refusal);
    return shownOnce(
      `Đã đặt lại mật khẩu cho ${outcome.value.email}; các phiên đăng nhập của người này đã bị đóng.`,
      password,
      data.password !== undefined,
    );
  },
  { secretFields: ["password"] },
);
