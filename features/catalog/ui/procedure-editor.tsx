"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import {
  levelValues,
  onlineLevelValues,
  type ProcedureRecord,
  type RecordKey,
  recordColumns,
} from "@/features/catalog/procedure-record";
import type { ActionState } from "@/lib/action";
import { AnnouncementField } from "./announcement-field";

/** Sections of published text: pasted as they are, line breaks and list markers kept. */
const multiline = new Set<RecordKey>([
  "steps",
  "channelsText",
  "dossier",
  "forms",
  "legalBasis",
  "conditions",
  "applicants",
  "agencies",
  "result",
  "fees",
  "timeLimit",
  "receptionHours",
  "inPersonTimeLimit",
  "inPersonFee",
  "inPersonDescription",
  "onlineTimeLimit",
  "onlineFee",
  "onlineDescription",
  "postTimeLimit",
  "postFee",
  "postDescription",
]);
const tall = new Set<RecordKey>(["steps", "dossier", "legalBasis", "channelsText"]);
/** The decision of a version is chosen above; the import file's per-row decision columns are not edited here. */
const notEdited = new Set<RecordKey>(["announcementNumber", "announcementDate"]);

/** The levels offered, in this order; each option's value is the record's (the file format's) wording. */
const levels = ["commune", "province", "central", "multi"] as const;
const onlineLevels = ["full", "partial"] as const;

export interface EditorOptions {
  fields: Array<{ code: string; name: string }>;
  announcements: Array<{ id: number; number: string; issuedOn: string }>;
  units?: Array<{ id: number; name: string }>;
  today: string;
}

/** The staff form for a procedure: every section of the published text, pasted as it is. */
export function ProcedureEditor({
  action,
  mode,
  initial,
  options,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  mode: "create" | "edit";
  initial: ProcedureRecord;
  options: EditorOptions;
}) {
  const t = useTranslations("catalog");
  return (
    <ActionForm
      action={action}
      submitLabel={mode === "create" ? t("editor.create") : t("editor.saveVersion")}
    >
      {(state) => {
        const value = (k: string) => state.values?.[k] ?? (initial as Record<string, string>)[k] ?? "";
        const error = (k: string) => state.fieldErrors?.[k];
        return (
          <>
            <input type="hidden" name="mode" value={mode} />
            {mode === "edit" ? <input type="hidden" name="code" value={initial.code} /> : null}
            <fieldset>
              <legend>{t("editor.publication")}</legend>
              <div className="grid2">
                <AnnouncementField
                  announcements={options.announcements}
                  error={error("announcementId")}
                  defaultValue={value("announcementId")}
                />
                <Field name="effectiveFrom" label={t("editor.effectiveFrom")} error={error("effectiveFrom")}>
                  {(p) => <input {...p} type="date" defaultValue={value("effectiveFrom")} />}
                </Field>
                {options.units ? (
                  <Field name="offerAtUnitId" label={t("editor.offerAt")} error={error("offerAtUnitId")}>
                    {(p) => (
                      <select {...p} defaultValue={value("offerAtUnitId")}>
                        <option value="">{t("editor.noUnit")}</option>
                        {options.units?.map((u) => (
                          <option key={u.id} value={u.id}>
                            {u.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                ) : null}
              </div>
            </fieldset>
            <fieldset>
              <legend>{t("editor.content")}</legend>
              {recordColumns.map((col) => {
                if ((mode === "edit" && col.key === "code") || notEdited.has(col.key)) return null;
                return (
                  <Field
                    key={col.key}
                    name={col.key}
                    label={t(`record.columns.${col.key}.label`)}
                    hint={t(`record.columns.${col.key}.hint`)}
                    error={error(col.key)}
                  >
                    {(p) =>
                      col.key === "field" ? (
                        <select {...p} defaultValue={value(col.key)}>
                          <option value="">{t("editor.chooseField")}</option>
                          {options.fields.map((f) => (
                            <option key={f.code} value={f.code}>
                              {f.name}
                            </option>
                          ))}
                        </select>
                      ) : col.key === "level" ? (
                        <select {...p} defaultValue={value(col.key)}>
                          <option value="">{t("levels.notStated")}</option>
                          {levels.map((level) => (
                            <option key={level} value={levelValues[level]}>
                              {t(`levels.${level}`)}
                            </option>
                          ))}
                        </select>
                      ) : col.key === "onlineLevel" ? (
                        <select {...p} defaultValue={value(col.key)}>
                          <option value="">{t("levels.notStated")}</option>
                          {onlineLevels.map((level) => (
                            <option key={level} value={onlineLevelValues[level]}>
                              {t(`onlineLevels.${level}`)}
                            </option>
                          ))}
                        </select>
                      ) : multiline.has(col.key) ? (
                        <textarea {...p} rows={tall.has(col.key) ? 10 : 3} defaultValue={value(col.key)} />
                      ) : (
                        <input {...p} type="text" defaultValue={value(col.key)} />
                      )
                    }
                  </Field>
                );
              })}
            </fieldset>
          </>
        );
      }}
    </ActionForm>
  );
}
