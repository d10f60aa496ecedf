import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, notExists, or, sql } from "drizzle-orm";
import { type Executor, getDb, type Transaction } from "@/db/client";
import { account as accountTable, rateCounters, roleAssignments, session, units, user } from "@/db/schema";
import type { AuditEntry } from "@/features/access/server/change";
import type { Role } from "@/lib/constants";

export interface StaffRole {
  id: number;
  unitId: number;
  unitName: string;
  role: Role;
}

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  createdAt: Date;
  /** Every role of the user, in scope or not: callers decide what to show and what it allows. */
  roles: StaffRole[];
}

async function withRoles(db: Executor, people: Array<Omit<StaffMember, "roles">>): Promise<StaffMember[]> {
  if (people.length === 0) return [];
  const roles = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      unitId: roleAssignments.unitId,
      unitName: units.name,
      role: roleAssignments.role,
    })
    .from(roleAssignments)
    .innerJoin(units, eq(units.id, roleAssignments.unitId))
    .where(
      inArray(
        roleAssignments.userId,
        people.map((p) => p.id),
      ),
    )
    .orderBy(asc(units.name), asc(roleAssignments.role));
  return people.map((p) => ({
    ...p,
    roles: roles.filter((r) => r.userId === p.id).map(({ userId: _, ...r }) => r),
  }));
}

const staffColumns = { id: user.id, name: user.name, email: user.email, createdAt: user.createdAt };

/** Users with a role on one of `unitIds`; with `withoutRoles`, also users left without any role. */
export async function listStaff(unitIds: readonly number[], withoutRoles: boolean): Promise<StaffMember[]> {
  if (unitIds.length === 0 && !withoutRoles) return [];
  const inScope = getDb()
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(inArray(roleAssignments.unitId, [...unitIds, -1]));
  const noRole = notExists(
    getDb().select({ one: sql`1` }).from(roleAssignments).where(eq(roleAssignments.userId, user.id)),
  );
  const people = await getDb()
    .select(staffColumns)
    .from(user)
    .where(withoutRoles ? sql`(${user.id} IN ${inScope} OR ${noRole})` : sql`${user.id} IN ${inScope}`)
    .orderBy(asc(user.name));
  return withRoles(getDb(), people);
}

export async function getStaffMember(
  userId: string,
  db: Executor = getDb(),
): Promise<StaffMember | undefined> {
  const people = await db.select(staffColumns).from(user).where(eq(user.id, userId));
  return (await withRoles(db, people))[0];
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
  return row;
}

/**
 * Grants a role and audits it in one transaction: the new assignment's id, or undefined when the user
 * already had that role on that unit.
 */
export async function insertRoleAssignment(
  tx: Tx,
  audit: Audit,
  row: { userId: string; unitId: number; role: Role },
): Promise<number | undefined> {
  const [created] = await tx
    .insert(roleAssignments)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: roleAssignments.id });
  if (!created) return undefined;
  audit({
    action: "role.grant",
    entity: "role_assignment",
    entityId: String(created.id),
    unitId: row.unitId,
    details: { userId: row.userId, role: row.role },
  });
  return created.id;
}

export async function getRoleAssignment(db: Executor, id: number) {
  const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return row;
}

/** Revokes a role, audited; false when it was already gone. */
export async function deleteRoleAssignment(
  tx: Tx,
  audit: Audit,
  assignment: { id: number; userId: string; unitId: number; role: Role },
): Promise<boolean> {
  const deleted = await tx
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.id, assignment.id), eq(roleAssignments.userId, assignment.userId)))
    .returning({ id: roleAssignments.id });
  if (deleted.length === 0) return false;
  audit({
    action: "role.revoke",
    entity: "role_assignment",
    entityId: String(assignment.id),
    unitId: assignment.unitId,
    details: { userId: assignment.userId, role: assignment.role },
  });
  return true;
}

export interface NewStaffAccount {
  id: string;
  name: string;
  email: string;
  /** better-auth's scrypt hash (`ctx.password.hash`). */
  passwordHash: string;
  unitId: number;
  role: Role;
}

type Tx = Transaction;
type Audit = (entry: AuditEntry) => void;

/** The user row and its credential account, made to change the password at first sign-in. */
async function insertAccountRows(tx: Tx, account: NewStaffAccount) {
  await tx.insert(user).values({
    id: account.id,
    name: account.name,
    email: account.email,
    emailVerified: true,
    mustChangePassword: true,
  });
  await tx.insert(accountTable).values({
    id: randomUUID(),
    accountId: account.id,
    providerId: "credential",
    userId: account.id,
    password: account.passwordHash,
  });
}

/**
 * A new account with its first role, and both audit entries. Undefined when the e-mail already has an
 * account (checked inside the transaction).
 */
export async function insertStaffAccount(
  tx: Tx,
  audit: Audit,
  account: NewStaffAccount,
  passwordGenerated: boolean,
): Promise<{ assignmentId: number } | undefined> {
  const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, account.email));
  if (taken) return undefined;
  await insertAccountRows(tx, account);
  const [assignment] = await tx
    .insert(roleAssignments)
    .values({ userId: account.id, unitId: account.unitId, role: account.role })
    .returning({ id: roleAssignments.id });
  if (!assignment) throw new Error("role assignment not inserted");
  audit({
    action: "user.create",
    entity: "user",
    entityId: account.id,
    unitId: account.unitId,
    details: {
      email: account.email,
      role: account.role,
      passwordGenerated,
      mustChangePassword: true,
    },
  });
  audit({
    action: "role.grant",
    entity: "role_assignment",
    entityId: String(assignment.id),
    unitId: account.unitId,
    details: { userId: account.id, role: account.role },
  });
  return { assignmentId: assignment.id };
}

/**
 * A temporary password set by someone else: it replaces the old one, must be changed at the next
 * sign-in, every session of the user ends, the account's sign-in locks are lifted; audited.
 */
export async function writePasswordReset(
  tx: Tx,
  audit: Audit,
  target: { userId: string; passwordHash: string; signInKeys: { exact: string; prefix: string } },
  passwordGenerated: boolean,
): Promise<void> {
  const updated = await tx
    .update(accountTable)
    .set({ password: target.passwordHash, updatedAt: new Date() })
    .where(and(eq(accountTable.userId, target.userId), eq(accountTable.providerId, "credential")))
    .returning({ id: accountTable.id });
  if (updated.length === 0) {
    await tx.insert(accountTable).values({
      id: randomUUID(),
      accountId: target.userId,
      providerId: "credential",
      userId: target.userId,
      password: target.passwordHash,
    });
  }
  await tx
    .update(user)
    .set({ mustChangePassword: true, updatedAt: new Date() })
    .where(eq(user.id, target.userId));
  await tx.delete(session).where(eq(session.userId, target.userId));
  await tx
    .delete(rateCounters)
    .where(
      or(
        eq(rateCounters.key, target.signInKeys.exact),
        sql`substr(${rateCounters.key}, 1, ${target.signInKeys.prefix.length}) = ${target.signInKeys.prefix}`,
      ),
    );
  audit({
    action: "password.reset",
    entity: "user",
    entityId: target.userId,
    details: { passwordGenerated, sessionsRevoked: true, mustChangePassword: true },
  });
}
