"use client";

import { Fragment } from "react";
import type { ActionState } from "@/lib/action";
import { useFormAction } from "./use-form-action";

/**
 * A form bound to a server action with the shared contract; renders the message (error summary or
 * confirmation) and hands field errors and echoed values to its children. Works without JavaScript.
 */
export function ActionForm({
  action,
  children,
  submitLabel,
  encType,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  children: (state: ActionState) => React.ReactNode;
  submitLabel: string;
  encType?: "multipart/form-data";
}) {
  const { state, formAction, pending, generation } = useFormAction(action, {});
  const failed = Boolean(state.fieldErrors && Object.keys(state.fieldErrors).length > 0);
  return (
    <form action={formAction} encType={encType} noValidate>
      {state.message ? (
        <div className={failed ? "error-summary" : "ok-summary"} role={failed ? "alert" : "status"}>
          <p>{state.message}</p>
          {failed ? (
            <ul>
              {Object.entries(state.fieldErrors ?? {}).map(([k, v]) => (
                <li key={k}>
                  <a href={`#${k}`}>{v}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Fragment key={generation}>{children(state)}</Fragment>
      <p>
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </p>
    </form>
  );
}

/** A labelled control with hint and error linked by aria-describedby. */
export function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: {
    id: string;
    name: string;
    "aria-describedby"?: string;
    "aria-invalid"?: boolean;
  }) => React.ReactNode;
}) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children({
        id: name,
        name,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}

/** The "Quyết định công bố" choice shared by the procedure, abolition and import forms. */
export function AnnouncementField({
  announcements,
  error,
  defaultValue,
}: {
  announcements: ReadonlyArray<{ id: number; number: string; issuedOn?: string }>;
  error?: string;
  defaultValue?: string;
}) {
  return (
    <Field name="announcementId" label="Quyết định công bố" error={error}>
      {(p) => (
        <select {...p} defaultValue={defaultValue}>
          <option value="">— Chưa chọn —</option>
          {announcements.map((a) => (
            <option key={a.id} value={a.id}>
              {a.number}
              {a.issuedOn ? ` (${a.issuedOn})` : ""}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The "Đơn vị" choice of the manage forms (units the manager may act on). */
export function UnitField({
  units,
  label = "Đơn vị",
  error,
  defaultValue,
}: {
  units: ReadonlyArray<{ id: number; name: string }>;
  label?: string;
  error?: string;
  defaultValue?: string;
}) {
  return (
    <Field name="unitId" label={label} error={error}>
      {(p) => (
        <select {...p} defaultValue={defaultValue}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
