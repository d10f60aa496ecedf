import type { Role } from "@/lib/constants";
import {
  canGrant,
  canGrantTo,
  canManageUser,
  isSystemAdmin,
  type ScopedRole,
  type StaffTarget,
} from "./roles";

/**
 * Who acts in the managers' area: a signed-in staff member and the units their roles reach
 * (features/access/server/actor.ts loads it). Every use case is handed one; nothing else decides access.
 */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  roles: ScopedRole[];
  /** Every unit the actor may see: the subtrees of their role assignments. */
  scopeUnitIds: ReadonlySet<number>;
  /** The roots of those subtrees. */
  rootUnitIds: number[];
  /** Units the actor may change: the subtrees of their unit administrator or system administrator roles. */
  editableUnitIds: ReadonlySet<number>;
  /** May edit the shared procedure catalogue (system administrator, or administrator of a top-level unit). */
  catalogEditor: boolean;
}

/**
 * A unit's one-stop software, acting with the unit's API key (`Authorization: Bearer hl_…`): it records and
 * reads the dossiers of the key's unit subtree and nothing else.
 */
export interface KeyActor {
  apiKeyId: number;
  /** The key's public prefix: what the audit log names. */
  prefix: string;
  unitId: number;
  /** The key's unit and every unit below it. */
  unitIds: ReadonlySet<number>;
}

/**
 * The one vocabulary of access. Every page, route handler, server action and use case asks `can` with one
 * of these; the authorization suites (e2e/authorization.spec.ts, features/access/server/use-cases.test.ts)
 * try each as the wrong actor.
 */
export type Grant =
  /** Read a unit's figures, responses, feedback, dossiers and flagged answers; export them. */
  | { permission: "unit.view"; unitId: number }
  /**
   * Change what a unit offers and shows: procedures offered and local rules, posters, kiosks, its own
   * questionnaires, API keys, feedback handling, decisions on flagged answers.
   */
  | { permission: "unit.administer"; unitId: number }
  /**
   * Record a unit's dossiers: register, update, reschedule with an apology letter, import. Unit
   * administrators, and the API keys of the unit or a unit above it.
   */
  | { permission: "dossier.record"; unitId: number }
  /**
   * Per-officer figures of a unit (opt-in per unit, never public). `officerUserId`: the account linked to
   * the officer whose figures are read, null for every officer of the unit. The unit's administrators —
   * those who administer it in every other respect, through a role on it or on a unit above it — see
   * every officer; an officer whose account is linked sees their own, whatever their role; no one else
   * (not the unit's viewers, not managers of other units, not an API key).
   */
  | { permission: "officer.view"; unitId: number; officerUserId: string | null }
  /** The shared procedure catalogue: procedures, fields, decisions, form files, imports. */
  | { permission: "catalog.edit" }
  /** What belongs to the whole installation: the shipped questionnaires. */
  | { permission: "system.administer" }
  /** A new staff account whose first role is `role` on `unitId` (see canGrant). */
  | { permission: "staff.create"; unitId: number; role: Role }
  /** A staff account: every role its holder has lies within the actor's gift (see canManageUser). */
  | { permission: "staff.manage"; target: StaffTarget }
  /** Grant or revoke `role` on `unitId` for an account the actor manages. */
  | { permission: "staff.assign"; target: StaffTarget; unitId: number; role: Role }
  /** One's own account settings (notification preferences): its holder only. */
  | { permission: "account.own"; userId: string };

export type Permission = Grant["permission"];

export function can(actor: Actor | KeyActor, grant: Grant): boolean {
  if ("apiKeyId" in actor) {
    return (
      (grant.permission === "dossier.record" || grant.permission === "unit.view") &&
      actor.unitIds.has(grant.unitId)
    );
  }
  switch (grant.permission) {
    case "unit.view":
      return actor.scopeUnitIds.has(grant.unitId);
    case "unit.administer":
    case "dossier.record":
      return actor.editableUnitIds.has(grant.unitId);
    case "officer.view":
      return (
        actor.editableUnitIds.has(grant.unitId) ||
        (grant.officerUserId !== null && grant.officerUserId === actor.userId)
      );
    case "catalog.edit":
      return actor.catalogEditor;
    case "system.administer":
      return isSystemAdmin(actor);
    case "staff.create":
      return canGrant(actor, grant.unitId, grant.role);
    case "staff.manage":
      return canManageUser(actor, grant.target);
    case "staff.assign":
      return canGrantTo(actor, grant.target, grant.unitId, grant.role);
    case "account.own":
      return actor.userId === grant.userId;
  }
}

/** A questionnaire shipped with the app (no unit) belongs to system administrators; a unit's own to its administrators. */
export function instrumentGrant(unitId: number | null): Grant {
  return unitId === null ? { permission: "system.administer" } : { permission: "unit.administer", unitId };
}
