import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, roleAssignments, session, units, user } from "@/db/schema";

/** A user's roles; `atRoot`: the role's unit has no parent (the only place a system administrator exists). */
export async function listRoleAssignments(userId: string) {
  return getDb()
    .select({
      unitId: roleAssignments.unitId,
      role: roleAssignments.role,
      atRoot: sql<boolean>`${units.parentId} IS NULL`.mapWith(Boolean),
    })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(eq(roleAssignments.userId, userId));
}

export async function findUserIdByEmail(email: string): Promise<string | undefined> {
  const [row] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
  return row?.id;
}

/**
 * After a password change (any path): every other session of the user ends, the "must change password"
 * mark is lifted, and the change is audited — in one transaction.
 */
export async function recordPasswordChange(userId: string, keepSessionToken: string | null): Promise<number> {
  return getDb().transaction(async (tx) => {
    const ended = await tx
      .delete(session)
      .where(
        keepSessionToken
          ? and(eq(session.userId, userId), ne(session.token, keepSessionToken))
          : eq(session.userId, userId),
      )
      .returning({ id: session.id });
    await tx
      .update(user)
      .set({ mustChangePassword: false, updatedAt: new Date() })
      .where(eq(user.id, userId));
    await tx.insert(auditLog).values({
      userId,
      action: "password.change",
      entity: "user",
      entityId: userId,
      details: { otherSessionsRevoked: ended.length },
    });
    return ended.length;
  });
}
