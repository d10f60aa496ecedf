import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { countSignInAttempt, refundSignInAttempt } from "@/db/queries/sign-in-attempts";
import { findUserIdByEmail, insertAuditEntry } from "@/db/queries/users";
import {
  accountKey,
  clientAddress,
  clientKey,
  retryAfterSeconds,
  signInLimits,
  throttledMessage,
} from "./sign-in-throttle";

const SIGN_IN = "/sign-in/email";

interface HookContext {
  path?: string;
  body?: unknown;
  headers?: Headers;
  request?: Request;
}

function attempt(ctx: HookContext) {
  const body = ctx.body as { email?: unknown } | undefined;
  const email = typeof body?.email === "string" ? body.email.trim().toLowerCase().slice(0, 200) : "";
  const address = clientAddress(ctx.request?.headers ?? ctx.headers);
  return { email, address };
}

async function audit(action: string, email: string, address: string | null, userId?: string | null) {
  const id = userId ?? (await findUserIdByEmail(email)) ?? null;
  await insertAuditEntry({ userId: id, action, entity: "user", entityId: id, details: { email, address } });
}

/**
 * Sign-in throttling as hooks around better-auth's email sign-in, so it holds for `auth.api.signInEmail`
 * called from the sign-in server action and for the HTTP endpoint alike (better-auth's own rate limiter
 * only guards HTTP requests, per address). See `sign-in-throttle.ts` for the rules.
 */
export function signInThrottle(): BetterAuthPlugin {
  return {
    id: "sign-in-throttle",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN,
          handler: createAuthMiddleware(async (ctx) => {
            const { email, address } = attempt(ctx);
            if (!email) return;
            const counted = await countSignInAttempt(signInLimits(email, address), Date.now());
            const wait = retryAfterSeconds(counted, Date.now());
            if (wait === null) return;
            await audit("sign_in.throttled", email, address);
            throw new APIError(
              "TOO_MANY_REQUESTS",
              { message: throttledMessage(wait) },
              { "Retry-After": String(wait) },
            );
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === SIGN_IN,
          handler: createAuthMiddleware(async (ctx) => {
            const { email, address } = attempt(ctx);
            if (!email) return;
            const returned = ctx.context.returned;
            if (returned instanceof APIError) {
              if (returned.statusCode === 401) await audit("sign_in.failure", email, address);
              return;
            }
            const userId = (returned as { user?: { id?: string } } | undefined)?.user?.id;
            if (!userId) return;
            await refundSignInAttempt(accountKey(email), address ? clientKey(address) : null);
            await audit("sign_in", email, address, userId);
          }),
        },
      ],
    },
  };
}
