import { getTranslations } from "next-intl/server";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import type { Lang } from "@/i18n/locales";
import type { Channel } from "@/lib/constants";
import { SurveySend, type SurveySendText } from "./survey-send";

/** The words of `SurveySend` in a language. */
export async function surveySendText(lang: Lang): Promise<SurveySendText> {
  const t = await getTranslations({ locale: lang, namespace: "survey" });
  return {
    notSent: t("send.notSent"),
    saved: t("send.saved"),
    failed: t("send.failed"),
    answerOne: t("errors.answerOne"),
  };
}

/** Humans never see or fill it; a filled honeypot flags the response (kept, excluded from indices). */
export function Honeypot() {
  return (
    <div className="hp" aria-hidden="true">
      <label htmlFor="website">Website</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/** Where a survey form was opened; posted with every answer. */
export interface SurveyFormContext {
  lang: Lang;
  link: string;
  channel: Channel;
  idempotencyKey: string;
  /** Single-use token from a dossier receipt. */
  receipt?: string;
  /** The exact version shown (row id): the response records it. */
  instrument: { id: number; key: string; definition: InstrumentDefinition };
}

/** The hidden fields every survey form carries, whatever its instrument. */
export function SurveyFormFields({
  lang,
  link,
  channel,
  idempotencyKey,
  receipt,
  instrument,
}: SurveyFormContext) {
  return (
    <>
      <input type="hidden" name="instrument" value={instrument.key} />
      <input type="hidden" name="instrumentVersion" value={instrument.id} />
      <input type="hidden" name="link" value={link} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="channel" value={channel} />
      <input type="hidden" name="lang" value={lang} />
      {receipt ? <input type="hidden" name="receipt" value={receipt} /> : null}
      <Honeypot />
    </>
  );
}

/** Button colour by satisfaction, whatever the scale's size: the top two green, the middle grey, the rest red. */
function tone(value: number, levels: number): string {
  if (value >= levels - 1) return `v${value - levels + 3}`;
  return levels === 5 && value === 3 ? "neutral" : "v1";
}

/**
 * The quick question as big submit buttons: one tap stores the answer. A plain form, no JavaScript needed;
 * with it, an answer the network lost is kept on the phone and sent later (`SurveySend`).
 */
export async function QuickQuestion(props: SurveyFormContext) {
  const { lang, instrument } = props;
  const text = await surveySendText(lang);
  const levels = instrument.definition.scale.length;
  const scale = [...instrument.definition.scale].reverse();
  return (
    <form method="post" action="/api/v1/responses">
      <fieldset>
        <legend>
          <h1>{instrument.definition.question?.[lang]}</h1>
        </legend>
        <SurveyFormFields {...props} />
        <SurveySend text={text} />
        <div className="choices">
          {scale.map((level) => (
            <button
              key={level.value}
              type="submit"
              name="value"
              value={level.value}
              className={tone(level.value, levels)}
            >
              {level.label[lang]}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
