"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** Turns a unit's per-officer evaluation on or off. */
export function OfficerEvaluationForm({
  action,
  unitId,
  enabled,
}: {
  action: Action;
  unitId: number;
  enabled: boolean;
}) {
  const t = useTranslations("officers.form");
  return (
    <ActionForm
      action={action}
      hidden={{ unitId: String(unitId), enabled: enabled ? "0" : "1" }}
      submitLabel={enabled ? t("turnOff") : t("turnOn")}
      secondary={enabled}
    />
  );
}

/** Adds an officer code (no `code` given) or names one and links it to an account. */
export function OfficerForm({
  action,
  unitId,
  officer,
  accounts,
}: {
  action: Action;
  unitId: number;
  officer?: { code: string; name: string | null; userId: string | null };
  accounts: ReadonlyArray<{ id: string; name: string; email: string }>;
}) {
  const t = useTranslations("officers.form");
  const hidden: Record<string, string> = { unitId: String(unitId) };
  if (officer) hidden.code = officer.code;
  return (
    <ActionForm action={action} hidden={hidden} submitLabel={t("save")}>
      {(state) => (
        <div className="grid2">
          {officer ? null : (
            <Field name="code" label={t("code")} hint={t("codeHint")} error={state.fieldErrors?.code}>
              {(p) => <input {...p} type="text" maxLength={60} defaultValue={state.values?.code ?? ""} />}
            </Field>
          )}
          <Field name="name" label={t("name")} error={state.fieldErrors?.name}>
            {(p) => (
              <input
                {...p}
                type="text"
                maxLength={120}
                autoComplete="off"
                defaultValue={state.values?.name ?? officer?.name ?? ""}
              />
            )}
          </Field>
          <Field name="userId" label={t("account")} error={state.fieldErrors?.userId}>
            {(p) => (
              <select {...p} defaultValue={state.values?.userId ?? officer?.userId ?? ""}>
                <option value="">{t("noAccount")}</option>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({a.email})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
