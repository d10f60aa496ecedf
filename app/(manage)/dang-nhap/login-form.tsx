"use client";

import { useActionState } from "react";
import { FormField } from "@/components/form-field";
import type { ActionState } from "@/lib/action";
import { signInAction } from "./actions";

export function LoginForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(signInAction, {});
  return (
    <form action={action} noValidate>
      {state.message ? (
        <div className="error-summary" role="alert" aria-live="assertive">
          {state.message}
        </div>
      ) : null}
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <FormField
        name="password"
        label="Mật khẩu / Password"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors?.password}
      />
      <p>
        <button type="submit" disabled={pending}>
          Đăng nhập / Sign in
        </button>
      </p>
    </form>
  );
}
