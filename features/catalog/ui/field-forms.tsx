"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** A new field: its name (and English name); the code is made from the name unless given. */
export function CreateFieldForm({ action }: { action: Action }) {
  const t = useTranslations("catalog.fields");
  return (
    <ActionForm action={action} submitLabel={t("add")}>
      {(state) => (
        <div className="grid2">
          <Field name="name" label={t("form.name")} error={state.fieldErrors?.name}>
            {(p) => <input {...p} type="text" defaultValue={state.values?.name ?? ""} />}
          </Field>
          <Field name="nameEn" label={t("form.nameEnOptional")} error={state.fieldErrors?.nameEn}>
            {(p) => <input {...p} type="text" defaultValue={state.values?.nameEn ?? ""} />}
          </Field>
          <Field name="code" label={t("form.code")} hint={t("form.codeHint")} error={state.fieldErrors?.code}>
            {(p) => <input {...p} type="text" defaultValue={state.values?.code ?? ""} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

/** Rename a field, or merge it into another (its procedures move there). */
export function EditFieldForms({
  rename,
  merge,
  field,
  others,
}: {
  rename: Action;
  merge: Action;
  field: { id: number; name: string; nameEn: string | null };
  others: Array<{ id: number; name: string }>;
}) {
  const id = `f${field.id}`;
  const t = useTranslations("catalog.fields.form");
  return (
    <>
      <ActionForm action={rename} submitLabel={t("rename")}>
        {(state) => (
          <>
            <input type="hidden" name="id" value={field.id} />
            <div className="grid2">
              <Field name={`${id}-name`} label={t("name")} error={state.fieldErrors?.name}>
                {(p) => (
                  <input {...p} name="name" type="text" defaultValue={state.values?.name ?? field.name} />
                )}
              </Field>
              <Field name={`${id}-nameEn`} label={t("nameEn")} error={state.fieldErrors?.nameEn}>
                {(p) => (
                  <input
                    {...p}
                    name="nameEn"
                    type="text"
                    defaultValue={state.values?.nameEn ?? field.nameEn ?? ""}
                  />
                )}
              </Field>
            </div>
          </>
        )}
      </ActionForm>
      {others.length > 0 ? (
        <ActionForm action={merge} submitLabel={t("merge")}>
          {(state) => (
            <>
              <input type="hidden" name="id" value={field.id} />
              <Field
                name={`${id}-targetId`}
                label={t("mergeInto")}
                hint={t("mergeHint")}
                error={state.fieldErrors?.targetId}
              >
                {(p) => (
                  <select {...p} name="targetId" defaultValue="">
                    <option value="">{t("chooseField")}</option>
                    {others.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          )}
        </ActionForm>
      ) : null}
    </>
  );
}
