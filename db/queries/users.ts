import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../client";
import { auditLog, roleAssignments, user } from "../schema";

export async function listRoleAssignments(userId: string) {
  return getDb()
    .select({ unitId: roleAssignments.unitId, role: roleAssignments.role })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
}

export async function insertAuditEntry(entry: typeof auditLog.$inferInsert): Promise<void> {
  await getDb().insert(auditLog).values(entry);
}

export async function findUserIdByEmail(email: string): Promise<string | undefined> {
  const [row] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
  return row?.id;
}
