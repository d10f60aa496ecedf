import "server-only";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/features/survey/server/survey-context";
import { isLang, otherLang } from "@/i18n/locales";
import { channels } from "@/lib/constants";
import { normalizeShortCode } from "@/lib/short-code";

export type SurveyPageProps = {
  params: Promise<{ lang: string; code: string }>;
  searchParams: Promise<{ kenh?: string }>;
};

/** What both survey pages (quick and full) need: language, link code, where the citizen was, channel. */
export async function loadSurveyPage({ params, searchParams }: SurveyPageProps) {
  const { lang, code: rawCode } = await params;
  const { kenh } = await searchParams;
  const code = normalizeShortCode(rawCode);
  if (!isLang(lang) || !code) notFound();
  const context = await getSurveyContext(code);
  if (!context) notFound();
  const channel = channels.find((c) => c === kenh) ?? "web";
  return { lang, code, context, channel, kenh, other: otherLang(lang) };
}
