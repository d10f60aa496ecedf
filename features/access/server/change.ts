import "server-only";
import { getDb, type Transaction } from "@/db/client";
import { auditLog } from "@/db/schema";
import { phrase, type Text } from "@/i18n/phrase";
import { type Actor, can, type Grant, type KeyActor } from "../permissions";

/** One line of the audit log; who acted is the change's actor. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  unitId?: number | null;
  details?: Record<string, unknown> | null;
}

export type RefusalReason = "forbidden" | "not_found" | "invalid" | "conflict";

/**
 * Why a use case did nothing: shown to the user (form message, field errors) or sent as the HTTP status.
 * Its texts are phrases of the catalogue: the caller, who knows the reader's language, says them.
 */
export interface Refusal {
  reason: RefusalReason;
  message: Text;
  fieldErrors?: Record<string, Text>;
}

const STATUS: Record<RefusalReason, number> = {
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
};

/** The HTTP status of a refusal. */
export function refusalStatus(refusal: Refusal): number {
  return STATUS[refusal.reason];
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export const FORBIDDEN: Refusal = {
  reason: "forbidden",
  message: phrase("common.form.forbidden"),
};

/** A refusal with the message also shown beside one field. */
export function invalid(field: string, message: Text, summary: Text = message): Refusal {
  return { reason: "invalid", message: summary, fieldErrors: { [field]: message } };
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(typeof refusal.message === "string" ? refusal.message : refusal.message.key);
  }
}

/**
 * The server's console (`npm run admin:create`): whoever runs it holds the machine and its database, so
 * every grant holds; its audit entries name no user but the command (`via`).
 */
export interface ConsoleActor {
  console: string;
}

/** Whoever may act through `change`: a staff member, the server's console, a unit's software by its key. */
export type AnyActor = Actor | ConsoleActor | KeyActor;

/** The user an audit entry names: the actor, or nobody for the console and API keys. */
export function actingUserId(actor: AnyActor): string | null {
  return "userId" in actor ? actor.userId : null;
}

/** What an audit entry records beside the user: the console's command or the API key's prefix. */
function actingVia(actor: AnyActor): string | null {
  if ("console" in actor) return actor.console;
  if ("apiKeyId" in actor) return `api_key:${actor.prefix}`;
  return null;
}

/** What a use case's work is handed: the actor, the open transaction, and the three verbs of a change. */
export interface Change {
  readonly actor: AnyActor;
  readonly tx: Transaction;
  /**
   * Goes on only if the actor holds `grant`; otherwise the change is refused and rolled back — with
   * `refusal` when given (e.g. "not found", so ids outside the actor's scope cannot be probed).
   */
  authorize(grant: Grant, refusal?: Refusal): void;
  /** Stops the change, rolling back whatever it wrote. */
  refuse(refusal: Refusal): never;
  /** Records what was done; written in this transaction, so there is no change without its entry. */
  audit(entry: AuditEntry): void;
  /** The input turned out to change nothing (equal content): there is nothing to audit. */
  unchanged(): void;
}

const AUDIT_BATCH = 500;

/**
 * The one path of every state-changing use case: in one write transaction, `work` authorizes the actor
 * for the unit it touches, validates against the stored state, writes, and records its audit entries,
 * which are inserted before the commit — if they cannot be written, nothing is. A change that never
 * authorized, or that wrote without an audit entry, is a programming error and is rolled back too.
 */
export async function change<T>(actor: AnyActor, work: (change: Change) => Promise<T>): Promise<Outcome<T>> {
  const userId = actingUserId(actor);
  try {
    const value = await getDb().transaction(
      async (tx) => {
        let authorized = false;
        let unchanged = false;
        const entries: AuditEntry[] = [];
        const value = await work({
          actor,
          tx,
          authorize(grant, refusal) {
            if (!("console" in actor) && !can(actor, grant)) throw new Refused(refusal ?? FORBIDDEN);
            authorized = true;
          },
          refuse(refusal) {
            throw new Refused(refusal);
          },
          audit(entry) {
            entries.push(entry);
          },
          unchanged() {
            unchanged = true;
          },
        });
        if (!authorized) throw new Error("A change must authorize its actor before it writes.");
        if (entries.length > 0) {
          const via = actingVia(actor);
          // In batches: one statement may bind only so many values (an import records thousands of entries).
          for (let i = 0; i < entries.length; i += AUDIT_BATCH) {
            await tx.insert(auditLog).values(
              entries.slice(i, i + AUDIT_BATCH).map((entry) => ({
                ...entry,
                userId,
                details: via === null ? entry.details : { ...entry.details, via },
              })),
            );
          }
        } else if (!unchanged) {
          throw new Error("A change must leave an audit entry (or declare that it changed nothing).");
        }
        return value;
      },
      { behavior: "immediate" },
    );
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    throw error;
  }
}

/**
 * An event worth the audit log that changes nothing (a sign-in refused, an export read): one insert, so it
 * is written whole or not at all. Changes go through `change`.
 */
export async function recordEvent(userId: string | null, entry: AuditEntry): Promise<void> {
  await getDb()
    .insert(auditLog)
    .values({ ...entry, userId });
}
