import "server-only";
import type { z } from "zod";
import { type ActionState, validatedAction } from "../action";
import { getManager, getSessionUser, type Manager, type SessionUser } from "./manager";

const SIGNED_OUT = "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại. / Please sign in again.";
export const CHANGE_PASSWORD_FIRST =
  "Bạn cần đổi mật khẩu tạm thời trước khi làm việc khác. / Change your temporary password first.";

/**
 * A form action of the manage area: the signed-in manager is checked on the server before anything else,
 * then the form is validated (see `validatedAction`).
 */
export function managerAction<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  handler: (data: z.infer<S>, manager: Manager, formData: FormData) => Promise<NoInfer<R> | undefined>,
  options: { secretFields?: readonly string[] } = {},
) {
  return validatedAction<S, R>(
    schema,
    async (data, formData) => {
      const manager = await getManager();
      if (!manager) {
        const pending = (await getSessionUser())?.mustChangePassword;
        return { message: pending ? CHANGE_PASSWORD_FIRST : SIGNED_OUT } as R;
      }
      return handler(data, manager, formData);
    },
    options,
  );
}

/**
 * A form action on the signed-in user's own account (the password change): any valid session, including
 * one whose password must be changed first.
 */
export function sessionUserAction<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  handler: (data: z.infer<S>, user: SessionUser, formData: FormData) => Promise<NoInfer<R> | undefined>,
  options: { secretFields?: readonly string[] } = {},
) {
  return validatedAction<S, R>(
    schema,
    async (data, formData) => {
      const user = await getSessionUser();
      if (!user) return { message: SIGNED_OUT } as R;
      return handler(data, user, formData);
    },
    options,
  );
}

export const FORBIDDEN: ActionState = {
  message: "Bạn không có quyền thực hiện thao tác này. / You are not allowed to do this.",
};
