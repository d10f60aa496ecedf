import Link from "next/link";
import {
  label,
  missingLabels,
  onlineLevelLabels,
  procedureChannelLabels,
  procedureLevelLabels,
  statusLabels,
} from "@/features/catalog/disclosure-labels";
import { isPendingContent } from "@/features/catalog/procedure-content";
import { parseAgencies, parseDossier, parseFormRefs, parseSteps } from "@/features/catalog/procedure-text";
import type { Disclosure as DisclosureData } from "@/features/catalog/server/disclosure-queries";
import type { Lang } from "@/lib/i18n";
import { formatDate, localDay } from "@/lib/time";
import { Blocks, StructuredText } from "./structured-text";

const NATIONAL_PORTAL =
  "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=";

function LocalDifference({ text, lang }: { text: string | null; lang: Lang }) {
  if (!text) return null;
  return (
    <p className="local">
      <strong>{lang === "vi" ? "Quy định riêng tại đơn vị: " : "Local difference at this unit: "}</strong>
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
function DossierSection({ text, missing, lang }: { text: string; missing: string; lang: Lang }) {
  const dossier = parseDossier(text);
  if (dossier.cases.length === 0 && !dossier.sets) return <p className="muted">{missing}</p>;
  const titled = dossier.cases.filter((c) => c.heading !== null);
  return (
    <>
      {titled.length >= 2 ? (
        <p className="muted small">
          {lang === "vi"
            ? `${titled.length} trường hợp — chọn trường hợp của Ông/Bà để xem giấy tờ cần nộp.`
            : `${titled.length} cases — open yours to see the documents to submit.`}
        </p>
      ) : null}
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
export function Disclosure({
  disclosure,
  lang,
  historyHref,
}: {
  disclosure: DisclosureData;
  lang: Lang;
  historyHref?: string;
}) {
  const { unit, procedure, version, field, announcement, abolishingAnnouncement, override, replacement } =
    disclosure;
  const c = version.content;
  const status = statusLabels[procedure.status][lang];
  const notStated = missingLabels.notStated[lang];
  const pending = isPendingContent(c);
  const formRefs = parseFormRefs(c.forms);
  return (
    <article>
      <h1>{version.name}</h1>
      {version.effectiveTo ? (
        <div className="notice warn" role="note">
          <p>
            {lang === "vi"
              ? `Đây là phiên bản ${version.versionNo}, đã hết hiệu lực từ ngày ${formatDate(version.effectiveTo, lang)}.`
              : `This is version ${version.versionNo}, no longer in force since ${formatDate(version.effectiveTo, lang)}.`}{" "}
            <Link href={`/${lang}/don-vi/${unit.slug}/thu-tuc/${procedure.code}`}>
              {lang === "vi" ? "Xem phiên bản hiện hành" : "See the current version"}
            </Link>
          </p>
        </div>
      ) : null}
      {procedure.status === "abolished" ? (
        <div className="notice bad" role="note">
          <p>
            <strong className="tag bad">{status}</strong>{" "}
            {procedure.abolishedOn
              ? lang === "vi"
                ? `từ ngày ${formatDate(procedure.abolishedOn, lang)}`
                : `since ${formatDate(procedure.abolishedOn, lang)}`
              : null}
            {abolishingAnnouncement
              ? ` — ${lang === "vi" ? "theo Quyết định số" : "by Decision No."} ${abolishingAnnouncement.number}`
              : null}
          </p>
          {replacement ? (
            <p>
              {lang === "vi" ? "Thủ tục thay thế: " : "Replaced by: "}
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

      {pending ? (
        <p className="notice" role="note" data-testid="pending-content">
          <span className="tag">{missingLabels.pendingTag[lang]}</span> {missingLabels.pending[lang]}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{label("name", lang)}</dt>
        <dd>{version.name}</dd>
        <dt>{label("code", lang)}</dt>
        <dd>
          {procedure.hasNationalCode ? procedure.code : missingLabels.noNationalCode[lang]}
          {procedure.isSample ? (
            <span className="muted">
              {lang === "vi" ? " (mã mẫu, không phải mã chính thức)" : " (sample code, not official)"}
            </span>
          ) : procedure.hasNationalCode ? (
            <>
              {" — "}
              <a href={`${NATIONAL_PORTAL}${encodeURIComponent(procedure.code)}`} rel="external">
                {lang === "vi" ? "xem trên Cổng Dịch vụ công quốc gia" : "national public service portal"}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{label("field", lang)}</dt>
        <dd>{field.name}</dd>
        <dt>{label("level", lang)}</dt>
        <dd>{c.level ? procedureLevelLabels[c.level][lang] : notStated}</dd>
        <dt>{lang === "vi" ? "Nơi tiếp nhận" : "Where to apply"}</dt>
        <dd>{override.localPlace ?? unit.name}</dd>
      </dl>
      {c.anywhereInProvince ? <p className="notice">{missingLabels.anywhereInProvince[lang]}</p> : null}

      {pending ? null : (
        <>
          <h2>{label("steps", lang)}</h2>
          <Steps text={c.steps} missing={notStated} />

          <h2>{label("channels", lang)}</h2>
          {c.channels.length > 0 ? (
            <ul>
              {c.channels.map((ch) => (
                <li key={ch.kind}>
                  <strong>{procedureChannelLabels[ch.kind][lang]}</strong>
                  {ch.onlineLevel ? ` (${onlineLevelLabels[ch.onlineLevel][lang]})` : ""}
                  {ch.description ? <StructuredText text={ch.description} missing="" /> : null}
                  {ch.timeLimit ? (
                    <>
                      <strong>{label("timeLimit", lang)}:</strong>
                      <StructuredText text={ch.timeLimit} missing="" />
                    </>
                  ) : null}
                  {ch.fee ? (
                    <>
                      <strong>{label("fees", lang)}:</strong>
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

          <h2>{label("dossier", lang)}</h2>
          <DossierSection text={c.dossier} missing={notStated} lang={lang} />

          <h2>{label("timeLimit", lang)}</h2>
          <StructuredText text={c.timeLimit} missing={notStated} />
          <LocalDifference text={override.localTimeLimit} lang={lang} />

          <h2>{label("applicants", lang)}</h2>
          <StructuredText text={c.applicants} missing={notStated} />

          <h2>{label("agencies", lang)}</h2>
          <Agencies text={c.agencies} missing={notStated} />

          {c.receptionHours ? (
            <>
              <h2>{label("receptionHours", lang)}</h2>
              <StructuredText text={c.receptionHours} missing={notStated} />
            </>
          ) : null}

          <h2>{label("result", lang)}</h2>
          <StructuredText text={c.result} missing={notStated} />

          <h2>{label("fees", lang)}</h2>
          <StructuredText
            text={c.fees}
            missing={
              c.channels.some((ch) => ch.fee)
                ? lang === "vi"
                  ? "Xem theo từng cách thức thực hiện ở trên."
                  : "See each way of applying above."
                : notStated
            }
          />
          <LocalDifference text={override.localFee} lang={lang} />

          <h2>{label("forms", lang)}</h2>
          {formRefs.length === 0 ? (
            <p>
              {c.forms === "" ? notStated : lang === "vi" ? "Không có mẫu đơn, mẫu tờ khai." : "No forms."}
            </p>
          ) : (
            <ul className="marked marked-dash">
              {formRefs.map((f) => (
                <li key={f.code}>
                  <span className="marker">{f.marker ?? "-"}</span>{" "}
                  {disclosure.formFiles.has(f.code) ? (
                    <a
                      href={`/bieu-mau/${encodeURIComponent(procedure.code)}/${encodeURIComponent(f.code)}`}
                      download
                    >
                      {f.name}
                    </a>
                  ) : (
                    f.name
                  )}
                </li>
              ))}
            </ul>
          )}

          <h2>{label("conditions", lang)}</h2>
          <StructuredText text={c.conditions} missing={notStated} />

          <h2>{label("legalBasis", lang)}</h2>
          <StructuredText text={c.legalBasis} missing={notStated} />
        </>
      )}

      <LocalDifference text={override.localNotes} lang={lang} />

      <h2>{lang === "vi" ? "Thông tin công bố" : "Publication"}</h2>
      <dl className="facts small">
        {announcement ? (
          <>
            <dt>{lang === "vi" ? "Quyết định công bố" : "Announcing decision"}</dt>
            <dd>
              {announcement.number} ({formatDate(announcement.issuedOn, lang)}) — {announcement.title}
            </dd>
          </>
        ) : null}
        <dt>{lang === "vi" ? "Ngày có hiệu lực" : "Effective from"}</dt>
        <dd>{version.effectiveStated ? formatDate(version.effectiveFrom, lang) : notStated}</dd>
        <dt>{lang === "vi" ? "Phiên bản" : "Version"}</dt>
        <dd>
          {version.versionNo}
          {historyHref ? (
            <>
              {" — "}
              <Link href={historyHref}>
                {lang === "vi" ? "xem lịch sử các phiên bản" : "version history"}
              </Link>
            </>
          ) : null}
        </dd>
        <dt>{lang === "vi" ? "Cập nhật lần cuối" : "Last updated"}</dt>
        <dd>{formatDate(localDay(maxDate(version.createdAt, override.updatedAt)), lang)}</dd>
      </dl>
    </article>
  );
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}
