import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getPublishedInstrument } from "@/features/survey/server/instrument-queries";
import { Questionnaire } from "@/features/survey/ui/questionnaire";
import { isLang } from "@/i18n/locales";

import { loadSurveyPage, retryOf, type SurveyPageProps } from "../load";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: Pick<SurveyPageProps, "params">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return { robots: { index: false } };
  const t = await getTranslations({ locale: lang, namespace: "survey.titles" });
  return { title: t("full"), robots: { index: false } };
}

/**
 * The national questionnaire (service delivery: 19 items in five elements, 5-level scale), offered after
 * the quick answer. Any item may be skipped; one submit; a plain form that works with JavaScript off.
 */
export default async function FullSurveyPage(props: SurveyPageProps) {
  const { lang, code, context, channel, query, other } = await loadSurveyPage(props);
  const instrument = await getPublishedInstrument("service");
  if (!instrument) notFound();
  const { elements } = instrument.definition;
  const items = elements.reduce((n, e) => n + e.items.length, 0);
  const t = await getTranslations({ locale: lang, namespace: "survey.full" });
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${other}/danh-gia/${code}/day-du`} />
      <main id="main" className="wrap">
        <p className="muted small">{context.unitName}</p>
        <h1>{instrument.definition.title[lang]}</h1>
        <p>{t("intro", { items, parts: elements.length })}</p>
        <Questionnaire
          lang={lang}
          link={code}
          channel={channel}
          idempotencyKey={randomUUID()}
          instrument={{ id: instrument.id, key: instrument.key, definition: instrument.definition }}
          retry={retryOf(instrument.definition, query, lang)}
        />
      </main>
    </>
  );
}
