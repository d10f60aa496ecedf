"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/form/action-form";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

export interface PosterChoices {
  unitId: number;
  kind: string;
  counters: Array<{ id: number; name: string }>;
  procedures: Array<{ code: string; name: string; fieldCode: string; fieldName: string }>;
  fields: Array<{ code: string; name: string; count: number }>;
  fieldFilter: string;
}

/** The selection step of a print job. Works without JavaScript. */
export function PosterForm({ action, choices }: { action: Action; choices: PosterChoices }) {
  const { kind } = choices;
  const t = useTranslations("posters.form");
  return (
    <ActionForm action={action} submitLabel={t("submit")}>
      {(state) => (
        <>
          <input type="hidden" name="unitId" value={choices.unitId} />
          <input type="hidden" name="kind" value={kind} />
          {["counter_a4", "standee_a5", "table_tent_a6", "survey_poster"].includes(kind) ? (
            <fieldset>
              <legend>{t("counter")}</legend>
              <label className="check">
                <input type="radio" name="counterId" value="" defaultChecked={!state.values?.counterId} />
                <span>{t("wholeUnit")}</span>
              </label>
              {choices.counters.map((c) => (
                <label key={c.id} className="check">
                  <input
                    type="radio"
                    name="counterId"
                    value={c.id}
                    defaultChecked={state.values?.counterId === String(c.id)}
                  />
                  <span>{c.name}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {kind === "procedure_sheet" ? (
            <fieldset aria-describedby={state.fieldErrors?.procedures ? "procedures-error" : undefined}>
              <legend>{t("procedures", { count: choices.procedures.length })}</legend>
              {state.fieldErrors?.procedures ? (
                <p id="procedures-error" className="field-error">
                  {state.fieldErrors.procedures}
                </p>
              ) : null}
              <input type="hidden" name="fieldCode" value={choices.fieldFilter} />
              {choices.procedures.length === 0 ? (
                <p>{t("noneInField")}</p>
              ) : (
                <label className="check">
                  <input type="checkbox" name="all" value="1" />
                  <span>
                    <strong>{t("selectAll", { count: choices.procedures.length })}</strong>
                  </span>
                </label>
              )}
              {choices.procedures.map((p) => (
                <label key={p.code} className="check">
                  <input type="checkbox" name="procedures" value={p.code} />
                  <span>
                    {p.name} <span className="muted">({p.code})</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          {kind === "field_poster" ? (
            <fieldset aria-describedby={state.fieldErrors?.fields ? "fields-error" : undefined}>
              <legend>{t("fields")}</legend>
              {state.fieldErrors?.fields ? (
                <p id="fields-error" className="field-error">
                  {state.fieldErrors.fields}
                </p>
              ) : null}
              {choices.fields.map((f) => (
                <label key={f.code} className="check">
                  <input type="checkbox" name="fields" value={f.code} />
                  <span>
                    {f.name} <span className="muted">{t("fieldCount", { count: f.count })}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
