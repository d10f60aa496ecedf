import "server-only";
import { randomUUID } from "node:crypto";
import {
  insertStaffAccount,
  type NewStaffAccount,
  resetStaffPassword as writePasswordReset,
} from "@/db/queries/users";
import type { Role } from "@/lib/constants";
import { authSecret } from "@/lib/env";
import { accountDigest, accountKey, pairKeyPrefix } from "../sign-in-throttle";
import { auth } from "./auth";

/** Who did it, for the audit entry: a manager, or nobody (`admin:create` on the server's console). */
export interface AccountActor {
  userId: string | null;
  passwordGenerated: boolean;
  via?: string;
}

/** better-auth's configured password hasher (scrypt), so the account signs in like any other. */
async function hashPassword(password: string): Promise<string> {
  return (await auth.$context).password.hash(password);
}

/**
 * A staff account made by someone else (an administrator, or `admin:create`): the user, the credential,
 * the first role and the audit entries in one transaction. Someone else knows the password, so the user
 * must change it at first sign-in. Undefined when the e-mail already has an account.
 */
export async function createStaffAccount(
  input: { name: string; email: string; password: string; unitId: number; role: Role },
  actor: AccountActor,
): Promise<{ userId: string; assignmentId: number } | undefined> {
  const account: NewStaffAccount = {
    id: randomUUID(),
    name: input.name,
    email: input.email.trim().toLowerCase(),
    passwordHash: await hashPassword(input.password),
    unitId: input.unitId,
    role: input.role,
  };
  const created = await insertStaffAccount(account, actor);
  return created ? { userId: account.id, assignmentId: created.assignmentId } : undefined;
}

/**
 * A temporary password set by someone else: the user's sessions end everywhere (whoever held them is
 * signed out), sign-in locks on the account are lifted, the user must change it at the next sign-in.
 */
export async function resetStaffPassword(
  target: { id: string; email: string },
  password: string,
  actor: AccountActor,
): Promise<void> {
  const digest = accountDigest(target.email, authSecret());
  await writePasswordReset(
    {
      userId: target.id,
      passwordHash: await hashPassword(password),
      signInKeys: { exact: accountKey(digest), prefix: pairKeyPrefix(digest) },
    },
    actor,
  );
}
