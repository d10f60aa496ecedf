import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import {
  clearSignInBuckets,
  countSignInAttempt,
  refundSignInAttempt,
} from "@/features/access/server/sign-in-attempt-queries";
import { langFromAcceptLanguage } from "@/i18n/locales";
import { say } from "@/i18n/phrase";
import { clientHash, requestClientAddress } from "@/lib/client-identity";
import { authSecret } from "@/lib/env";
import {
  exhausted,
  keysToRefundOnRefusal,
  normalizeEmail,
  retryAfterSeconds,
  SIGN_IN_WINDOW_MS,
  signInLimits,
  THROTTLED_CODE,
  throttledMinutes,
  throttledPhrase,
} from "../sign-in-throttle";
import { recordEvent } from "./change";
import { findUserIdByEmail } from "./identity-queries";

const SIGN_IN = "/sign-in/email";

interface HookContext {
  body?: unknown;
  headers?: Headers;
  request?: Request;
}

/** The attempt's e-mail and client: the keyed hash of the address server.mjs stamped, or null. */
function attempt(ctx: HookContext, now: Date) {
  const body = ctx.body as { email?: unknown } | undefined;
  const email = typeof body?.email === "string" ? normalizeEmail(body.email).slice(0, 200) : "";
  const address = requestClientAddress(ctx.request?.headers ?? ctx.headers);
  const client = address ? clientHash(address, authSecret(), now) : null;
  return { email, client, limits: email ? signInLimits(email, client, authSecret()) : [] };
}

/** Audited with the client's hash: never its address, never a password. */
async function audit(
  action: string,
  email: string,
  client: string | null,
  userId?: string | null,
  more: Record<string, unknown> = {},
) {
  const id = userId ?? (await findUserIdByEmail(email)) ?? null;
  await recordEvent(id, {
    action,
    entity: "user",
    entityId: id,
    details: { email, client, ...more },
  });
}

/**
 * Sign-in throttling as hooks around better-auth's email sign-in, so it holds for `auth.api.signInEmail`
 * called from the sign-in server action and for the HTTP endpoint alike. See `sign-in-throttle.ts`.
 */
export function signInThrottle(): BetterAuthPlugin {
  return {
    id: "sign-in-throttle",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN,
          handler: createAuthMiddleware(async (ctx) => {
            const now = new Date();
            const { email, client, limits } = attempt(ctx, now);
            if (!email) return;
            const counted = await countSignInAttempt(limits, now.getTime(), SIGN_IN_WINDOW_MS);
            const wait = retryAfterSeconds(counted, now.getTime());
            if (wait === null) return;
            await refundSignInAttempt(keysToRefundOnRefusal(counted));
            await audit("sign_in.throttled", email, client, null, {
              locked: exhausted(counted).map((a) => a.bucket),
            });
            // The HTTP answer speaks the client's Accept-Language; the sign-in form says the code's phrase
            // in the staff member's language.
            const minutes = throttledMinutes(wait);
            const lang = langFromAcceptLanguage(
              (ctx.request?.headers ?? ctx.headers)?.get("accept-language"),
            );
            throw new APIError(
              "TOO_MANY_REQUESTS",
              { message: say(lang, throttledPhrase(minutes)), code: THROTTLED_CODE, minutes },
              { "Retry-After": String(wait) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN,
          handler: createAuthMiddleware(async (ctx) => {
            const { email, client, limits } = attempt(ctx, new Date());
            if (!email) return;
            const returned = ctx.context.returned;
            if (returned instanceof APIError) {
              if (returned.statusCode === 401) await audit("sign_in.failure", email, client);
              return;
            }
            const userId = (returned as { user?: { id?: string } } | undefined)?.user?.id;
            if (!userId) return;
            // The owner's own slips at this client are forgiven; elsewhere the counts stay.
            await clearSignInBuckets(limits.filter((l) => l.bucket === "pair").map((l) => l.key));
            await refundSignInAttempt(limits.filter((l) => l.bucket !== "pair").map((l) => l.key));
            await audit("sign_in", email, client, userId);
          }),
        },
      ],
    },
  };
}
