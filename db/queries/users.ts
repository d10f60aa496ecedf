import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, ne, notExists, or, sql } from "drizzle-orm";
import type { Role } from "@/lib/constants";
import { getDb, type Transaction } from "../client";
import {
  account as accountTable,
  auditLog,
  rateCounters,
  roleAssignments,
  session,
  units,
  user,
} from "../schema";

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

export async function insertAuditEntry(entry: typeof auditLog.$inferInsert): Promise<void> {
  await getDb().insert(auditLog).values(entry);
}

export async function findUserIdByEmail(email: string): Promise<string | undefined> {
  const [row] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, email.toLowerCase()));
  return row?.id;
}

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

async function withRoles(people: Array<Omit<StaffMember, "roles">>): Promise<StaffMember[]> {
  if (people.length === 0) return [];
  const roles = await getDb()
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
  return withRoles(people);
}

export async function getStaffMember(userId: string): Promise<StaffMember | undefined> {
  const people = await getDb().select(staffColumns).from(user).where(eq(user.id, userId));
  return (await withRoles(people))[0];
}

/**
 * Grants a role and audits it in one transaction: the new assignment's id, or undefined when the user
 * already had that role on that unit.
 */
export async function grantRole(
  row: { userId: string; unitId: number; role: Role },
  actorId: string | null,
  via?: string,
): Promise<number | undefined> {
  return getDb().transaction(async (tx) => {
    const [created] = await tx
      .insert(roleAssignments)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: roleAssignments.id });
    if (!created) return undefined;
    await tx.insert(auditLog).values({
      userId: actorId,
      action: "role.grant",
      entity: "role_assignment",
      entityId: String(created.id),
      unitId: row.unitId,
      details: { userId: row.userId, role: row.role, ...(via ? { via } : {}) },
    });
    return created.id;
  });
}

export async function getRoleAssignment(id: number) {
  const [row] = await getDb().select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return row;
}

/** Revokes a role and audits it in one transaction; false when it was already gone. */
export async function revokeRole(
  assignment: { id: number; userId: string; unitId: number; role: Role },
  actorId: string,
): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const deleted = await tx
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.id, assignment.id), eq(roleAssignments.userId, assignment.userId)))
      .returning({ id: roleAssignments.id });
    if (deleted.length === 0) return false;
    await tx.insert(auditLog).values({
      userId: actorId,
      action: "role.revoke",
      entity: "role_assignment",
      entityId: String(assignment.id),
      unitId: assignment.unitId,
      details: { userId: assignment.userId, role: assignment.role },
    });
    return true;
  });
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
 * An administrator's new account with its first role, and both audit entries, in one transaction.
 * Undefined when the e-mail already has an account (checked inside the transaction).
 */
export async function insertStaffAccount(
  account: NewStaffAccount,
  actor: { userId: string | null; passwordGenerated: boolean; via?: string },
): Promise<{ assignmentId: number } | undefined> {
  return getDb().transaction(
    async (tx) => {
      const [taken] = await tx.select({ id: user.id }).from(user).where(eq(user.email, account.email));
      if (taken) return undefined;
      await insertAccountRows(tx, account);
      const [assignment] = await tx
        .insert(roleAssignments)
        .values({ userId: account.id, unitId: account.unitId, role: account.role })
        .returning({ id: roleAssignments.id });
      if (!assignment) throw new Error("role assignment not inserted");
      await tx.insert(auditLog).values([
        {
          userId: actor.userId,
          action: "user.create",
          entity: "user",
          entityId: account.id,
          unitId: account.unitId,
          details: {
            email: account.email,
            role: account.role,
            passwordGenerated: actor.passwordGenerated,
            mustChangePassword: true,
            ...(actor.via ? { via: actor.via } : {}),
          },
        },
        {
          userId: actor.userId,
          action: "role.grant",
          entity: "role_assignment",
          entityId: String(assignment.id),
          unitId: account.unitId,
          details: { userId: account.id, role: account.role },
        },
      ]);
      return { assignmentId: assignment.id };
    },
    { behavior: "immediate" },
  );
}

/**
 * An administrator sets a temporary password: it replaces the old one, must be changed at the next
 * sign-in, every session of the user ends, the account's sign-in locks are lifted, and it is audited —
 * in one transaction.
 */
export async function resetStaffPassword(
  target: { userId: string; passwordHash: string; signInKeys: { exact: string; prefix: string } },
  actor: { userId: string | null; passwordGenerated: boolean; via?: string },
): Promise<void> {
  await getDb().transaction(
    async (tx) => {
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
      await tx.insert(auditLog).values({
        userId: actor.userId,
        action: "password.reset",
        entity: "user",
        entityId: target.userId,
        details: {
          passwordGenerated: actor.passwordGenerated,
          sessionsRevoked: true,
          mustChangePassword: true,
          ...(actor.via ? { via: actor.via } : {}),
        },
      });
    },
    { behavior: "immediate" },
  );
}
