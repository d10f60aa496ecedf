"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { findUserIdByEmail, getRoleAssignment, grantRole, revokeRole } from "@/db/queries/users";
import {
  canGrant,
  canGrantTo,
  canManageUser,
  canRevokeFrom,
  generatePassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "@/features/access/roles";
import { createStaffAccount, resetStaffPassword } from "@/features/access/server/accounts";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";
import type { ActionState } from "@/lib/action";
import { roles } from "@/lib/constants";
import { loadStaffForManager } from "./load";

/** `secret`: a password shown once, never stored in clear; `refused`: nothing was done. */
export type StaffActionState = ActionState & { secret?: string; refused?: boolean };

const REFUSED: StaffActionState = { ...FORBIDDEN, refused: true };
const NOT_FOUND: StaffActionState = {
  refused: true,
  message: "Không tìm thấy người dùng trong phạm vi của bạn. / User not found in your scope.",
};

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
    if (!canGrant(manager, data.unitId, data.role)) return REFUSED;
    const taken = {
      fieldErrors: { email: "Email này đã có tài khoản / this email already has an account" },
      message: "Vui lòng sửa các lỗi bên dưới. / Please correct the errors below.",
    };
    if (await findUserIdByEmail(data.email)) return taken;
    const password = data.password ?? generatePassword();
    const created = await createStaffAccount(
      { name: data.name, email: data.email, password, unitId: data.unitId, role: data.role },
      { userId: manager.userId, passwordGenerated: data.password === undefined },
    );
    if (!created) return taken;
    revalidatePath("/quan-ly/nguoi-dung");
    return shownOnce(`Đã tạo tài khoản ${data.email}.`, password, data.password !== undefined);
  },
  { secretFields: ["password"] },
);

const grantSchema = z.object({ userId, unitId, role });

export const grantRoleAction = managerAction<typeof grantSchema, StaffActionState>(
  grantSchema,
  async (data, manager) => {
    const member = await loadStaffForManager(manager, data.userId);
    if (!member) return NOT_FOUND;
    if (!canGrantTo(manager, member, data.unitId, data.role)) return REFUSED;
    const id = await grantRole(data, manager.userId);
    if (id === undefined) {
      return { refused: true, message: "Người dùng đã có vai trò này. / The user already has this role." };
    }
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
    const assignment = await getRoleAssignment(data.assignmentId);
    if (!assignment || assignment.userId !== data.userId || !manager.scopeUnitIds.has(assignment.unitId)) {
      return NOT_FOUND;
    }
    const member = await loadStaffForManager(manager, data.userId);
    if (!member) return NOT_FOUND;
    if (!canRevokeFrom(manager, member, assignment)) return REFUSED;
    if (assignment.userId === manager.userId) {
      return {
        refused: true,
        message: "Bạn không thể tự gỡ vai trò của mình. / You cannot revoke your own role.",
      };
    }
    if (!(await revokeRole(assignment, manager.userId))) return NOT_FOUND;
    revalidatePath(`/quan-ly/nguoi-dung/${data.userId}`);
    return { message: "Đã gỡ vai trò. / Role revoked.", values: {} };
  },
);

const resetSchema = z.object({ userId, password: optionalPassword });

export const resetPasswordAction = managerAction<typeof resetSchema, StaffActionState>(
  resetSchema,
  async (data, manager) => {
    const member = await loadStaffForManager(manager, data.userId);
    if (!member) return NOT_FOUND;
    if (!canManageUser(manager, member)) return REFUSED;
    if (member.id === manager.userId) {
      return {
        refused: true,
        message: "Đổi mật khẩu của chính bạn ở trang Tài khoản. / Change your own password under Account.",
      };
    }
    const password = data.password ?? generatePassword();
    await resetStaffPassword(member, password, {
      userId: manager.userId,
      passwordGenerated: data.password === undefined,
    });
    return shownOnce(
      `Đã đặt lại mật khẩu cho ${member.email}; các phiên đăng nhập của người này đã bị đóng.`,
      password,
      data.password !== undefined,
    );
  },
  { secretFields: ["password"] },
);
