import "server-only";
import { clearSignInAttempts } from "@/db/queries/sign-in-attempts";
import { auth } from "./auth";
import { accountKey } from "./sign-in-throttle";

/**
 * Staff accounts through better-auth's own context: its password hasher (scrypt) and its adapter, so
 * accounts made here sign in like any other. Roles stay in role_assignments (see db/queries/users.ts).
 */
export async function createStaffAccount(input: { name: string; email: string; password: string }) {
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(input.password);
  const created = await ctx.internalAdapter.createUser(
    { name: input.name, email: input.email, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: created.id,
    providerId: "credential",
    accountId: created.id,
    password: hash,
  });
  return created.id;
}

/**
 * An administrator sets a temporary password: the user's sessions end everywhere (whoever held them is
 * signed out) and a sign-in lock on the account is lifted.
 */
export async function resetStaffPassword(user: { id: string; email: string }, password: string) {
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(password);
  const account = await ctx.internalAdapter.findCredentialAccount(user.id);
  if (account) await ctx.internalAdapter.updateAccount(account.id, { password: hash });
  else {
    await ctx.internalAdapter.linkAccount({
      userId: user.id,
      providerId: "credential",
      accountId: user.id,
      password: hash,
    });
  }
  await ctx.internalAdapter.deleteUserSessions(user.id);
  await clearSignInAttempts(accountKey(user.email));
}
