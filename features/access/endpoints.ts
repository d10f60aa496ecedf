/**
 * better-auth's HTTP endpoints the app uses: the sign-in form posts to a server action (which calls
 * `auth.api.signInEmail`), but sign-in, sign-out, the session check and the password change also stay
 * reachable over HTTP, each throttled and audited like its server-side call. Every other endpoint —
 * sign-up, e-mail change and verification, password-reset links, account linking, user updates and
 * deletion, session listing — is refused: the route handler answers 404 for any path not listed here
 * (paths with parameters included), and better-auth's own `disabledPaths` lists the fixed ones too.
 */
export const ALLOWED_AUTH_PATHS = [
  "/sign-in/email",
  "/sign-out",
  "/get-session",
  "/change-password",
] as const;

/** better-auth 1.7's other endpoints with a fixed path (those with a parameter are caught by the handler). */
export const DISABLED_AUTH_PATHS = [
  "/account-info",
  "/change-email",
  "/delete-user",
  "/delete-user/callback",
  "/error",
  "/get-access-token",
  "/link-social",
  "/list-accounts",
  "/list-sessions",
  "/ok",
  "/refresh-token",
  "/request-password-reset",
  "/reset-password",
  "/revoke-other-sessions",
  "/revoke-session",
  "/revoke-sessions",
  "/send-verification-email",
  "/sign-in/social",
  "/sign-up/email",
  "/unlink-account",
  "/update-session",
  "/update-user",
  "/verify-email",
  "/verify-password",
];

export const AUTH_BASE_PATH = "/api/auth";

/** Whether a request path under /api/auth is one of the allowed endpoints (exactly, no trailing slash). */
export function isAllowedAuthPath(pathname: string): boolean {
  if (!pathname.startsWith(`${AUTH_BASE_PATH}/`)) return false;
  return (ALLOWED_AUTH_PATHS as readonly string[]).includes(pathname.slice(AUTH_BASE_PATH.length));
}
