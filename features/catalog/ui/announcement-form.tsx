"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

const inputs = [
  ["number", "text"],
  ["title", "text"],
  ["issuer", "text"],
  ["issuedOn", "date"],
  ["effectiveOn", "date"],
  ["url", "url"],
] as const;

export function AnnouncementForm({
  action,
}: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("catalog.announcements");
  return (
    <ActionForm action={action} submitLabel={t("add")}>
      {(state) => (
        <div className="grid2">
          {inputs.map(([name, type]) => (
            <Field key={name} name={name} label={t(`form.${name}`)} error={state.fieldErrors?.[name]}>
              {(p) => <input {...p} type={type} defaultValue={state.values?.[name] ?? ""} />}
            </Field>
          ))}
        </div>
      )}
    </ActionForm>
  );
}
