"use client";

import type { ActionState } from "@/lib/action";
import { useFormAction } from "./use-form-action";

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
  const refused = Boolean(state.fieldErrors && Object.keys(state.fieldErrors).length > 0);
  return (
    <form action={formAction} noValidate>
      {state.message ? (
        <div className={refused ? "error-summary" : "ok-summary"} role={refused ? "alert" : "status"}>
          <p>{state.message}</p>
        </div>
      ) : null}
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
