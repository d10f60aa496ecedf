import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { langFromAcceptLanguage } from "@/i18n/locales";
import { phrase, say } from "@/i18n/phrase";
import { recordPasswordChange } from "./identity-queries";

const CHANGE_PASSWORD = "/change-password";

/** The stable code of a "new password equals the current one" refusal, and what it says. */
export const SAME_PASSWORD_CODE = "SAME_PASSWORD";
export const SAME_PASSWORD = phrase("access.passwordForm.errors.samePassword");

interface ChangeContext {
  body?: unknown;
  context: { returned?: unknown; authCookies: { sessionToken: { name: string } }; secret: string };
  getSignedCookie(name: string, secret: string): Promise<string | null | false>;
}

/**
 * A password change, whichever way it comes — the account page's action or `/api/auth/change-password`
 * called directly — ends every other session of the user, lifts a "must change password" mark and is
 * audited, as hooks around better-auth's endpoint. The session that made the change goes on (or the one
 * better-auth made in its place when asked to revoke the others itself).
 */
export function passwordChanges(): BetterAuthPlugin {
  return {
    id: "password-changes",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === CHANGE_PASSWORD,
          handler: createAuthMiddleware(async (ctx) => {
            const body = ctx.body as { newPassword?: unknown; currentPassword?: unknown } | undefined;
            // Otherwise a temporary password could be "changed" to itself to lift the mark.
            if (typeof body?.newPassword === "string" && body.newPassword === body.currentPassword) {
              const lang = langFromAcceptLanguage(
                (ctx.request?.headers ?? ctx.headers)?.get("accept-language"),
              );
              throw new APIError("BAD_REQUEST", {
                message: say(lang, SAME_PASSWORD),
                code: SAME_PASSWORD_CODE,
              });
            }
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === CHANGE_PASSWORD,
          handler: createAuthMiddleware(async (raw) => {
            const ctx = raw as unknown as ChangeContext;
            const returned = ctx.context.returned as
              | { token?: string | null; user?: { id?: string } }
              | undefined;
            if (returned instanceof APIError || !returned?.user?.id) return;
            const current = await ctx.getSignedCookie(
              ctx.context.authCookies.sessionToken.name,
              ctx.context.secret,
            );
            const keep = returned.token ?? (current || null);
            await recordPasswordChange(returned.user.id, keep);
          }),
        },
      ],
    },
  };
}
