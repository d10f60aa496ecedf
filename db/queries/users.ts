import "server-only";
import { and, asc, eq, inArray, notExists, sql } from "drizzle-orm";
import type { Role } from "@/lib/constants";
import { getDb } from "../client";
import { auditLog, roleAssignments, units, user } from "../schema";

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

/** The new assignment's id, or undefined when the user already had that role on that unit. */
export async function insertRoleAssignment(row: {
  userId: string;
  unitId: number;
  role: Role;
}): Promise<number | undefined> {
  const [created] = await getDb()
    .insert(roleAssignments)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: roleAssignments.id });
  return created?.id;
}

export async function getRoleAssignment(id: number) {
  const [row] = await getDb().select().from(roleAssignments).where(eq(roleAssignments.id, id));
  return row;
}

export async function deleteRoleAssignment(id: number, userId: string): Promise<boolean> {
  const deleted = await getDb()
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.id, id), eq(roleAssignments.userId, userId)))
    .returning({ id: roleAssignments.id });
  return deleted.length > 0;
}
