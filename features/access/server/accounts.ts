import "server-only";
import { authSecret } from "@/lib/env";
import { accountDigest, accountKey, pairKeyPrefix } from "../sign-in-throttle";
import { auth } from "./auth";

/** better-auth's configured password hasher (scrypt), so an account made here signs in like any other. */
export async function hashPassword(password: string): Promise<string> {
  return (await auth.$context).password.hash(password);
}

/** The sign-in throttle's keys of an account (its locks are lifted when someone resets its password). */
export function signInKeysOf(email: string): { exact: string; prefix: string } {
  const digest = accountDigest(email, authSecret());
  return { exact: accountKey(digest), prefix: pairKeyPrefix(digest) };
}
