import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import type { Lang } from "@/i18n/locales";
import { phrase, sayText } from "@/i18n/phrase";
import { type ActionResult, type ActionState, validatedAction } from "@/lib/action";
import type { Actor } from "../permissions";
import { getActor, getSessionUser, type SessionUser } from "./actor";
import { FORBIDDEN as FORBIDDEN_REFUSAL, type Refusal, refusalStatus } from "./change";

const SIGNED_OUT = phrase("common.form.signedOut");
const CHANGE_PASSWORD_FIRST = phrase("common.form.changePasswordFirst");

type Handler<S extends z.ZodType, R extends ActionState, Who> = (
  data: z.infer<S>,
  who: Who,
  formData: FormData,
) => Promise<NoInfer<ActionResult<R>> | undefined>;

/**
 * A form action of the manage area: the signed-in manager is checked on the server before anything else,
 * then the form is validated (see `validatedAction`); messages come out in the manager's language.
 */
export function managerAction<S extends z.ZodType, R extends ActionState = ActionState>(
  schema: S,
  handler: Handler<S, R, Actor>,
  options: { secretFields?: readonly string[] } = {},
) {
  return validatedAction<S, R>(
    schema,
    async (data, formData) => {
      const manager = await getActor();
      if (!manager) {
        const pending = (await getSessionUser())?.mustChangePassword;
        return { refused: true, message: pending ? CHANGE_PASSWORD_FIRST : SIGNED_OUT } as ActionResult<R>;
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
  handler: Handler<S, R, SessionUser>,
  options: { secretFields?: readonly string[] } = {},
) {
  return validatedAction<S, R>(
    schema,
    async (data, formData) => {
      const user = await getSessionUser();
      if (!user) return { refused: true, message: SIGNED_OUT } as ActionResult<R>;
      return handler(data, user, formData);
    },
    options,
  );
}

/** A refused use case as the form's result: its message, and the field errors it names. */
export function refusedState(refusal: Refusal): ActionResult {
  return refusal.fieldErrors
    ? { refused: true, message: refusal.message, fieldErrors: refusal.fieldErrors }
    : { refused: true, message: refusal.message };
}

export const FORBIDDEN: ActionResult = refusedState(FORBIDDEN_REFUSAL);

/** The staff member's language in a route handler of the manage area. */
async function managerLang(): Promise<Lang> {
  return (await getLocale()) as Lang;
}

/** A refused use case as a route handler's answer (plain text: these routes are posted by forms). */
export async function refusalResponse(refusal: Refusal): Promise<Response> {
  return new Response(sayText(await managerLang(), refusal.message), {
    status: refusalStatus(refusal),
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

/** A route handler of the manage area reached without a usable session. */
export async function signedOutResponse(): Promise<Response> {
  return new Response(sayText(await managerLang(), SIGNED_OUT), {
    status: 401,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
