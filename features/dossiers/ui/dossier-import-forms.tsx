"use client";

import { useTranslations } from "next-intl";
import { Field, UnitField } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import { ImportIssuesTable } from "@/features/imports/ui/import-issues-table";
import type { DossierImportState } from "../dossier-import";

type Action = (prev: DossierImportState, fd: FormData) => Promise<DossierImportState>;

/** Upload → dry run (errors per row and column, or what each row would do) → commit. Works without JavaScript. */
export function DossierImportForms({
  dryRun,
  commit,
  units,
}: {
  dryRun: Action;
  commit: Action;
  units: Array<{ id: number; name: string }>;
}) {
  const { state, formAction: dryRunAction, generation } = useFormAction(dryRun, {});
  const { state: done, formAction: commitAction, pending: committing } = useFormAction(commit, {});
  const preview = state.preview;
  const t = useTranslations("imports.dossiers");
  return (
    <>
      <form action={dryRunAction} encType="multipart/form-data" noValidate>
        <FormMessage state={state} />
        <div className="grid2">
          <UnitField
            key={generation}
            units={units}
            label={t("form.unit")}
            error={state.fieldErrors?.unitId}
            defaultValue={state.values?.unitId}
          />
          <Field name="file" label={t("form.file")} error={state.fieldErrors?.file}>
            {(p) => <input {...p} type="file" accept=".csv,.xlsx" />}
          </Field>
        </div>
        <p>
          <SubmitButton label={t("form.check")} pendingLabel={t("form.checking")} />
        </p>
      </form>

      {preview && preview.issues.length > 0 ? (
        <ImportIssuesTable
          fileName={preview.fileName}
          issues={preview.issues.map((i) => ({
            ...i,
            message: typeof i.message === "string" ? i.message : "",
          }))}
        />
      ) : null}

      {preview?.jobId && preview.counts ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("preview.heading")}</h2>
          <p data-testid="import-counts">{t("preview.counts", preview.counts)}</p>
          {preview.ignored && preview.ignored.length > 0 ? (
            <p className="notice" data-testid="ignored-columns">
              {t("preview.ignored", { headers: preview.ignored.join(", ") })}
            </p>
          ) : null}
          <form action={commitAction}>
            <input type="hidden" name="jobId" value={preview.jobId} />
            <FormMessage state={done} />
            <p>
              <button type="submit" disabled={committing || Boolean(done.committed)}>
                {t("preview.commit")}
              </button>
            </p>
          </form>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("preview.columns.row")}</th>
                <th scope="col">{t("preview.columns.code")}</th>
                <th scope="col">{t("preview.columns.change")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows?.map((r) => (
                <tr key={r.rowNumber} data-action={r.action}>
                  <td>{r.rowNumber}</td>
                  <td>{r.code}</td>
                  <td>{t(`preview.actions.${r.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.total !== undefined && preview.rows && preview.total > preview.rows.length ? (
            <p className="muted">{t("preview.more", { count: preview.total - preview.rows.length })}</p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
