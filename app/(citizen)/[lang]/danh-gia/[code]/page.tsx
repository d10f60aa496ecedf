import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getUnitSurveyInstrument } from "@/features/survey/server/instrument-queries";
import { Questionnaire } from "@/features/survey/ui/questionnaire";
import { QuickQuestion } from "@/features/survey/ui/quick-question";
import { isLang } from "@/i18n/locales";

import { loadSurveyPage, retryOf, type SurveyPageProps } from "./load";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: Pick<SurveyPageProps, "params">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return { robots: { index: false } };
  const t = await getTranslations({ locale: lang, namespace: "survey.titles" });
  return { title: t("survey"), robots: { index: false } };
}

/**
 * The survey a unit's QR opens: its chosen questionnaire, by default the quick question (one tap).
 * A plain form post — works with JavaScript off.
 */
export default async function SurveyPage(props: SurveyPageProps) {
  const { lang, code, context, channel, kenh, query, other } = await loadSurveyPage(props);
  const [instrument, t] = await Promise.all([
    getUnitSurveyInstrument(context.surveyInstrumentKey),
    getTranslations({ locale: lang, namespace: "survey" }),
  ]);
  const form = {
    lang,
    link: code,
    channel,
    idempotencyKey: randomUUID(),
    instrument: { id: instrument.id, key: instrument.key, definition: instrument.definition },
  };
  return (
    <>
      <CitizenHeader
        lang={lang}
        alternateHref={`/${other}/danh-gia/${code}${kenh ? `?kenh=${channel}` : ""}`}
      />
      <main id="main" className="wrap">
        <p className="muted small">
          {context.unitName}
          {context.counterName ? ` · ${context.counterName}` : ""}
          {context.procedureName ? ` · ${context.procedureName}` : ""}
        </p>
        {instrument.definition.kind === "quick" ? (
          <QuickQuestion {...form} />
        ) : (
          <>
            <h1>{instrument.definition.title[lang]}</h1>
            <Questionnaire {...form} retry={retryOf(instrument.definition, query, lang)} />
          </>
        )}
        <p className="small muted">{t("anonymous")}</p>
      </main>
    </>
  );
}
