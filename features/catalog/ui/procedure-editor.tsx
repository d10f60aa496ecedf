"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { type ControlProps, Field } from "@/components/form/field";
import { textSections } from "@/features/catalog/procedure-content";
import {
  levelValues,
  onlineLevelValues,
  type ProcedureRecord,
  type RecordKey,
} from "@/features/catalog/procedure-record";
import { type RowListKey, rowListKeys, rowsToShow } from "@/features/catalog/row-lists";
import type { ActionState } from "@/lib/action";
import { AnnouncementField } from "./announcement-field";
import { RowListField } from "./row-list-field";

/** Sections of published text: pasted as they are, line breaks and list markers kept. */
const multiline = new Set<RecordKey>([
  "steps",
  "channelsText",
  "conditions",
  "applicants",
  "agencies",
  "result",
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
const tall = new Set<RecordKey>(["steps", "channelsText", "conditions"]);

/** The levels offered, in this order; each option's value is the record's (the file format's) wording. */
const levels = ["commune", "province", "central", "multi"] as const;
const onlineLevels = ["full", "partial"] as const;

/** The columns of the form in the order of a published procedure (name first), lists as rows. */
const heading: readonly RecordKey[] = ["code", "name", "field", "level"];
const channelColumns: readonly RecordKey[] = [
  "inPersonTimeLimit",
  "inPersonFee",
  "inPersonDescription",
  "onlineLevel",
  "onlineTimeLimit",
  "onlineFee",
  "onlineDescription",
  "postTimeLimit",
  "postFee",
  "postDescription",
];
/** The decision's sections after the steps and the channels, in its order. */
const body: ReadonlyArray<RecordKey> = textSections.filter((k) => k !== "steps" && k !== "channelsText");
const rowLists = new Set<RecordKey>(rowListKeys);

export interface EditorOptions {
  fields: Array<{ code: string; name: string }>;
  announcements: Array<{ id: number; number: string; issuedOn: string; effectiveOn: string }>;
  units?: Array<{ id: number; name: string }>;
  today: string;
}

/**
 * The staff form for a procedure: its published content first (name, field, steps, dossier… in the order
 * of a decision; the dossier, fees, forms and legal basis as rows), then the decision that announces it.
 */
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
  const submitLabel = mode === "create" ? t("editor.create") : t("editor.saveVersion");
  return (
    <ActionForm action={action} submitLabel={submitLabel}>
      {(state) => {
        const value = (k: string) =>
          state.values ? (state.values[k] ?? "") : ((initial as Record<string, string>)[k] ?? "");
        const error = (k: string) => state.fieldErrors?.[k];
        const column = (key: RecordKey) =>
          rowLists.has(key) ? (
            <RowListField
              key={key}
              list={key as RowListKey}
              rows={rowsToShow(key as RowListKey, state.values, initial[key])}
              errors={state.fieldErrors ?? {}}
              sectionError={error(key)}
            />
          ) : (
            <Field
              key={key}
              name={key}
              label={t(`record.columns.${key}.label`)}
              hint={t(`record.columns.${key}.hint`)}
              error={error(key)}
            >
              {(p) => control(key, p, value(key))}
            </Field>
          );
        const control = (key: RecordKey, p: ControlProps, current: string) => {
          if (key === "field")
            return (
              <select {...p} defaultValue={current}>
                <option value="">{t("editor.chooseField")}</option>
                {options.fields.map((f) => (
                  <option key={f.code} value={f.code}>
                    {f.name}
                  </option>
                ))}
              </select>
            );
          if (key === "level" || key === "onlineLevel") {
            const choices = key === "level" ? levels : onlineLevels;
            return (
              <select {...p} defaultValue={current}>
                <option value="">{t("levels.notStated")}</option>
                {choices.map((level) =>
                  key === "level" ? (
                    <option key={level} value={levelValues[level as (typeof levels)[number]]}>
                      {t(`levels.${level as (typeof levels)[number]}`)}
                    </option>
                  ) : (
                    <option key={level} value={onlineLevelValues[level as (typeof onlineLevels)[number]]}>
                      {t(`onlineLevels.${level as (typeof onlineLevels)[number]}`)}
                    </option>
                  ),
                )}
              </select>
            );
          }
          if (multiline.has(key))
            return <textarea {...p} rows={tall.has(key) ? 10 : 3} defaultValue={current} />;
          return <input {...p} type="text" defaultValue={current} />;
        };
        return (
          <>
            {/* Enter in a field saves (the first submit button is the default), never moves a row. */}
            <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
              {submitLabel}
            </button>
            <input type="hidden" name="mode" value={mode} />
            {mode === "edit" ? <input type="hidden" name="code" value={initial.code} /> : null}
            <fieldset>
              <legend>{t("editor.content")}</legend>
              {heading.filter((key) => !(mode === "edit" && key === "code")).map(column)}
              {column("steps")}
              <fieldset>
                <legend>{t("editor.channels")}</legend>
                {column("channelsText")}
                <div className="grid2">{channelColumns.map(column)}</div>
              </fieldset>
              {body.map(column)}
              <label className="check">
                <input
                  type="checkbox"
                  name="anywhereInProvince"
                  value="Có"
                  defaultChecked={value("anywhereInProvince") !== ""}
                  aria-describedby="anywhereInProvince-hint"
                />
                {t("record.columns.anywhereInProvince.label")}
              </label>
              <p id="anywhereInProvince-hint" className="hint">
                {t("record.columns.anywhereInProvince.hint")}
              </p>
            </fieldset>
            <fieldset id="publication">
              <legend>{t("editor.publication")}</legend>
              <p className="hint">{t("editor.publicationHint")}</p>
              <div className="grid2">
                <AnnouncementField
                  announcements={options.announcements}
                  error={error("announcementId")}
                  defaultValue={value("announcementId")}
                  hint={t("editor.addDecision")}
                />
                <Field
                  name="effectiveFrom"
                  label={t("editor.effectiveFrom")}
                  hint={t("editor.effectiveFromHint")}
                  error={error("effectiveFrom")}
                >
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
          </>
        );
      }}
    </ActionForm>
  );
}
