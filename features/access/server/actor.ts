import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "../permissions";
import { auth } from "./auth";
import { loadActor } from "./load-actor";

/** Where a user whose password someone else chose must go first (outside the manage area's layout). */
export { loadActor };

export const PASSWORD_CHANGE_PATH = "/dang-nhap/doi-mat-khau";

export interface SessionUser {
  userId: string;
  name: string;
  email: string;
  /** Someone else chose the password (an administrator, `admin:create`): it must be changed first. */
  mustChangePassword: boolean;
}

/** Whoever holds a valid session, roles or not, password changed or not. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const found = await auth.api.getSession({ headers: await headers() });
  if (!found) return null;
  return {
    userId: found.user.id,
    name: found.user.name,
    email: found.user.email,
    mustChangePassword: found.user.mustChangePassword === true,
  };
});

/**
 * The signed-in manager with their unit scope, or null — null too until a user who must change their
 * password has done so, so every page, action and route handler of the manage area refuses them.
 * Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await getSessionUser();
  if (!user || user.mustChangePassword) return null;
  return loadActor(user);
});

/**
 * For pages and actions of the manage area: redirects to sign-in when there is no manager, or to the
 * password change when the user must change their password first.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const user = await getSessionUser();
  redirect(user?.mustChangePassword ? PASSWORD_CHANGE_PATH : "/dang-nhap");
}
