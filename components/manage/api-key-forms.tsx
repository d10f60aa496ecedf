"use client";

import type { ActionState } from "@/lib/action";
import { Field } from "./action-form";
import { useFormAction } from "./use-form-action";

type State = ActionState & { createdKey?: string };

export function CreateApiKeyForm({
  action,
  units,
}: {
  action: (prev: State, fd: FormData) => Promise<State>;
  units: Array<{ id: number; name: string }>;
}) {
  const { state, formAction, pending, generation } = useFormAction<State>(action, {});
  return (
    <form action={formAction}>
      {state.message ? (
        <div
          className={state.createdKey ? "ok-summary" : "error-summary"}
          role={state.createdKey ? "status" : "alert"}
        >
          <p>{state.message}</p>
          {state.createdKey ? (
            <p>
              <code data-testid="new-api-key">{state.createdKey}</code>
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="grid2">
        <Field name="unitId" label="Đơn vị" error={state.fieldErrors?.unitId}>
          {(p) => (
            <select {...p} key={generation} defaultValue={state.values?.unitId}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="name" label="Tên khóa (hệ thống sử dụng)" error={state.fieldErrors?.name}>
          {(p) => <input {...p} type="text" defaultValue={state.values?.name ?? ""} />}
        </Field>
      </div>
      <p>
        <button type="submit" disabled={pending}>
          Tạo khóa API
        </button>
      </p>
    </form>
  );
}

/** A plain form to a route handler: works the same with or without JavaScript. */
export function RevokeApiKeyButton({ id, label }: { id: number; label: string }) {
  return (
    <form method="post" action="/quan-ly/khoa-api/thu-hoi">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="secondary" aria-label={label}>
        Thu hồi
      </button>
    </form>
  );
}
