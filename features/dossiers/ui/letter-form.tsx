"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import type { ActionState } from "@/lib/action";
import { LetterDownloads } from "./letter-downloads";

/** The letter form's result: on success, the letter just recorded, whose files are offered at once. */
export type IssueLetterState = ActionState & { letter?: { id: number; number: string } };

/**
 * Writes an apology letter for one dossier: the new date, the reason and, for the file only, the
 * addressee. After it is recorded, its PDF and DOCX are offered with the name typed (nothing typed is
 * lost); after an error, the form keeps every value. Works without JavaScript.
 */
export function IssueLetterForm({
  action,
  dossierId,
  current,
}: {
  action: (prev: IssueLetterState, fd: FormData) => Promise<IssueLetterState>;
  dossierId: number;
  /** The appointment in force, as the hint names it. */
  current: string;
}) {
  const t = useTranslations("dossiers.letterForm");
  const { state, formAction, generation } = useFormAction<IssueLetterState>(action, {});
  const issued = state.letter && !state.refused ? state.letter : undefined;
  const values = issued ? {} : (state.values ?? {});
  return (
    <>
      {issued ? (
        <div className="ok-summary" role="status">
          <p>{state.message}</p>
          <LetterDownloads
            dossierId={dossierId}
            letterId={issued.id}
            idPrefix="issued"
            addressee={state.values?.addressee ?? ""}
            labels={{
              heading: t("filesOf", { number: issued.number }),
              addressee: t("addressee"),
              addresseeHint: t("addresseeHint"),
              language: t("language"),
              vi: t("vi"),
              en: t("en"),
              pdf: t("pdf"),
              docx: t("docx"),
            }}
          />
        </div>
      ) : null}
      <form action={formAction} noValidate id="lap-van-ban">
        {issued ? null : <FormMessage state={state} />}
        <input type="hidden" name="dossierId" value={String(dossierId)} />
        <Fragment key={generation}>
          <Field
            name="newDueAt"
            label={t("newDueAt")}
            hint={t("newDueAtHint", { current })}
            error={state.fieldErrors?.newDueAt}
          >
            {(p) => <input {...p} type="date" required defaultValue={values.newDueAt ?? ""} />}
          </Field>
          <Field
            name="apologyReason"
            label={t("apologyReason")}
            hint={t("apologyReasonHint")}
            error={state.fieldErrors?.apologyReason}
          >
            {(p) => (
              <textarea {...p} rows={3} maxLength={1000} required defaultValue={values.apologyReason ?? ""} />
            )}
          </Field>
          <Field
            name="addressee"
            label={t("addressee")}
            hint={t("addresseeHint")}
            error={state.fieldErrors?.addressee}
          >
            {(p) => <input {...p} maxLength={200} autoComplete="off" defaultValue={values.addressee ?? ""} />}
          </Field>
        </Fragment>
        <p>
          <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
        </p>
      </form>
    </>
  );
}
