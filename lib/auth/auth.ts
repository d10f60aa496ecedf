import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/db/client";
import { account, rateLimit, session, user, verification } from "@/db/schema";
import { authSecret, env } from "../env";

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
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
  session: { expiresIn: EIGHT_HOURS, updateAge: 60 * 60 },
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
  plugins: [nextCookies()],
});
