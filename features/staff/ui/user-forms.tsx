"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import type { ActionState } from "@/lib/action";

type State = ActionState & { secret?: string };
type Action = (prev: State, fd: FormData) => Promise<State>;
type Option = { value: string; label: string };

/** A staff form: message (with a password shown once), hidden fields, then the fields of `children`. */
function StaffForm({
  action,
  hidden = {},
  submitLabel,
  secondary,
  buttonLabel,
  children,
}: {
  action: Action;
  hidden?: Record<string, string>;
  submitLabel: string;
  secondary?: boolean;
  buttonLabel?: string;
  children?: (state: State) => React.ReactNode;
}) {
  const { state, formAction, generation } = useFormAction<State>(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state}>
        {state.secret ? (
          <p>
            <code data-testid="shown-once-password">{state.secret}</code>
          </p>
        ) : null}
      </FormMessage>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Fragment key={generation}>{children?.(state)}</Fragment>
      <p>
        <SubmitButton label={submitLabel} secondary={secondary} ariaLabel={buttonLabel} />
      </p>
    </form>
  );
}

function Select({
  name,
  label,
  options,
  state,
}: {
  name: string;
  label: string;
  options: Option[];
  state: State;
}) {
  return (
    <Field name={name} label={label} error={state.fieldErrors?.[name]}>
      {(p) => (
        <select {...p} defaultValue={state.values?.[name]}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function PasswordField({ state, label }: { state: State; label: string }) {
  const t = useTranslations("staff.form");
  return (
    <Field name="password" label={label} hint={t("passwordHint")} error={state.fieldErrors?.password}>
      {(p) => <input {...p} type="password" autoComplete="new-password" />}
    </Field>
  );
}

export function CreateUserForm({
  action,
  units,
  roles,
}: {
  action: Action;
  units: Option[];
  roles: Option[];
}) {
  const t = useTranslations("staff.form");
  return (
    <StaffForm action={action} submitLabel={t("create")}>
      {(state) => (
        <div className="grid2">
          <Field name="name" label={t("name")} error={state.fieldErrors?.name}>
            {(p) => <input {...p} type="text" autoComplete="off" defaultValue={state.values?.name ?? ""} />}
          </Field>
          <Field name="email" label={t("email")} error={state.fieldErrors?.email}>
            {(p) => <input {...p} type="email" autoComplete="off" defaultValue={state.values?.email ?? ""} />}
          </Field>
          <Select name="unitId" label={t("unit")} options={units} state={state} />
          <Select name="role" label={t("role")} options={roles} state={state} />
          <PasswordField state={state} label={t("initialPassword")} />
        </div>
      )}
    </StaffForm>
  );
}

export function GrantRoleForm({
  action,
  userId,
  units,
  roles,
}: {
  action: Action;
  userId: string;
  units: Option[];
  roles: Option[];
}) {
  const t = useTranslations("staff.form");
  return (
    <StaffForm action={action} hidden={{ userId }} submitLabel={t("grant")}>
      {(state) => (
        <div className="grid2">
          <Select name="unitId" label={t("unit")} options={units} state={state} />
          <Select name="role" label={t("role")} options={roles} state={state} />
        </div>
      )}
    </StaffForm>
  );
}

/** The system administrator role, offered only on the root it exists at (named on the button). */
export function GrantSystemAdminButton({
  action,
  userId,
  root,
}: {
  action: Action;
  userId: string;
  root: Option;
}) {
  const t = useTranslations("staff.form");
  return (
    <StaffForm
      action={action}
      hidden={{ userId, unitId: root.value, role: "system_admin" }}
      submitLabel={t("makeSystemAdmin", { unit: root.label })}
      secondary
    />
  );
}

export function RevokeRoleButton({
  action,
  userId,
  assignmentId,
  label,
}: {
  action: Action;
  userId: string;
  assignmentId: number;
  label: string;
}) {
  const t = useTranslations("staff.member");
  return (
    <StaffForm
      action={action}
      hidden={{ userId, assignmentId: String(assignmentId) }}
      submitLabel={t("revoke")}
      buttonLabel={label}
      secondary
    />
  );
}

export function ResetPasswordForm({ action, userId }: { action: Action; userId: string }) {
  const t = useTranslations("staff.form");
  return (
    <StaffForm action={action} hidden={{ userId }} submitLabel={t("reset")}>
      {(state) => <PasswordField state={state} label={t("temporaryPassword")} />}
    </StaffForm>
  );
}

export function ChangePasswordForm({ action }: { action: Action }) {
  const t = useTranslations("access.passwordForm");
  return (
    <StaffForm action={action} submitLabel={t("submit")}>
      {(state) => (
        <>
          <Field
            name="currentPassword"
            label={t("currentPassword")}
            error={state.fieldErrors?.currentPassword}
          >
            {(p) => <input {...p} type="password" autoComplete="current-password" />}
          </Field>
          <Field
            name="newPassword"
            label={t("newPassword")}
            hint={t("newPasswordHint")}
            error={state.fieldErrors?.newPassword}
          >
            {(p) => <input {...p} type="password" autoComplete="new-password" />}
          </Field>
          <Field
            name="confirmPassword"
            label={t("confirmPassword")}
            error={state.fieldErrors?.confirmPassword}
          >
            {(p) => <input {...p} type="password" autoComplete="new-password" />}
          </Field>
        </>
      )}
    </StaffForm>
  );
}
