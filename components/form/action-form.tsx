"use client";

import { Fragment, type ReactNode } from "react";
import type { ActionState } from "@/lib/action";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useFormAction } from "./use-form-action";

/**
 * A form bound to a server action with the shared contract (lib/action.ts): the message or error summary,
 * hidden fields, the fields of `children` — remounted with the echoed values after every result, so
 * nothing typed is lost — and the submit button with its pending state. Works without JavaScript.
 */
export function ActionForm<S extends ActionState>({
  action,
  children,
  submitLabel,
  pendingLabel,
  secondary,
  hidden = {},
  encType,
  shownOnce,
}: {
  action: (prev: S, formData: FormData) => Promise<S>;
  children?: (state: S) => ReactNode;
  submitLabel: string;
  pendingLabel?: string;
  secondary?: boolean;
  hidden?: Record<string, string>;
  encType?: "multipart/form-data";
  /** What a result shows once inside its message (a new key, a temporary password). */
  shownOnce?: (state: S) => ReactNode;
}) {
  const { state, formAction, generation } = useFormAction<S>(action, {} as Awaited<S>);
  return (
    <form action={formAction} encType={encType} noValidate>
      <FormMessage state={state}>{shownOnce?.(state)}</FormMessage>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Fragment key={generation}>{children?.(state)}</Fragment>
      <p>
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} secondary={secondary} />
      </p>
    </form>
  );
}
