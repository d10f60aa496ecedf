import Link from "next/link";
import type { Disclosure as DisclosureData } from "@/db/queries/procedures";
import { channelLabels, label, levelLabels, onlineLevelLabels, statusLabels } from "@/lib/disclosure-labels";
import type { Lang } from "@/lib/i18n";
import { formatDate, localDay } from "@/lib/time";

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

      <dl className="facts">
        <dt>{label("name", lang)}</dt>
        <dd>{version.name}</dd>
        <dt>{label("code", lang)}</dt>
        <dd>
          {procedure.code}
          {procedure.isSample ? (
            <span className="muted">
              {lang === "vi" ? " (mã mẫu, không phải mã chính thức)" : " (sample code, not official)"}
            </span>
          ) : (
            <>
              {" — "}
              <a href={`${NATIONAL_PORTAL}${encodeURIComponent(procedure.code)}`} rel="external">
                {lang === "vi" ? "xem trên Cổng Dịch vụ công quốc gia" : "national public service portal"}
              </a>
            </>
          )}
        </dd>
        <dt>{label("field", lang)}</dt>
        <dd>{field.name}</dd>
        <dt>{label("level", lang)}</dt>
        <dd>{levelLabels[c.level][lang]}</dd>
        <dt>{lang === "vi" ? "Nơi tiếp nhận" : "Where to apply"}</dt>
        <dd>{override.localPlace ?? unit.name}</dd>
      </dl>

      <h2>{label("steps", lang)}</h2>
      <ol>
        {c.steps.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are an ordered, immutable list
          <li key={i}>{step}</li>
        ))}
      </ol>

      <h2>{label("channels", lang)}</h2>
      <ul>
        {c.channels.map((ch) => (
          <li key={ch.kind}>
            <strong>{channelLabels[ch.kind][lang]}</strong>
            {ch.onlineLevel ? ` (${onlineLevelLabels[ch.onlineLevel][lang]})` : ""}
            {ch.description ? `: ${ch.description}` : ""}
            <br />
            {label("timeLimit", lang)}: {ch.timeLimit}
            <br />
            {label("fees", lang)}: {ch.fee}
          </li>
        ))}
      </ul>

      <h2>{label("components", lang)}</h2>
      <ol>
        {c.components.map((comp, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: components are an ordered, immutable list
          <li key={i}>
            {comp.name} — <em>{comp.copies}</em>
            {comp.note ? <span className="muted"> ({comp.note})</span> : null}
          </li>
        ))}
      </ol>

      <h2>{label("timeLimit", lang)}</h2>
      <p>{c.timeLimit}</p>
      <LocalDifference text={override.localTimeLimit} lang={lang} />

      <h2>{label("applicants", lang)}</h2>
      <p>{c.applicants}</p>

      <h2>{label("implementingAgency", lang)}</h2>
      <p>{c.implementingAgency}</p>

      <h2>{label("result", lang)}</h2>
      <p>{c.result}</p>

      <h2>{label("fees", lang)}</h2>
      <p>{c.fees}</p>
      <LocalDifference text={override.localFee} lang={lang} />

      <h2>{label("forms", lang)}</h2>
      {c.forms.length === 0 ? (
        <p>{lang === "vi" ? "Không có mẫu đơn, mẫu tờ khai." : "No forms."}</p>
      ) : (
        <ul>
          {c.forms.map((f) => (
            <li key={f.code}>
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
      <p>{c.conditions}</p>

      <h2>{label("legalBasis", lang)}</h2>
      <ul>
        {c.legalBasis.map((l) => (
          <li key={l.number}>
            {l.number}: {l.title}
            {l.issuedOn ? ` (${lang === "vi" ? "ngày" : "of"} ${formatDate(l.issuedOn, lang)})` : ""}
          </li>
        ))}
      </ul>

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
        <dd>{formatDate(version.effectiveFrom, lang)}</dd>
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
