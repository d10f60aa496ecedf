"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";
import { AnnouncementField } from "./announcement-field";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function OverrideForm({
  action,
  unitProcedureId,
  current,
}: {
  action: Action;
  unitProcedureId: number;
  current: {
    localTimeLimit: string | null;
    localFee: string | null;
    localPlace: string | null;
    localNotes: string | null;
  };
}) {
  const t = useTranslations("catalog.override");
  const fields = ["localTimeLimit", "localFee", "localPlace", "localNotes"] as const;
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      {(state) => (
        <div className="grid2">
          <input type="hidden" name="unitProcedureId" value={unitProcedureId} />
          {fields.map((name) => (
            <Field
              key={name}
              name={`${name}-${unitProcedureId}`}
              label={t(name)}
              error={state.fieldErrors?.[name]}
            >
              {(p) => (
                <input
                  {...p}
                  name={name}
                  type="text"
                  defaultValue={state.values?.[name] ?? current[name] ?? ""}
                />
              )}
            </Field>
          ))}
        </div>
      )}
    </ActionForm>
  );
}

export function UploadForm({
  action,
  procedureCode,
  forms,
}: {
  action: Action;
  procedureCode: string;
  forms: Array<{ code: string; name: string }>;
}) {
  const t = useTranslations("catalog.upload");
  return (
    <ActionForm action={action} submitLabel={t("submit")} encType="multipart/form-data">
      {(state) => (
        <div className="grid2">
          <input type="hidden" name="code" value={procedureCode} />
          <Field name="formCode" label={t("form")} error={state.fieldErrors?.formCode}>
            {(p) => (
              <select {...p} defaultValue={state.values?.formCode}>
                {forms.map((f) => (
                  <option key={f.code} value={f.code}>
                    {f.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="file" label={t("file")} error={state.fieldErrors?.file}>
            {(p) => <input {...p} type="file" accept=".pdf,.doc,.docx,.rtf,.odt,.xls,.xlsx" />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

export function AbolishForm({
  action,
  procedureCode,
  announcements,
  today,
}: {
  action: Action;
  procedureCode: string;
  announcements: Array<{ id: number; number: string }>;
  today: string;
}) {
  const t = useTranslations("catalog.abolish");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      {(state) => (
        <div className="grid2">
          <input type="hidden" name="code" value={procedureCode} />
          <Field name="abolishedOn" label={t("date")} error={state.fieldErrors?.abolishedOn}>
            {(p) => <input {...p} type="date" defaultValue={state.values?.abolishedOn ?? today} />}
          </Field>
          <AnnouncementField
            announcements={announcements}
            error={state.fieldErrors?.announcementId}
            defaultValue={state.values?.announcementId}
          />
          <Field name="replacementCode" label={t("replacement")} error={state.fieldErrors?.replacementCode}>
            {(p) => <input {...p} type="text" defaultValue={state.values?.replacementCode} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}
