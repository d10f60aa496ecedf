"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import { AnnouncementField } from "@/features/catalog/ui/announcement-field";
import type { ImportState } from "../import-state";
import { ImportIssuesTable } from "./import-issues-table";

type Action = (prev: ImportState, fd: FormData) => Promise<ImportState>;

/** Upload → dry run (errors per row and column, or a preview of changes) → commit. Works without JavaScript. */
export function ImportForms({
  dryRun,
  commit,
  announcements,
  units,
  today,
}: {
  dryRun: Action;
  commit: Action;
  announcements: Array<{ id: number; number: string }>;
  units: Array<{ id: number; name: string }>;
  today: string;
}) {
  const { state, formAction: dryRunAction, generation } = useFormAction(dryRun, {});
  const { state: done, formAction: commitAction, pending: committing } = useFormAction(commit, {});
  const preview = state.preview;
  const t = useTranslations("imports");
  return (
    <>
      <form action={dryRunAction} encType="multipart/form-data" noValidate>
        <FormMessage state={state} />
        <div className="grid2">
          <Field name="file" label={t("form.file")} error={state.fieldErrors?.file}>
            {(p) => <input {...p} type="file" accept=".csv,.xlsx,.json" />}
          </Field>
          <AnnouncementField
            key={generation}
            announcements={announcements}
            error={state.fieldErrors?.announcementId}
            defaultValue={state.values?.announcementId}
          />
          <Field
            name="effectiveFrom"
            label={t("form.effectiveFrom")}
            hint={t("form.effectiveFromHint")}
            error={state.fieldErrors?.effectiveFrom}
          >
            {(p) => <input {...p} type="date" max={today} defaultValue={state.values?.effectiveFrom ?? ""} />}
          </Field>
          <Field name="offerAtUnitId" label={t("form.offerAt")} error={state.fieldErrors?.offerAtUnitId}>
            {(p) => (
              <select {...p} key={generation} defaultValue={state.values?.offerAtUnitId}>
                <option value="">{t("form.noUnit")}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p>
          <SubmitButton label={t("form.check")} pendingLabel={t("form.checking")} />
        </p>
      </form>

      {preview && preview.issues.length > 0 ? (
        <ImportIssuesTable fileName={preview.fileName} issues={preview.issues} withItems />
      ) : null}

      {preview?.jobId && preview.counts ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("preview.heading")}</h2>
          <p data-testid="import-counts">{t("preview.counts", preview.counts)}</p>
          {preview.newFields && preview.newFields.length > 0 ? (
            <div className="notice" data-testid="new-fields">
              <p>
                <strong>{t("preview.newFields")}</strong>
              </p>
              <ul>
                {preview.newFields.map((f) => (
                  <li key={f.name}>
                    {f.name} <span className="muted">{t("preview.rows", { rows: f.rows.join(", ") })}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.newAnnouncements && preview.newAnnouncements.length > 0 ? (
            <div className="notice" data-testid="new-announcements">
              <p>
                <strong>{t("preview.newAnnouncements")}</strong>
              </p>
              <ul>
                {preview.newAnnouncements.map((a) => (
                  <li key={a.number}>
                    {a.number} ({a.issuedOn.split("-").reverse().join("/")})
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <form action={commitAction}>
            <input type="hidden" name="jobId" value={preview.jobId} />
            <FormMessage state={done} />
            <p>
              <button type="submit" disabled={committing || Boolean(done.committed)}>
                {preview.newFields && preview.newFields.length > 0
                  ? t("preview.commitWithFields", { count: preview.newFields.length })
                  : t("preview.commit")}
              </button>
            </p>
          </form>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("preview.columns.row")}</th>
                <th scope="col">{t("preview.columns.code")}</th>
                <th scope="col">{t("preview.columns.name")}</th>
                <th scope="col">{t("preview.columns.change")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows?.map((r) => (
                <tr key={r.code}>
                  <td>{r.rowNumber}</td>
                  <td>
                    {r.code}
                    {r.national ? null : ` ${t("preview.noNationalCode")}`}
                  </td>
                  <td>
                    {r.name}
                    {r.pending ? <span className="muted"> {t("preview.pending")}</span> : null}
                  </td>
                  <td>{t(`preview.actions.${r.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
