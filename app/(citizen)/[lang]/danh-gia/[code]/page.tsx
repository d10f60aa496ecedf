import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { CitizenHeader } from "@/components/citizen-header";
import { QuickQuestion } from "@/components/survey/quick-question";

import { loadSurveyPage, type SurveyPageProps } from "./load";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đánh giá sự hài lòng", robots: { index: false } };

/** The quick survey: one question, one tap. A plain form post — works with JavaScript off. */
export default async function QuickSurveyPage(props: SurveyPageProps) {
  const { lang, code, context, channel, kenh, other } = await loadSurveyPage(props);
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
        <QuickQuestion lang={lang} link={code} channel={channel} idempotencyKey={randomUUID()} />
        <p className="small muted">
          {lang === "vi"
            ? "Phiếu đánh giá ẩn danh: không thu thập họ tên, số điện thoại hay địa chỉ IP."
            : "Anonymous: we do not collect your name, phone number or IP address."}
        </p>
      </main>
    </>
  );
}
