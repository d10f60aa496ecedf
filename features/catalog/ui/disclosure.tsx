import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { keyFacts, localTimeLimitShown } from "@/features/catalog/key-facts";
import { PORTAL_SEARCH, portalProcedureUrl } from "@/features/catalog/national-portal";
import { isPendingContent } from "@/features/catalog/procedure-content";
import { parseAgencies, parseDossier, parseFormRefs, parseSteps } from "@/features/catalog/procedure-text";
import type { Disclosure as DisclosureData } from "@/features/catalog/server/disclosure-queries";
import { DEFAULT_LANG, type Lang, nameIn } from "@/i18n/locales";
import { formatDate, localDay } from "@/lib/time";
import { FormDownloads } from "./form-downloads";
import { KeyFactsBox, SECTION_IDS } from "./key-facts-box";
import { Blocks, StructuredText } from "./structured-text";

function LocalDifference({ text, label }: { text: string | null; label: string }) {
  if (!text) return null;
  return (
    <p className="local">
      <strong>{label} </strong>
      {text}
    </p>
  );
}

/** Steps as published: "Bước 1" … keep their own names (numbered once); unnamed steps are numbered here. */
function Steps({ text, missing }: { text: string; missing: string }) {
  const steps = parseSteps(text);
  if (steps.length === 0) return <p className="muted">{missing}</p>;
  const labelled = steps.some((s) => s.label !== null);
  return (
    <ol className={labelled ? "steps labelled" : "steps"}>
      {steps.map((step, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps are an ordered, immutable list
        <li key={i}>
          {step.label ? <span className="step-label">{step.label} </span> : null}
          <Blocks blocks={step.blocks} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The dossier grouped by case: with several cases, each is a collapsible section (a plain <details>, no
 * JavaScript) so a long dossier scans on a phone; the number of sets is said once.
 */
function DossierSection({
  text,
  missing,
  casesNote,
}: {
  text: string;
  missing: string;
  casesNote: (count: number) => string;
}) {
  const dossier = parseDossier(text);
  if (dossier.cases.length === 0 && !dossier.sets) return <p className="muted">{missing}</p>;
  const titled = dossier.cases.filter((c) => c.heading !== null);
  return (
    <>
      {titled.length >= 2 ? <p className="muted small">{casesNote(titled.length)}</p> : null}
      {dossier.cases.map((c, i) =>
        c.heading !== null && titled.length >= 2 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: cases are an ordered, immutable list
          <details key={i} className="case">
            <summary>{c.heading}</summary>
            <Blocks blocks={c.blocks} />
          </details>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: cases are an ordered, immutable list
          <div key={i}>
            {c.heading ? <p className="case-heading">{c.heading}</p> : null}
            <Blocks blocks={c.blocks} />
          </div>
        ),
      )}
      {dossier.sets ? (
        <p>
          <strong>{dossier.sets}</strong>
        </p>
      ) : null}
    </>
  );
}

/** Agencies by role when the text names roles; otherwise as published. */
function Agencies({ text, missing }: { text: string; missing: string }) {
  const agencies = parseAgencies(text);
  if (agencies.length === 0) return <StructuredText text={text} missing={missing} />;
  return (
    <dl className="facts" data-roles={agencies.map((a) => a.role).join(" ")}>
      {agencies.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: agencies are an ordered, immutable list
        <div key={i}>
          <dt>{a.label}:</dt>
          <dd>{a.text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The 12 disclosure fields of DOMAIN.md, plus status, announcement and dates. Server-rendered, no JavaScript. */
export async function Disclosure({
  disclosure,
  lang,
  historyHref,
  rateHref,
}: {
  disclosure: DisclosureData;
  lang: Lang;
  historyHref?: string;
  /** The unit's survey for this procedure, offered at the top as well as at the bottom of the page. */
  rateHref?: string;
}) {
  const { unit, procedure, version, field, announcement, abolishingAnnouncement, override, replacement } =
    disclosure;
  const t = await getTranslations({ locale: lang, namespace: "disclosure" });
  const local = t("localDifference");
  const c = version.content;
  const status = t(`status.${procedure.status}`);
  const notStated = t("missing.notStated");
  const pending = isPendingContent(c);
  const formRefs = parseFormRefs(c.forms);
  const place = override.localPlace ?? nameIn(lang, unit);
  const portalUrl = portalProcedureUrl(procedure.portalUrl);
  return (
    <article>
      <h1>{version.name}</h1>
      {lang === DEFAULT_LANG ? null : (
        <p className="notice" role="note" data-testid="official-in-vietnamese">
          {t("officialInVietnamese")}
        </p>
      )}
      {version.effectiveTo ? (
        <div className="notice warn" role="note">
          <p>
            {t("oldVersion", { version: version.versionNo, date: formatDate(version.effectiveTo, lang) })}{" "}
            <Link href={`/${lang}/don-vi/${unit.slug}/thu-tuc/${procedure.code}`}>{t("seeCurrent")}</Link>
          </p>
        </div>
      ) : null}
      {procedure.status === "abolished" ? (
        <div className="notice bad" role="note">
          <p>
            <strong className="tag bad">{status}</strong>{" "}
            {procedure.abolishedOn
              ? t("abolishedSince", { date: formatDate(procedure.abolishedOn, lang) })
              : null}
            {abolishingAnnouncement
              ? ` — ${t("abolishedBy", { number: abolishingAnnouncement.number })}`
              : null}
          </p>
          {replacement ? (
            <p>
              {t("replacedBy")}{" "}
              <Link href={`/${lang}/don-vi/${unit.slug}/thu-tuc/${replacement.code}`}>
                {replacement.name}
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <p>
          <span className="tag ok">{status}</span>
        </p>
      )}

      {pending || procedure.status === "abolished" ? null : (
        <KeyFactsBox facts={keyFacts(c, override)} place={place} lang={lang} rateHref={rateHref} />
      )}
      {pending ? (
        <p className="notice" role="note" data-testid="pending-content">
          <span className="tag">{t("missing.pendingTag")}</span> {t("missing.pending")}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("labels.name")}</dt>
        <dd>{version.name}</dd>
        <dt>{t("labels.code")}</dt>
        <dd>
          {procedure.hasNationalCode ? procedure.code : t("missing.noNationalCode")}
          {procedure.isSample ? (
            <span className="muted"> {t("sampleCode")}</span>
          ) : portalUrl ? (
            <>
              {" — "}
              <a href={portalUrl} rel="external">
                {t("nationalPortal")}
              </a>
            </>
          ) : procedure.hasNationalCode ? (
            <>
              {" — "}
              <a href={PORTAL_SEARCH} rel="external">
                {t("portalSearch", { code: procedure.code })}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{t("labels.field")}</dt>
        <dd>{field.name}</dd>
        <dt>{t("labels.level")}</dt>
        <dd>{c.level ? t(`level.${c.level}`) : notStated}</dd>
        <dt>{t("labels.whereToApply")}</dt>
        <dd>{place}</dd>
      </dl>
      {c.anywhereInProvince ? <p className="notice">{t("missing.anywhereInProvince")}</p> : null}

      {pending ? null : (
        <>
          <h2 id={SECTION_IDS.steps}>{t("labels.steps")}</h2>
          <Steps text={c.steps} missing={notStated} />

          <h2 id={SECTION_IDS.channels}>{t("labels.channels")}</h2>
          {c.channels.length > 0 ? (
            <ul>
              {c.channels.map((ch) => (
                <li key={ch.kind}>
                  <strong>{t(`channel.${ch.kind}`)}</strong>
                  {ch.onlineLevel ? ` (${t(`onlineLevel.${ch.onlineLevel}`)})` : ""}
                  {ch.description ? <StructuredText text={ch.description} missing="" /> : null}
                  {ch.timeLimit ? (
                    <>
                      <strong>{t("labels.timeLimit")}:</strong>
                      <StructuredText text={ch.timeLimit} missing="" />
                    </>
                  ) : null}
                  {ch.fee ? (
                    <>
                      <strong>{t("labels.fees")}:</strong>
                      <StructuredText text={ch.fee} missing="" />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {c.channelsText || c.channels.length === 0 ? (
            <StructuredText text={c.channelsText} missing={notStated} />
          ) : null}

          <h2 id={SECTION_IDS.dossier}>{t("labels.dossier")}</h2>
          <DossierSection text={c.dossier} missing={notStated} casesNote={(count) => t("cases", { count })} />

          <h2 id={SECTION_IDS.timeLimit}>{t("labels.timeLimit")}</h2>
          <StructuredText text={c.timeLimit} missing={notStated} />
          <LocalDifference text={localTimeLimitShown(override.localTimeLimit, c)} label={local} />

          <h2>{t("labels.applicants")}</h2>
          <StructuredText text={c.applicants} missing={notStated} />

          <h2>{t("labels.agencies")}</h2>
          <Agencies text={c.agencies} missing={notStated} />

          {c.receptionHours ? (
            <>
              <h2>{t("labels.receptionHours")}</h2>
              <StructuredText text={c.receptionHours} missing={notStated} />
            </>
          ) : null}

          <h2>{t("labels.result")}</h2>
          <StructuredText text={c.result} missing={notStated} />

          <h2 id={SECTION_IDS.fees}>{t("labels.fees")}</h2>
          <StructuredText
            text={c.fees}
            missing={c.channels.some((ch) => ch.fee) ? t("feesByChannel") : notStated}
          />
          <LocalDifference text={override.localFee} label={local} />

          <h2 id={SECTION_IDS.forms}>{t("labels.forms")}</h2>
          {formRefs.length === 0 ? (
            <p>{c.forms === "" ? notStated : t("noForms")}</p>
          ) : (
            <FormDownloads
              refs={formRefs}
              files={disclosure.formFiles}
              procedureCode={procedure.code}
              lang={lang}
            />
          )}

          <h2>{t("labels.conditions")}</h2>
          <StructuredText text={c.conditions} missing={notStated} />

          <h2>{t("labels.legalBasis")}</h2>
          <StructuredText text={c.legalBasis} missing={notStated} />
        </>
      )}

      <LocalDifference text={override.localNotes} label={local} />

      <h2>{t("publication")}</h2>
      <dl className="facts small">
        {announcement ? (
          <>
            <dt>{t("announcingDecision")}</dt>
            <dd>
              {announcement.number} ({formatDate(announcement.issuedOn, lang)}) — {announcement.title}
            </dd>
          </>
        ) : null}
        <dt>{t("effectiveFrom")}</dt>
        <dd>{version.effectiveStated ? formatDate(version.effectiveFrom, lang) : notStated}</dd>
        <dt>{t("version")}</dt>
        <dd>
          {version.versionNo}
          {historyHref ? (
            <>
              {" — "}
              <Link href={historyHref}>{t("versionHistoryLink")}</Link>
            </>
          ) : null}
        </dd>
        <dt>{t("lastUpdated")}</dt>
        <dd>{formatDate(localDay(maxDate(version.createdAt, override.updatedAt)), lang)}</dd>
      </dl>
    </article>
  );
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}
