import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { getUnitSurveyInstrument } from "@/features/survey/server/instrument-queries";
import { Questionnaire } from "@/features/survey/ui/questionnaire";
import { QuickQuestion } from "@/features/survey/ui/quick-question";

import { loadSurveyPage, type SurveyPageProps } from "./load";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đánh giá sự hài lòng", robots: { index: false } };

/**
 * The survey a unit's QR opens: its chosen questionnaire, by default the quick question (one tap).
 * A plain form post — works with JavaScript off.
 */
export default async function SurveyPage(props: SurveyPageProps) {
  const { lang, code, context, channel, kenh, other } = await loadSurveyPage(props);
  const instrument = await getUnitSurveyInstrument(context.surveyInstrumentKey);
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
            <Questionnaire {...form} />
          </>
        )}
        <p className="small muted">
          {lang === "vi"
            ? "Phiếu đánh giá ẩn danh: không thu thập họ tên, số điện thoại hay địa chỉ IP."
            : "Anonymous: we do not collect your name, phone number or IP address."}
        </p>
      </main>
    </>
  );
}
