"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getFeedbackInScope, listFeedbackAssignees, updateFeedbackStatus } from "@/db/queries/feedback";
import type { Actor } from "@/features/access/permissions";
import { recordEvent } from "@/features/access/server/change";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";
import type { ActionState } from "@/lib/action";
import {
  FEEDBACK_NOTE_MAX,
  FEEDBACK_REPLY_MAX,
  type FeedbackAction,
  feedbackTransition,
} from "@/lib/feedback";

/** `refused`: the action was not carried out (shown as an error even without field errors). */
export type FeedbackActionState = ActionState & { refused?: boolean };

const NOT_FOUND: FeedbackActionState = {
  refused: true,
  message: "Không tìm thấy phản ánh trong phạm vi của bạn. / Feedback item not found in your scope.",
};
const CHANGED: FeedbackActionState = {
  refused: true,
  message:
    "Phản ánh vừa được người khác cập nhật; vui lòng tải lại trang. / The item changed meanwhile; please reload.",
};

const id = z.coerce.number({ error: "Mã phản ánh không hợp lệ" }).int().positive().max(2_000_000_000);

/**
 * The shared steps of every inbox action: the item must be in the manager's scope (else "not found") and
 * in a unit they administer (viewers read only); the transition must be allowed from its status; the
 * status-guarded update and the audit entry follow, then back to the item.
 */
async function transition(
  manager: Actor,
  itemId: number,
  action: FeedbackAction,
  change: { note?: string | null; assigneeId?: string; reply?: string; details?: Record<string, unknown> },
): Promise<FeedbackActionState> {
  const found = await getFeedbackInScope(itemId, manager.scopeUnitIds);
  if (!found) return NOT_FOUND;
  const { item } = found;
  if (!manager.editableUnitIds.has(item.unitId)) return { ...FORBIDDEN, refused: true };
  const allowed = feedbackTransition(action, item.status, { note: change.note });
  if (!allowed.ok) {
    return action === "close" && item.status !== "closed"
      ? { refused: true, message: allowed.message, fieldErrors: { note: allowed.message } }
      : { refused: true, message: allowed.message };
  }
  // Replying to or reopening an item nobody holds makes the acting manager its handler.
  const assigneeId =
    change.assigneeId ??
    (action === "reply" || action === "reopen" ? (item.assigneeId ?? manager.userId) : undefined);
  let assigneeName: string | undefined;
  if (assigneeId && assigneeId !== item.assigneeId) {
    const assignees = await listFeedbackAssignees(item.unitId, manager.scopeUnitIds);
    assigneeName = assignees.find((a) => a.id === assigneeId)?.name;
    if (!assigneeName) {
      const message = "Người được giao không thuộc phạm vi đơn vị này. / Assignee not in scope.";
      return { refused: true, message, fieldErrors: { assigneeId: message } };
    }
  }
  const updated = await updateFeedbackStatus({
    id: item.id,
    unitIds: manager.editableUnitIds,
    from: allowed.from,
    to: allowed.to,
    assigneeId,
    reply: change.reply,
  });
  if (!updated) return CHANGED;
  await recordEvent(manager.userId, {
    action: `feedback.${action}`,
    entity: "feedback",
    entityId: String(item.id),
    unitId: item.unitId,
    details: {
      from: item.status,
      to: allowed.to,
      ...(assigneeName ? { assigneeId, assigneeName } : {}),
      ...(change.note ? { note: change.note } : {}),
      ...change.details,
    },
  });
  redirect(`/quan-ly/phan-anh/${item.id}?xong=${action}`);
}

const assignSchema = z.object({
  id,
  assigneeId: z.string().trim().min(1, { error: "Chọn người xử lý / choose an assignee" }).max(100),
});

export const assignFeedbackAction = managerAction<typeof assignSchema, FeedbackActionState>(
  assignSchema,
  async (data, manager) => transition(manager, data.id, "assign", { assigneeId: data.assigneeId }),
);

const replySchema = z.object({
  id,
  reply: z
    .string({ error: "Vui lòng nhập nội dung trả lời / reply is required" })
    .trim()
    .min(1, { error: "Vui lòng nhập nội dung trả lời / reply is required" })
    .max(FEEDBACK_REPLY_MAX, {
      error: `Tối đa ${FEEDBACK_REPLY_MAX} ký tự / at most ${FEEDBACK_REPLY_MAX} characters`,
    }),
});

export const replyFeedbackAction = managerAction<typeof replySchema, FeedbackActionState>(
  replySchema,
  async (data, manager) =>
    transition(manager, data.id, "reply", { reply: data.reply, details: { replyLength: data.reply.length } }),
);

const closeSchema = z.object({
  id,
  note: z
    .string()
    .trim()
    .max(FEEDBACK_NOTE_MAX, {
      error: `Tối đa ${FEEDBACK_NOTE_MAX} ký tự / at most ${FEEDBACK_NOTE_MAX} characters`,
    })
    .optional()
    .transform((s) => (s ? s : null)),
});

export const closeFeedbackAction = managerAction<typeof closeSchema, FeedbackActionState>(
  closeSchema,
  async (data, manager) => transition(manager, data.id, "close", { note: data.note }),
);

const reopenSchema = z.object({ id });

export const reopenFeedbackAction = managerAction<typeof reopenSchema, FeedbackActionState>(
  reopenSchema,
  async (data, manager) => transition(manager, data.id, "reopen", {}),
);
