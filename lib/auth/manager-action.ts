import "server-only";
import type { z } from "zod";
import { type ActionState, validatedAction } from "../action";
import { getManager, type Manager } from "./manager";

const SIGNED_OUT = "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại. / Please sign in again.";

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
      if (!manager) return { message: SIGNED_OUT } as R;
      return handler(data, manager, formData);
    },
    options,
  );
}

export const FORBIDDEN: ActionState = {
  message: "Bạn không có quyền thực hiện thao tác này. / You are not allowed to do this.",
};
