"use client";

import { useFormStatus } from "react-dom";

/** The submit button of a form: disabled, and saying so, while its submission is pending. */
export function SubmitButton({
  label,
  pendingLabel,
  secondary,
  ariaLabel,
}: {
  label: string;
  /** Shown while pending (e.g. "Đang kiểm tra…"); the label otherwise. */
  pendingLabel?: string;
  secondary?: boolean;
  ariaLabel?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={secondary ? "secondary" : undefined}
      disabled={pending}
      aria-busy={pending || undefined}
      aria-label={ariaLabel}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
