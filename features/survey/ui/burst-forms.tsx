"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("bursts.form");
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={burstId} />
      <p className="actions">
        {status !== "confirmed" ? (
          <button type="submit" name="decision" value="confirmed" disabled={pending}>
            {t("confirm")}
          </button>
        ) : null}{" "}
        {status !== "rejected" ? (
          <button type="submit" name="decision" value="rejected" className="secondary" disabled={pending}>
            {t("reject")}
          </button>
        ) : null}
      </p>
    </form>
  );
}
