"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import { Field, UnitField } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import { type ActionState, isFailure } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

export interface InstrumentFormInitial {
  mode: "new" | "version" | "edit";
  sourceId?: number;
  key: string;
  kind: "quick" | "full";
  scale: "3" | "5";
  titleVi: string;
  titleEn: string;
  questionVi: string;
  questionEn: string;
  elementsText: string;
}

function Choice({
  name,
  legend,
  options,
  value,
  error,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<readonly [string, string]>;
  value: string;
  error?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {options.map(([v, label]) => (
        <label key={v} className="check">
          <input type="radio" name={name} value={v} defaultChecked={value === v} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** A questionnaire draft: new, next version of a published one, or changes to a draft. */
export function InstrumentForm({
  action,
  initial,
  units,
}: {
  action: Action;
  initial: InstrumentFormInitial;
  units: Array<{ id: number; name: string }>;
}) {
  const t = useTranslations("instruments.form");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      {(state) => {
        const v = (name: keyof InstrumentFormInitial) => state.values?.[name] ?? String(initial[name] ?? "");
        const e = state.fieldErrors ?? {};
        return (
          <>
            <input type="hidden" name="mode" value={initial.mode} />
            {initial.sourceId ? <input type="hidden" name="sourceId" value={initial.sourceId} /> : null}
            <div className="grid2">
              {initial.mode === "new" ? (
                <UnitField
                  units={units}
                  label={t("unit")}
                  error={e.unitId}
                  defaultValue={state.values?.unitId}
                />
              ) : null}
              <Field name="key" label={t("key")} hint={t("keyHint")} error={e.key}>
                {(p) => (
                  <input {...p} type="text" defaultValue={v("key")} readOnly={initial.mode !== "new"} />
                )}
              </Field>
            </div>
            <Choice
              name="kind"
              legend={t("kind")}
              value={v("kind")}
              error={e.kind}
              options={[
                ["quick", t("kindQuick")],
                ["full", t("kindFull")],
              ]}
            />
            <Choice
              name="scale"
              legend={t("scale")}
              value={v("scale")}
              error={e.scale}
              options={[
                ["3", t("scale3")],
                ["5", t("scale5")],
              ]}
            />
            <div className="grid2">
              <Field name="titleVi" label={t("titleVi")} error={e.titleVi}>
                {(p) => <input {...p} type="text" defaultValue={v("titleVi")} />}
              </Field>
              <Field name="titleEn" label={t("titleEn")} error={e.titleEn}>
                {(p) => <input {...p} type="text" lang="en" defaultValue={v("titleEn")} />}
              </Field>
              <Field name="questionVi" label={t("questionVi")} error={e.questionVi}>
                {(p) => <input {...p} type="text" defaultValue={v("questionVi")} />}
              </Field>
              <Field name="questionEn" label={t("questionEn")} error={e.questionEn}>
                {(p) => <input {...p} type="text" lang="en" defaultValue={v("questionEn")} />}
              </Field>
            </div>
            <Field name="elementsText" label={t("elements")} hint={t("elementsHint")} error={e.elementsText}>
              {(p) => <textarea {...p} rows={14} defaultValue={v("elementsText")} />}
            </Field>
          </>
        );
      }}
    </ActionForm>
  );
}

/** One unit's choice of questionnaire for its QR posters and kiosks. */
export function UnitInstrumentForm({
  action,
  unit,
  options,
  current,
}: {
  action: Action;
  unit: { id: number; name: string };
  options: Array<{ key: string; label: string }>;
  current: string;
}) {
  const { state, formAction, generation } = useFormAction(action, {});
  const t = useTranslations("instruments.form");
  const id = `instrument-${unit.id}`;
  const error = state.fieldErrors?.instrumentKey;
  const failed = isFailure(state);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="unitId" value={unit.id} />
      <label htmlFor={id} className="visually-hidden">
        {t("unitChoice", { unit: unit.name })}
      </label>
      <select
        key={generation}
        id={id}
        name="instrumentKey"
        defaultValue={state.values?.instrumentKey ?? current}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || state.message ? `${id}-msg` : undefined}
      >
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>{" "}
      <SubmitButton label={t("save")} secondary />
      {error || state.message ? (
        <span
          id={`${id}-msg`}
          className={failed ? "field-error" : "muted"}
          role={failed ? "alert" : "status"}
        >
          {" "}
          {error ?? state.message}
        </span>
      ) : null}
    </form>
  );
}

/** Publishes a draft (then it is immutable). */
export function PublishInstrumentForm({ action, id }: { action: Action; id: number }) {
  const t = useTranslations("instruments.form");
  return (
    <ActionForm action={action} submitLabel={t("publish")}>
      {() => <input type="hidden" name="id" value={id} />}
    </ActionForm>
  );
}
