import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/db/client";
import { account, rateLimit, session, user, verification } from "@/db/schema";
import { authSecret, env } from "../env";
import { signInThrottle } from "./sign-in-throttle-plugin";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./staff";

const EIGHT_HOURS = 8 * 60 * 60;

/** Email + password sign-in for unit staff and managers. Accounts are created by administrators only. */
export const auth = betterAuth({
  appName: "Hài Lòng",
  baseURL: env().PUBLIC_BASE_URL,
  secret: authSecret(),
  database: drizzleAdapter(getDb(), {
    provider: "sqlite",
    schema: { user, session, account, verification, rateLimit },
  }),
  // Passwords are hashed with better-auth's default, scrypt (node:crypto).
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
  },
  // Absolute expiry: a session ends 8 hours after sign-in (one working day), however active it is.
  session: { expiresIn: EIGHT_HOURS, disableSessionRefresh: true },
  // better-auth's limiter guards the HTTP endpoints per address; sign-in throttling per account and
  // client, for server actions too, is the signInThrottle plugin.
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": { window: 60, max: 5 } },
  },
  advanced: {
    useSecureCookies: env().PUBLIC_BASE_URL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  plugins: [signInThrottle(), nextCookies()],
});
