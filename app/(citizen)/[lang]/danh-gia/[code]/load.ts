import "server-only";
import { notFound } from "next/navigation";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import { getSurveyContext } from "@/features/survey/server/survey-context";
import { questionnaireRetry } from "@/features/survey/submission";
import { isLang, type Lang, otherLang } from "@/i18n/locales";
import { say } from "@/i18n/phrase";
import { channels } from "@/lib/constants";
import { normalizeShortCode } from "@/lib/short-code";

export type SurveyPageProps = {
  params: Promise<{ lang: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** What both survey pages (quick and full) need: language, link code, where the citizen was, channel. */
export async function loadSurveyPage({ params, searchParams }: SurveyPageProps) {
  const { lang, code: rawCode } = await params;
  const search = await searchParams;
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) if (typeof value === "string") query.set(name, value);
  const kenh = query.get("kenh") ?? undefined;
  const code = normalizeShortCode(rawCode);
  if (!isLang(lang) || !code) notFound();
  const context = await getSurveyContext(code);
  if (!context) notFound();
  const channel = channels.find((c) => c === kenh) ?? "web";
  return { lang, code, context, channel, kenh, query, other: otherLang(lang) };
}

/** A questionnaire the server sent back (JavaScript off): its answers and why, in the page's language. */
export function retryOf(definition: InstrumentDefinition, query: URLSearchParams, lang: Lang) {
  const retry = questionnaireRetry(definition, query);
  return retry ? { ...retry, message: say(lang, retry.message) } : undefined;
}
