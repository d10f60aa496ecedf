"use client";

import { Field, UnitField } from "@/components/manage/action-form";
import { useFormAction } from "@/components/manage/use-form-action";
import type { ActionState } from "@/lib/action";

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
        <UnitField
          key={generation}
          units={units}
          error={state.fieldErrors?.unitId}
          defaultValue={state.values?.unitId}
        />
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
