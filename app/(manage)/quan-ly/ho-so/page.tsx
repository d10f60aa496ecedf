import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/features/access/permissions";
import { requireActor } from "@/features/access/server/actor";
import { letterNumber } from "@/features/dossiers/apology-letter";
import { currentAppointment } from "@/features/dossiers/at-risk";
import { type DossierListRow, dossierWorklist } from "@/features/dossiers/server/letters";
import { type Lang, nameIn } from "@/i18n/locales";
import { formatDate, formatDateTime, localDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dossiers.manage");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Dossiers that need an apology letter, over the units the manager may see: at risk (due within one
 * working day), late without a letter, and the latest letters. Unit administrators write the letter from
 * each row; viewers see the lists.
 */
export default async function DossiersPage() {
  const manager = await requireActor();
  const { atRisk, late, letters } = await dossierWorklist(manager);
  const lang = (await getLocale()) as Lang;
  const t = await getTranslations("dossiers.manage");
  const c = await getTranslations("dossiers.manage.columns");

  const table = (testId: string, list: { rows: DossierListRow[]; total: number }, empty: string) =>
    list.total === 0 ? (
      <p className="muted" data-testid={`${testId}-empty`}>
        {empty}
      </p>
    ) : (
      <>
        {list.total > list.rows.length ? (
          <p className="muted">{t("shown", { shown: list.rows.length, total: list.total })}</p>
        ) : null}
        <table data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{c("code")}</th>
              <th scope="col">{c("unit")}</th>
              <th scope="col">{c("procedure")}</th>
              <th scope="col">{c("received")}</th>
              <th scope="col">{c("due")}</th>
              <th scope="col">{c("status")}</th>
              <th scope="col">{c("action")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((r) => {
              const due = currentAppointment(r);
              return (
                <tr key={r.id} data-dossier={r.code}>
                  <td>{r.code}</td>
                  <td>{nameIn(lang, { name: r.unitName, nameEn: r.unitNameEn })}</td>
                  <td>{r.procedureName ?? t("noProcedure")}</td>
                  <td>{formatDate(localDay(r.receivedAt), lang)}</td>
                  <td>{due ? formatDateTime(due, lang) : "—"}</td>
                  <td>
                    {t(`statuses.${r.status}`)}
                    {r.status === "returned" ? (
                      <>
                        {" "}
                        <span className="tag bad">{t("returnedLate")}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {can(manager, { permission: "dossier.record", unitId: r.unitId }) ? (
                      <Link href={`/quan-ly/ho-so/${r.id}#lap-van-ban`}>{t("issue")}</Link>
                    ) : (
                      <Link href={`/quan-ly/ho-so/${r.id}`}>{t("view")}</Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </>
    );

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <h2>{t("atRisk")}</h2>
      {table("dossiers-at-risk", atRisk, t("atRiskEmpty"))}

      <h2>{t("late")}</h2>
      <p className="muted">{t("lateHint")}</p>
      {table("dossiers-late", late, t("lateEmpty"))}

      <h2>{t("letters")}</h2>
      {letters.length === 0 ? (
        <p className="muted">{t("lettersEmpty")}</p>
      ) : (
        <table data-testid="apology-letters">
          <thead>
            <tr>
              <th scope="col">{c("number")}</th>
              <th scope="col">{c("code")}</th>
              <th scope="col">{c("unit")}</th>
              <th scope="col">{c("issued")}</th>
              <th scope="col">{c("newDue")}</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <tr key={l.id}>
                <td>{letterNumber(l.number, { name: l.unitName, kind: l.unitKind })}</td>
                <td>
                  <Link href={`/quan-ly/ho-so/${l.dossierId}`}>{l.code}</Link>
                </td>
                <td>{nameIn(lang, { name: l.unitName, nameEn: l.unitNameEn })}</td>
                <td>{formatDate(localDay(l.issuedAt), lang)}</td>
                <td>{formatDate(localDay(l.newDueAt), lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
