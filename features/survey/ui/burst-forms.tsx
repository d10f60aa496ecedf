"use client";

import { FormMessage } from "@/components/form/form-message";
import { useFormAction } from "@/components/form/use-form-action";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** Confirm or reject a held burst: one form, two buttons; the server checks scope again. Works without JavaScript. */
export function BurstDecisionForm({
  action,
  burstId,
  status,
}: {
  action: Action;
  burstId: number;
  status: "pending" | "confirmed" | "rejected";
}) {
  const { state, formAction, pending } = useFormAction<ActionState>(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={burstId} />
      <p className="actions">
        {status !== "confirmed" ? (
          <button type="submit" name="decision" value="confirmed" disabled={pending}>
            Xác nhận là đánh giá thật — tính vào chỉ số
          </button>
        ) : null}{" "}
        {status !== "rejected" ? (
          <button type="submit" name="decision" value="rejected" className="secondary" disabled={pending}>
            Loại bỏ — không tính vào chỉ số
          </button>
        ) : null}
      </p>
    </form>
  );
}
