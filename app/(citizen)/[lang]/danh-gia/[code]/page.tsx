import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/components/citizen-header";
import { QuickQuestion } from "@/components/survey/quick-question";
import { getSurveyContext } from "@/db/queries/survey-context";
import { channels } from "@/lib/constants";
import { isLang } from "@/lib/i18n";
import { normalizeShortCode } from "@/lib/short-code";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đánh giá sự hài lòng", robots: { index: false } };

type Props = { params: Promise<{ lang: string; code: string }>; searchParams: Promise<{ kenh?: string }> };

/** The quick survey: one question, one tap. A plain form post — works with JavaScript off. */
export default async function QuickSurveyPage({ params, searchParams }: Props) {
  const { lang, code: rawCode } = await params;
  const { kenh } = await searchParams;
  const code = normalizeShortCode(rawCode);
  if (!isLang(lang) || !code) notFound();
  const context = await getSurveyContext(code);
  if (!context) notFound();
  const channel = channels.find((c) => c === kenh) ?? "web";
  const other = lang === "vi" ? "en" : "vi";
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
