"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field, UnitField } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

type State = ActionState & { createdKey?: string };

export function CreateApiKeyForm({
  action,
  units,
}: {
  action: (prev: State, fd: FormData) => Promise<State>;
  units: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("apiKeys.form");
  return (
    <ActionForm
      action={action}
      submitLabel={t("submit")}
      shownOnce={(state) =>
        state.createdKey ? (
          <p>
            <code data-testid="new-api-key">{state.createdKey}</code>
          </p>
        ) : null
      }
    >
      {(state) => (
        <div className="grid2">
          <UnitField
            units={units}
            label={t("unit")}
            error={state.fieldErrors?.unitId}
            defaultValue={state.values?.unitId}
          />
          <Field name="name" label={t("name")} error={state.fieldErrors?.name}>
            {(p) => <input {...p} type="text" defaultValue={state.values?.name ?? ""} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

/** A plain form to a route handler: works the same with or without JavaScript. */
export function RevokeApiKeyButton({ id, label }: { id: number; label: string }) {
  const t = useTranslations("apiKeys.form");
  return (
    <form method="post" action="/quan-ly/khoa-api/thu-hoi">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="secondary" aria-label={label}>
        {t("revoke")}
      </button>
    </form>
  );
}
