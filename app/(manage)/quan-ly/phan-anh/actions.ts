"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { Outcome } from "@/features/access/server/change";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { FEEDBACK_NOTE_MAX, FEEDBACK_REPLY_MAX, type FeedbackAction } from "@/features/feedback/feedback";
import {
  assignFeedback,
  closeFeedback,
  type Handled,
  reopenFeedback,
  replyFeedback,
} from "@/features/feedback/server/handling";
import type { ActionResult, ActionState } from "@/lib/action";

export type FeedbackActionState = ActionState;

const INVALID_ID = { error: "feedback.errors.invalidId" } as const;
const id = z.coerce.number(INVALID_ID).int(INVALID_ID).positive(INVALID_ID).max(2_000_000_000, INVALID_ID);

/** A refused action stays on the form with its message; a done one goes back to the item. */
function backToItem(outcome: Outcome<Handled>, action: FeedbackAction): ActionResult<FeedbackActionState> {
  if (!outcome.ok) return refusedState(outcome.refusal);
  redirect(`/quan-ly/phan-anh/${outcome.value.id}?xong=${action}`);
}

const assignSchema = z.object({
  id,
  assigneeId: z
    .string({ error: "feedback.errors.assigneeRequired" })
    .trim()
    .min(1, { error: "feedback.errors.assigneeRequired" })
    .max(100, { error: "feedback.errors.assigneeRequired" }),
});

export const assignFeedbackAction = managerAction<typeof assignSchema, FeedbackActionState>(
  assignSchema,
  async (data, manager) => backToItem(await assignFeedback(manager, data), "assign"),
);

const replySchema = z.object({
  id,
  reply: z
    .string({ error: "feedback.errors.replyRequired" })
    .trim()
    .min(1, { error: "feedback.errors.replyRequired" })
    .max(FEEDBACK_REPLY_MAX, { error: "feedback.errors.replyTooLong" }),
});

export const replyFeedbackAction = managerAction<typeof replySchema, FeedbackActionState>(
  replySchema,
  async (data, manager) => backToItem(await replyFeedback(manager, data), "reply"),
);

const closeSchema = z.object({
  id,
  note: z
    .string()
    .trim()
    .max(FEEDBACK_NOTE_MAX, { error: "feedback.errors.noteTooLong" })
    .optional()
    .transform((s) => (s ? s : null)),
});

export const closeFeedbackAction = managerAction<typeof closeSchema, FeedbackActionState>(
  closeSchema,
  async (data, manager) => backToItem(await closeFeedback(manager, data), "close"),
);

const reopenSchema = z.object({ id });

export const reopenFeedbackAction = managerAction<typeof reopenSchema, FeedbackActionState>(
  reopenSchema,
  async (data, manager) => backToItem(await reopenFeedback(manager, data), "reopen"),
);
