import type { Channel } from "@/lib/constants";
import type { Lang } from "@/lib/i18n";
import { quickInstrument } from "@/lib/instruments";

/** Humans never see or fill it; a filled honeypot flags the response (kept, excluded from indices). */
export function Honeypot() {
  return (
    <div className="hp" aria-hidden="true">
      <label htmlFor="website">Website</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/** The quick question as big submit buttons: one tap stores the answer. A plain form, no JavaScript needed. */
export function QuickQuestion({
  lang,
  link,
  channel,
  idempotencyKey,
  receipt,
}: {
  lang: Lang;
  link: string;
  channel: Channel;
  idempotencyKey: string;
  receipt?: string;
}) {
  const scale = [...quickInstrument.scale].reverse();
  return (
    <form method="post" action="/api/v1/responses">
      <fieldset>
        <legend>
          <h1>{quickInstrument.question?.[lang]}</h1>
        </legend>
        <input type="hidden" name="link" value={link} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="channel" value={channel} />
        <input type="hidden" name="lang" value={lang} />
        {receipt ? <input type="hidden" name="receipt" value={receipt} /> : null}
        <Honeypot />
        <div className="choices">
          {scale.map((level) => (
            <button
              key={level.value}
              type="submit"
              name="value"
              value={level.value}
              className={`v${level.value}`}
            >
              {level.label[lang]}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
