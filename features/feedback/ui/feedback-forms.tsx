"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("feedback.forms");
  const canTakeIt = currentAssigneeId !== myId && assignees.some((a) => a.id === myId);
  return (
    <>
      {canTakeIt ? (
        <FeedbackForm action={action} itemId={itemId} submitLabel={t("takeIt")}>
          {() => <input type="hidden" name="assigneeId" value={myId} />}
        </FeedbackForm>
      ) : null}
      <FeedbackForm action={action} itemId={itemId} submitLabel={t("assign")} secondary>
        {(state) => (
          <Field name="assigneeId" label={t("assignTo")} error={state.fieldErrors?.assigneeId}>
            {(p) => (
              <select {...p} defaultValue={state.values?.assigneeId ?? currentAssigneeId ?? ""}>
                <option value="">{t("chooseAssignee")}</option>
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
  const t = useTranslations("feedback.forms");
  return (
    <FeedbackForm action={action} itemId={itemId} submitLabel={t("sendReply")}>
      {(state) => (
        <Field
          name="reply"
          label={t("reply")}
          hint={t("replyHint", { max: maxLength })}
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
  const t = useTranslations("feedback.forms");
  return (
    <FeedbackForm action={action} itemId={itemId} submitLabel={t("close")} secondary>
      {(state) => (
        <Field
          name="note"
          label={noteRequired ? t("closeReason") : t("closeNote")}
          hint={noteRequired ? t("closeHint") : undefined}
          error={state.fieldErrors?.note}
        >
          {(p) => <textarea {...p} rows={3} maxLength={maxLength} defaultValue={state.values?.note ?? ""} />}
        </Field>
      )}
    </FeedbackForm>
  );
}

export function ReopenFeedbackForm({ action, itemId }: { action: Action; itemId: number }) {
  const t = useTranslations("feedback.forms");
  return <FeedbackForm action={action} itemId={itemId} submitLabel={t("reopen")} secondary />;
}
