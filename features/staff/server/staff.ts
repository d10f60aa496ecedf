import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/features/access/permissions";
import { hashPassword, signInKeysOf } from "@/features/access/server/accounts";
import {
  type ConsoleActor,
  change,
  invalid,
  type Outcome,
  type Refusal,
} from "@/features/access/server/change";
import { phrase } from "@/i18n/phrase";
import type { Role } from "@/lib/constants";
import {
  deleteRoleAssignment,
  findUserByEmail,
  getRoleAssignment,
  getStaffMember,
  insertRoleAssignment,
  insertStaffAccount,
  writePasswordReset,
} from "./staff-queries";
import { loadStaffForManager } from "./staff-reads";

const NOT_FOUND: Refusal = { reason: "not_found", message: phrase("staff.errors.notFound") };
const EMAIL_TAKEN = invalid("email", phrase("staff.errors.emailTaken"), phrase("common.form.fixErrors"));

/** A member of staff as the actor may see them (the console sees everyone); undefined alike for absent and elsewhere. */
function visibleMember(
  actor: Actor | ConsoleActor,
  userId: string,
  tx: Parameters<typeof getStaffMember>[1],
) {
  return "console" in actor ? getStaffMember(userId, tx) : loadStaffForManager(actor, userId, tx);
}

/**
 * A staff account made by someone else (an administrator, or `admin:create` on the console) with its
 * first role. Someone else knows the password, so the user must change it at first sign-in.
 */
export async function createStaffAccount(
  actor: Actor | ConsoleActor,
  input: {
    name: string;
    email: string;
    password: string;
    passwordGenerated: boolean;
    unitId: number;
    role: Role;
  },
): Promise<Outcome<{ userId: string; assignmentId: number }>> {
  const email = input.email.trim().toLowerCase();
  // scrypt takes a while: hashed before the write transaction opens.
  const passwordHash = await hashPassword(input.password);
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "staff.create", unitId: input.unitId, role: input.role });
    if (await findUserByEmail(tx, email)) return refuse(EMAIL_TAKEN);
    const userId = randomUUID();
    const created = await insertStaffAccount(
      tx,
      audit,
      { id: userId, name: input.name, email, passwordHash, unitId: input.unitId, role: input.role },
      input.passwordGenerated,
    );
    if (!created) return refuse(EMAIL_TAKEN);
    return { userId, assignmentId: created.assignmentId };
  });
}

/** A further role for a member of staff the actor manages. */
export async function grantStaffRole(
  actor: Actor | ConsoleActor,
  input: { userId: string; unitId: number; role: Role },
): Promise<Outcome<{ assignmentId: number }>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const member = await visibleMember(actor, input.userId, tx);
    if (!member) return refuse(NOT_FOUND);
    authorize({ permission: "staff.assign", target: member, unitId: input.unitId, role: input.role });
    const assignmentId = await insertRoleAssignment(tx, audit, input);
    if (assignmentId === undefined) {
      return refuse({
        reason: "conflict",
        message: phrase("staff.errors.alreadyHasRole"),
      });
    }
    return { assignmentId };
  });
}

/** Takes back one of the roles of a member of staff the actor manages (never the actor's own). */
export async function revokeStaffRole(
  actor: Actor,
  input: { userId: string; assignmentId: number },
): Promise<Outcome<void>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const assignment = await getRoleAssignment(tx, input.assignmentId);
    if (!assignment || assignment.userId !== input.userId || !actor.scopeUnitIds.has(assignment.unitId)) {
      return refuse(NOT_FOUND);
    }
    const member = await loadStaffForManager(actor, input.userId, tx);
    if (!member) return refuse(NOT_FOUND);
    authorize({
      permission: "staff.assign",
      target: member,
      unitId: assignment.unitId,
      role: assignment.role,
    });
    if (assignment.userId === actor.userId) {
      return refuse({
        reason: "forbidden",
        message: phrase("staff.errors.ownRole"),
      });
    }
    if (!(await deleteRoleAssignment(tx, audit, assignment))) return refuse(NOT_FOUND);
  });
}

/**
 * A temporary password for a member of staff the actor manages (never the actor's own: that is the
 * account page): every session of the user ends, the account's sign-in locks are lifted, and the user
 * must change it at the next sign-in.
 */
export async function resetStaffPassword(
  actor: Actor | ConsoleActor,
  input: { userId: string; password: string; passwordGenerated: boolean },
): Promise<Outcome<{ email: string }>> {
  const passwordHash = await hashPassword(input.password);
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const member = await visibleMember(actor, input.userId, tx);
    if (!member) return refuse(NOT_FOUND);
    authorize({ permission: "staff.manage", target: member });
    if (!("console" in actor) && member.id === actor.userId) {
      return refuse({
        reason: "forbidden",
        message: phrase("staff.errors.ownPassword"),
      });
    }
    await writePasswordReset(
      tx,
      audit,
      { userId: member.id, passwordHash, signInKeys: signInKeysOf(member.email) },
      input.passwordGenerated,
    );
    return { email: member.email };
  });
}
