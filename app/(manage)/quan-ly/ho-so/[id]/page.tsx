import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { letterNumber } from "@/features/dossiers/apology-letter";
import { currentAppointment } from "@/features/dossiers/at-risk";
import { dossierDetail } from "@/features/dossiers/server/letters";
import { LetterDownloads } from "@/features/dossiers/ui/letter-downloads";
import { IssueLetterForm } from "@/features/dossiers/ui/letter-form";
import { type Lang, nameIn } from "@/i18n/locales";
import { formatDate, formatDateTime, localDay } from "@/lib/time";
import { issueApologyLetterAction } from "../actions";

type Params = Promise<{ id: string }>;

async function load(params: Params) {
  const manager = await requireActor();
  const raw = (await params).id;
  // Outside the manager's scope the dossier does not exist for them.
  const found = /^\d{1,9}$/.test(raw) ? await dossierDetail(manager, Number(raw)) : undefined;
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("dossiers.dossier");
  const raw = (await params).id;
  return { title: t("metaTitle", { code: `#${raw}` }), robots: { index: false } };
}

/**
 * One dossier of a unit in scope: its appointment and status, its apology letters with their files, and
 * for the unit's administrators the form that writes a new one.
 */
export default async function DossierPage({ params }: { params: Params }) {
  const { dossier, letters, mayRecord, closed } = await load(params);
  const lang = (await getLocale()) as Lang;
  const t = await getTranslations("dossiers.dossier");
  const m = await getTranslations("dossiers.manage");
  const f = await getTranslations("dossiers.letterForm");
  const due = currentAppointment(dossier);
  const labels = (number: string) => ({
    heading: f("filesOf", { number }),
    addressee: f("addressee"),
    addresseeHint: f("addresseeHint"),
    language: f("language"),
    vi: f("vi"),
    en: f("en"),
    pdf: f("pdf"),
    docx: f("docx"),
  });
  return (
    <>
      <p>
        <Link href="/quan-ly/ho-so">{t("back")}</Link>
      </p>
      <h1>{t("title", { code: dossier.code })}</h1>
      <dl className="facts">
        <dt>{t("unit")}</dt>
        <dd>{nameIn(lang, { name: dossier.unitName, nameEn: dossier.unitNameEn })}</dd>
        <dt>{t("procedure")}</dt>
        <dd>{dossier.procedureName ?? m("noProcedure")}</dd>
        <dt>{t("received")}</dt>
        <dd>{formatDateTime(dossier.receivedAt, lang)}</dd>
        <dt>{t("due")}</dt>
        <dd data-testid="dossier-due">{dossier.dueAt ? formatDateTime(dossier.dueAt, lang) : "—"}</dd>
        {dossier.newDueAt ? (
          <>
            <dt>{t("newDue")}</dt>
            <dd data-testid="dossier-new-due">{formatDate(localDay(dossier.newDueAt), lang)}</dd>
          </>
        ) : null}
        <dt>{t("status")}</dt>
        <dd data-testid="dossier-status">
          {m(`statuses.${dossier.status}`)}
          {dossier.timeliness ? ` (${t(`timeliness.${dossier.timeliness}`)})` : null}
        </dd>
        {dossier.returnedAt ? (
          <>
            <dt>{t("returned")}</dt>
            <dd>{formatDateTime(dossier.returnedAt, lang)}</dd>
          </>
        ) : null}
      </dl>

      <h2>{t("letters")}</h2>
      {letters.length === 0 ? (
        <p className="muted">{t("noLetters")}</p>
      ) : (
        letters.map((l) => {
          const number = letterNumber(l.number, { name: l.unitName, kind: l.unitKind });
          return (
            <section key={l.id} data-testid="dossier-letter">
              <p>
                {number} — {formatDate(localDay(l.issuedAt), lang)} → {formatDate(localDay(l.newDueAt), lang)}
              </p>
              <p className="muted">{l.reason}</p>
              <LetterDownloads dossierId={dossier.id} letterId={l.id} labels={labels(number)} />
            </section>
          );
        })
      )}

      <h2>{t("issueHeading")}</h2>
      {!mayRecord ? (
        <p className="muted" data-testid="letter-read-only">
          {t("readOnly")}
        </p>
      ) : closed ? (
        <p className="muted">{t("closed")}</p>
      ) : (
        <IssueLetterForm
          action={issueApologyLetterAction}
          dossierId={dossier.id}
          current={due ? formatDateTime(due, lang) : "—"}
        />
      )}
    </>
  );
}
