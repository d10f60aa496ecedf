import "server-only";
import type { Actor } from "@/features/access/permissions";
import { change, type Outcome, type Refusal } from "@/features/access/server/change";
import { wakeDelivery } from "@/features/messaging/server/delivery";
import { enqueueMessages } from "@/features/messaging/server/outbox";
import { phrase } from "@/i18n/phrase";
import { authSecret } from "@/lib/env";
import { type FeedbackAction, feedbackTransition } from "../feedback";
import { trackingTokenFor } from "../reference";
import { replyMessages } from "./notices";
import { getFeedbackItem, listFeedbackAssignees, updateFeedbackStatus } from "./queries";

const NOT_FOUND: Refusal = { reason: "not_found", message: phrase("feedback.errors.notFound") };
const CHANGED: Refusal = { reason: "conflict", message: phrase("feedback.errors.changed") };

/** What a handled item became: its id, for the way back to it. */
export interface Handled {
  id: number;
}

/**
 * The shared steps of every inbox action, in one change: the item must be in the actor's scope (else "not
 * found") and in a unit they administer (viewers read only); the transition must be allowed from its
 * status; then the status-guarded update and its audit entry `feedback.<action>`.
 */
function transition(
  actor: Actor,
  itemId: number,
  action: FeedbackAction,
  input: { note?: string | null; assigneeId?: string; reply?: string; details?: Record<string, unknown> },
): Promise<Outcome<Handled>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    const found = await getFeedbackItem(tx, itemId);
    if (!found) return refuse(NOT_FOUND);
    const { item } = found;
    authorize({ permission: "unit.view", unitId: item.unitId }, NOT_FOUND);
    authorize({ permission: "unit.administer", unitId: item.unitId });
    const allowed = feedbackTransition(action, item.status, { note: input.note });
    if (!allowed.ok) {
      return refuse(
        action === "close" && item.status !== "closed"
          ? { reason: "invalid", message: allowed.message, fieldErrors: { note: allowed.message } }
          : { reason: "conflict", message: allowed.message },
      );
    }
    // Replying to or reopening an item nobody holds makes the acting manager its handler.
    const assigneeId =
      input.assigneeId ??
      (action === "reply" || action === "reopen" ? (item.assigneeId ?? actor.userId) : undefined);
    let assigneeName: string | undefined;
    if (assigneeId && assigneeId !== item.assigneeId) {
      const assignees = await listFeedbackAssignees(tx, item.unitId, actor.scopeUnitIds);
      assigneeName = assignees.find((a) => a.id === assigneeId)?.name;
      if (!assigneeName) {
        const message = phrase("feedback.errors.assigneeOutOfScope");
        return refuse({ reason: "invalid", message, fieldErrors: { assigneeId: message } });
      }
    }
    const now = new Date();
    const updated = await updateFeedbackStatus(
      tx,
      { id: item.id, from: allowed.from, to: allowed.to, assigneeId, reply: input.reply },
      now,
    );
    if (!updated) return refuse(CHANGED);
    // The reply leaves through the outbox, written with it: sent after commit, never lost.
    let deliveries = 0;
    if (action === "reply" && input.reply !== undefined) {
      const token = item.reference ? trackingTokenFor(authSecret(), item.reference) : null;
      deliveries = await enqueueMessages(
        tx,
        replyMessages({ ...item, unitName: found.unitName, reply: input.reply, repliedAt: now }, token),
        now,
      );
    }
    audit({
      action: `feedback.${action}`,
      entity: "feedback",
      entityId: String(item.id),
      unitId: item.unitId,
      details: {
        from: item.status,
        to: allowed.to,
        ...(assigneeName ? { assigneeId, assigneeName } : {}),
        ...(input.note ? { note: input.note } : {}),
        ...(action === "reply" ? { deliveries } : {}),
        ...input.details,
      },
    });
    return { id: item.id };
  });
}

/** Gives an open item to a handler: an administrator of its unit or of a unit above it, within the actor's scope. */
export async function assignFeedback(
  actor: Actor,
  input: { id: number; assigneeId: string },
): Promise<Outcome<Handled>> {
  return transition(actor, input.id, "assign", { assigneeId: input.assigneeId });
}

/** Answers an open item (the acting manager becomes its handler if it had none). */
export async function replyFeedback(
  actor: Actor,
  input: { id: number; reply: string },
): Promise<Outcome<Handled>> {
  const outcome = await transition(actor, input.id, "reply", {
    reply: input.reply,
    details: { replyLength: input.reply.length },
  });
  if (outcome.ok) wakeDelivery();
  return outcome;
}

/** Closes an item; one never answered (spam, duplicates) needs a note saying why. */
export async function closeFeedback(
  actor: Actor,
  input: { id: number; note: string | null },
): Promise<Outcome<Handled>> {
  return transition(actor, input.id, "close", { note: input.note });
}

/** Reopens a closed item. */
export async function reopenFeedback(actor: Actor, input: { id: number }): Promise<Outcome<Handled>> {
  return transition(actor, input.id, "reopen", {});
}
