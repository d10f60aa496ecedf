import "server-only";
import type { z } from "zod";
import { type ActionState, validatedAction } from "@/lib/action";
import type { Actor } from "../permissions";
import { getActor, getSessionUser, type SessionUser } from "./actor";
import { FORBIDDEN as FORBIDDEN_REFUSAL, type Refusal } from "./change";

const SIGNED_OUT = "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại. / Please sign in again.";
export const CHANGE_PASSWORD_FIRST =
  "Bạn cần đổi mật khẩu tạm thời trước khi làm việc khác. / Change your temporary password first.";

/**
 * A form action of the manage area: the signed-in manager is checked on the server before anything else,
 * then the form is validated (see `validatedAction`).
 */
export function managerAction<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  handler: (data: z.infer<S>, manager: Actor, formData: FormData) => Promise<NoInfer<R> | undefined>,
  options: { secretFields?: readonly string[] } = {},
) {
  return validatedAction<S, R>(
    schema,
    async (data, formData) => {
      const manager = await getActor();
      if (!manager) {
        const pending = (await getSessionUser())?.mustChangePassword;
        return { refused: true, message: pending ? CHANGE_PASSWORD_FIRST : SIGNED_OUT } as R;
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
      if (!user) return { refused: true, message: SIGNED_OUT } as R;
      return handler(data, user, formData);
    },
    options,
  );
}

/** A refused use case as the form's state: its message, and the field errors it names. */
export function refusedState(refusal: Refusal): ActionState {
  return refusal.fieldErrors
    ? { refused: true, message: refusal.message, fieldErrors: refusal.fieldErrors }
    : { refused: true, message: refusal.message };
}

export const FORBIDDEN: ActionState = refusedState(FORBIDDEN_REFUSAL);

const STATUS: Record<Refusal["reason"], number> = {
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
};

/** A refused use case as a route handler's answer (plain text: these routes are posted by forms). */
export function refusalResponse(refusal: Refusal): Response {
  return new Response(refusal.message, {
    status: STATUS[refusal.reason],
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/** A route handler of the manage area reached without a usable session. */
export function signedOutResponse(): Response {
  return new Response(SIGNED_OUT, { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
}
