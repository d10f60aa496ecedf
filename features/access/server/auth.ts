import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/db/client";
import { account, rateLimit, session, user, verification } from "@/db/schema";
import { authSecret, env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address.mjs";
import { DISABLED_AUTH_PATHS } from "../endpoints";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../roles";
import { passwordChanges } from "./password-change-plugin";
import { hashedRateLimitStorage } from "./rate-limit-storage";
import { signInThrottle } from "./sign-in-throttle-plugin";

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
  user: {
    additionalFields: {
      // Set when someone else chose the password; see lib/auth/manager.ts. Never set through the API.
      mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
    },
  },
  // Passwords are hashed with better-auth's default, scrypt (node:crypto).
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
  },
  // Absolute expiry: a session ends 8 hours after sign-in (one working day), however active it is.
  session: { expiresIn: EIGHT_HOURS, disableSessionRefresh: true },
  // Only the endpoints the app uses (the route handler refuses the others too: lib/auth/endpoints.ts).
  disabledPaths: DISABLED_AUTH_PATHS,
  // better-auth's limiter guards its HTTP endpoints per client — keyed by the client's hash, never its
  // address (rate-limit-storage.ts); sign-in throttling per account and client, for server actions too,
  // is the signInThrottle plugin.
  rateLimit: {
    enabled: true,
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": { window: 60, max: 5 } },
    customStorage: hashedRateLimitStorage(),
  },
  databaseHooks: {
    // No raw address is stored: sessions keep none.
    session: { create: { before: async (row) => ({ data: { ...row, ipAddress: null } }) } },
  },
  advanced: {
    // The client's address as server.mjs resolved it (a header it sets, dropping any a client sent),
    // never X-Forwarded-For or X-Real-IP straight from the request.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    useSecureCookies: env().PUBLIC_BASE_URL.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  plugins: [signInThrottle(), passwordChanges(), nextCookies()],
});
