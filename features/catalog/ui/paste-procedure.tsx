"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import type { ProcedureRecord, RecordKey } from "@/features/catalog/procedure-record";
import type { ActionState } from "@/lib/action";
import { type EditorOptions, ProcedureEditor } from "./procedure-editor";

export type PasteState = ActionState & { record?: ProcedureRecord; found?: RecordKey[] };

/**
 * Paste one procedure's text from its decision, see what was read field by field, correct it in the
 * editor below, then save. Reading writes nothing. Works without JavaScript (a plain form post).
 */
export function PasteProcedure({
  paste,
  save,
  initial,
  options,
}: {
  paste: (prev: PasteState, fd: FormData) => Promise<PasteState>;
  save: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: ProcedureRecord;
  options: EditorOptions;
}) {
  const { state, formAction, generation } = useFormAction<PasteState>(paste, {});
  const t = useTranslations("catalog");
  return (
    <>
      <details open={!state.record}>
        <summary>
          <strong>{t("paste.summary")}</strong>
        </summary>
        <form action={formAction} noValidate>
          <FormMessage state={state} />
          <Field
            name="pasted"
            label={t("paste.label")}
            hint={t("paste.hint")}
            error={state.fieldErrors?.pasted}
          >
            {(p) => <textarea {...p} rows={12} defaultValue={state.values?.pasted ?? ""} />}
          </Field>
          <p>
            <SubmitButton label={t("paste.submit")} pendingLabel={t("paste.pending")} secondary />
          </p>
        </form>
      </details>
      {state.record && state.found ? (
        <section aria-labelledby="read-heading" data-testid="pasted-fields">
          <h2 id="read-heading">{t("paste.read", { count: state.found.length })}</h2>
          <p>{state.found.map((key) => t(`record.columns.${key}.label`)).join(" · ")}</p>
        </section>
      ) : null}
      <ProcedureEditor
        key={generation}
        action={save}
        mode="create"
        initial={state.record ? { ...initial, ...state.record } : initial}
        options={options}
      />
    </>
  );
}
