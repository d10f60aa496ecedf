"use client";

import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

type State = ActionState;
type Action = (prev: State, fd: FormData) => Promise<State>;

/** One inbox action: the item id travels in the form, the server checks scope and status again. */
function FeedbackForm({
  action,
  itemId,
  submitLabel,
  secondary,
  children,
}: {
  action: Action;
  itemId: number;
  submitLabel: string;
  secondary?: boolean;
  children?: (state: State) => React.ReactNode;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ id: String(itemId) }}
      submitLabel={submitLabel}
      secondary={secondary}
    >
      {children}
    </ActionForm>
  );
}

export function AssignFeedbackForms({
  action,
  itemId,
  assignees,
  currentAssigneeId,
  myId,
}: {
  action: Action;
  itemId: number;
  assignees: Array<{ id: string; name: string; email: string }>;
  currentAssigneeId: string | null;
  myId: string;
}) {
  const canTakeIt = currentAssigneeId !== myId && assignees.some((a) => a.id === myId);
  return (
    <>
      {canTakeIt ? (
        <FeedbackForm action={action} itemId={itemId} submitLabel="Nhận xử lý (giao cho tôi)">
          {() => <input type="hidden" name="assigneeId" value={myId} />}
        </FeedbackForm>
      ) : null}
      <FeedbackForm action={action} itemId={itemId} submitLabel="Giao xử lý" secondary>
        {(state) => (
          <Field name="assigneeId" label="Giao cho / Assign to" error={state.fieldErrors?.assigneeId}>
            {(p) => (
              <select {...p} defaultValue={state.values?.assigneeId ?? currentAssigneeId ?? ""}>
                <option value="">— Chọn người xử lý —</option>
                {assignees.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.email})
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </FeedbackForm>
    </>
  );
}

export function ReplyFeedbackForm({
  action,
  itemId,
  maxLength,
}: {
  action: Action;
  itemId: number;
  maxLength: number;
}) {
  return (
    <FeedbackForm action={action} itemId={itemId} submitLabel="Gửi trả lời">
      {(state) => (
        <Field
          name="reply"
          label="Nội dung trả lời / Reply"
          hint={`Bắt buộc, tối đa ${maxLength.toLocaleString("vi-VN")} ký tự. Nội dung được lưu cùng phản ánh.`}
          error={state.fieldErrors?.reply}
        >
          {(p) => <textarea {...p} rows={6} maxLength={maxLength} defaultValue={state.values?.reply ?? ""} />}
        </Field>
      )}
    </FeedbackForm>
  );
}

export function CloseFeedbackForm({
  action,
  itemId,
  noteRequired,
  maxLength,
}: {
  action: Action;
  itemId: number;
  noteRequired: boolean;
  maxLength: number;
}) {
  return (
    <FeedbackForm action={action} itemId={itemId} submitLabel="Đóng phản ánh" secondary>
      {(state) => (
        <Field
          name="note"
          label={noteRequired ? "Lý do đóng / Reason" : "Ghi chú khi đóng (không bắt buộc) / Note"}
          hint={
            noteRequired
              ? "Phản ánh chưa được trả lời: ghi rõ lý do (ví dụ: trùng lặp, không liên quan, spam)."
              : undefined
          }
          error={state.fieldErrors?.note}
        >
          {(p) => <textarea {...p} rows={3} maxLength={maxLength} defaultValue={state.values?.note ?? ""} />}
        </Field>
      )}
    </FeedbackForm>
  );
}

export function ReopenFeedbackForm({ action, itemId }: { action: Action; itemId: number }) {
  return <FeedbackForm action={action} itemId={itemId} submitLabel="Mở lại phản ánh" secondary />;
}
