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
import { phrase } from "@/i18n/phrase";
import type { ActionResult, ActionState } from "@/lib/action";
import { roles } from "@/lib/constants";

/** `secret`: a password shown once, never stored in clear. */
export type StaffActionState = ActionState & { secret?: string };

const unitId = z.coerce
  .number({ error: "staff.errors.unitRequired" })
  .int({ error: "staff.errors.unitRequired" })
  .positive({ error: "staff.errors.unitRequired" })
  .max(2_000_000_000, { error: "staff.errors.unitRequired" });
const role = z.enum(roles, { error: "staff.errors.roleRequired" });
const userId = z.string().trim().min(1).max(100);
/** Blank: the server generates one. */
const optionalPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH, { error: "access.passwordForm.errors.tooLong" })
  .optional()
  .transform((s) => (s ? s : undefined))
  .refine((s) => s === undefined || s.length >= PASSWORD_MIN_LENGTH, {
    error: "staff.errors.passwordTooShort",
  });

/** A password someone else chose: typed by the administrator, or generated and shown once. */
function shownOnce(
  done: "created" | "reset",
  email: string,
  password: string,
  typed: boolean,
): ActionResult<StaffActionState> {
  return typed
    ? { message: phrase(`staff.done.${done}Typed`, { email }), values: {} }
    : { message: phrase(`staff.done.${done}ShownOnce`, { email }), secret: password, values: {} };
}

const createSchema = z.object({
  name: z.string().trim().min(1, { error: "staff.errors.nameRequired" }).max(200),
  email: z.email({ error: "staff.errors.emailInvalid" }).trim().toLowerCase().max(200),
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
    return shownOnce("created", data.email, password, data.password !== undefined);
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
    return { message: phrase("staff.done.granted"), values: {} };
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
    return { message: phrase("staff.done.revoked"), values: {} };
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
    return shownOnce("reset", outcome.value.email, password, data.password !== undefined);
  },
  { secretFields: ["password"] },
);
