import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import { contentToRecord } from "@/features/catalog/procedure-record";
import { parseFormRefs } from "@/features/catalog/procedure-text";
import { getProcedureForEdit, listOverrides } from "@/features/catalog/server/admin-queries";
import { listProcedureVersions } from "@/features/catalog/server/disclosure-queries";
import { listFormsForProcedure } from "@/features/catalog/server/form-queries";
import { ProcedureEditor } from "@/features/catalog/ui/procedure-editor";
import { AbolishForm, OverrideForm, UploadForm } from "@/features/catalog/ui/procedure-forms";
import { safeDecode } from "@/lib/url";
import {
  abolishProcedureAction,
  saveOverrideAction,
  saveProcedureAction,
  uploadFormAction,
} from "../actions";
import { editorOptions } from "../editor-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.edit");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ "da-luu"?: string }> };

export default async function EditProcedurePage({ params, searchParams }: Props) {
  const manager = await requireActor();
  const code = safeDecode((await params).code)?.toUpperCase();
  const found = code ? await getProcedureForEdit(code) : undefined;
  if (!found) notFound();
  const { procedure, version, fieldCode } = found;
  const overrides = await listOverrides(procedure.id, [...manager.editableUnitIds]);
  const visible = manager.catalogEditor || overrides.length > 0;
  if (!visible) notFound();
  const [versions, files, options] = await Promise.all([
    listProcedureVersions(procedure.id),
    listFormsForProcedure(procedure.id),
    editorOptions(manager, false),
  ]);
  const saved = (await searchParams)["da-luu"] === "1";
  const formRefs = parseFormRefs(version.content.forms);
  const t = await getTranslations("catalog");
  const status = await getTranslations("disclosure.status");
  return (
    <>
      <h1>{version.name}</h1>
      {saved ? <Notice>{t("edit.saved", { version: version.versionNo })}</Notice> : null}
      <p>
        {t("edit.code", { code: procedure.code })}
        {procedure.hasNationalCode ? "" : ` (${t("edit.noNationalCode")})`} · {status(procedure.status)} ·{" "}
        {t("edit.version", { version: version.versionNo })} (
        {version.effectiveStated
          ? t("edit.effectiveFrom", { date: version.effectiveFrom })
          : t("edit.effectiveUnknown")}
        ) · {t("edit.versionCount", { count: versions.length })}
      </p>

      {manager.catalogEditor ? (
        <section aria-labelledby="content-heading">
          <h2 id="content-heading">{t("edit.editContent")}</h2>
          <ProcedureEditor
            action={saveProcedureAction}
            mode="edit"
            initial={contentToRecord(
              procedure.code,
              fieldCode,
              version.content,
              null,
              procedure.hasNationalCode,
              procedure.portalUrl,
            )}
            options={options}
          />
        </section>
      ) : null}

      <section aria-labelledby="local-heading">
        <h2 id="local-heading">{t("edit.localRules")}</h2>
        {overrides.length === 0 ? (
          <p>{t("edit.noUnits")}</p>
        ) : (
          <p className="hint">{t("edit.localRulesHint")}</p>
        )}
        {overrides.map((o) => {
          const rules = [o.localTimeLimit, o.localFee, o.localPlace, o.localNotes].filter(Boolean);
          return (
            <details key={o.id} className="unit-rule" open={overrides.length === 1}>
              <summary>
                <strong>{o.unitName}</strong>{" "}
                <span className="hint">— {rules.length > 0 ? rules.join(" · ") : t("edit.noLocalRule")}</span>
              </summary>
              <p>
                <Link href={`/vi/don-vi/${o.unitSlug}/thu-tuc/${procedure.code}`}>
                  {t("edit.openUnitPage")}
                </Link>
              </p>
              <OverrideForm action={saveOverrideAction} unitProcedureId={o.id} current={o} />
            </details>
          );
        })}
      </section>

      {manager.catalogEditor && formRefs.length > 0 ? (
        <>
          <h2>{t("edit.formFiles")}</h2>
          <ul>
            {formRefs.map((f) => {
              const file = files.find((x) => x.code === f.code);
              return (
                <li key={f.code}>
                  {f.name} —{" "}
                  {file
                    ? t("edit.fileSize", { name: file.fileName, kb: Math.ceil(file.size / 1024) })
                    : t("edit.noFile")}
                </li>
              );
            })}
          </ul>
          <UploadForm action={uploadFormAction} procedureCode={procedure.code} forms={formRefs} />
        </>
      ) : null}

      {manager.catalogEditor && procedure.status !== "abolished" ? (
        <>
          <h2>{t("edit.abolish")}</h2>
          <AbolishForm
            action={abolishProcedureAction}
            procedureCode={procedure.code}
            announcements={options.announcements}
            today={options.today}
          />
        </>
      ) : null}

      <h2>{t("edit.history")}</h2>
      <ul>
        {versions.map((v) => (
          <li key={v.versionNo}>
            {t("edit.historyLine", {
              version: v.versionNo,
              from: v.effectiveFrom,
              to: v.effectiveTo ?? t("edit.now"),
            })}
            {v.announcementNumber ? ` · ${v.announcementNumber}` : ""}
          </li>
        ))}
      </ul>
    </>
  );
}
