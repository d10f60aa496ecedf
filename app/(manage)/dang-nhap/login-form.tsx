"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import type { ActionState } from "@/lib/action";
import { signInAction } from "./actions";

export function LoginForm() {
  const { state, formAction, generation } = useFormAction<ActionState>(signInAction, {});
  const t = useTranslations("access.signIn");
  return (
    <form action={formAction} noValidate>
      <FormMessage state={state} failed />
      <div key={generation}>
        <Field name="email" label={t("email")} error={state.fieldErrors?.email}>
          {(p) => <input {...p} type="email" autoComplete="username" defaultValue={state.values?.email} />}
        </Field>
        <Field name="password" label={t("password")} error={state.fieldErrors?.password}>
          {(p) => <input {...p} type="password" autoComplete="current-password" />}
        </Field>
      </div>
      <p>
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </p>
    </form>
  );
}
