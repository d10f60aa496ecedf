import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { formatReference } from "@/features/feedback/reference";
import { trackedFeedback } from "@/features/feedback/server/tracking";
import { isLang, otherLang } from "@/i18n/locales";
import { formatDate, localDay } from "@/lib/time";

export const dynamic = "force-dynamic";
type Params = Promise<{ lang: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return { robots: { index: false } };
  const t = await getTranslations({ locale: lang, namespace: "feedback.tracking" });
  return { title: t("metaTitle"), robots: { index: false } };
}

const STEPS = ["received", "inProgress", "answered", "closed"] as const;

/** A citizen's feedback, by its private link: reference, unit, dates, status, and the reply once sent. */
export default async function TrackingPage({ params }: { params: Params }) {
  const { lang, token } = await params;
  if (!isLang(lang)) notFound();
  const item = await trackedFeedback(token);
  if (!item?.reference) notFound();
  const t = await getTranslations({ locale: lang, namespace: "feedback.tracking" });
  const reference = formatReference(item.reference);
  const day = (at: Date | null) => (at ? formatDate(localDay(at), lang) : "—");
  const current = STEPS.indexOf(item.step);
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${otherLang(lang)}/theo-doi/${token}`} />
      <main id="main" className="wrap">
        <h1>{t("title", { reference })}</h1>
        <p className="muted">{t("intro")}</p>
        <dl className="facts">
          <dt>{t("reference")}</dt>
          <dd data-testid="tracking-reference">{reference}</dd>
          <dt>{t("unit")}</dt>
          <dd>{item.unitName}</dd>
          <dt>{t("received")}</dt>
          <dd>{day(item.receivedAt)}</dd>
          <dt>{t("due")}</dt>
          <dd>{day(item.dueAt)}</dd>
          <dt>{t("status")}</dt>
          <dd data-testid="tracking-status">{t(`steps.${item.step}`)}</dd>
        </dl>
        <ol className="feedback-progress" aria-label={t("steps.label")}>
          {STEPS.map((step, i) => (
            <li
              key={step}
              className={i < current ? "done" : i === current ? "current" : undefined}
              aria-current={i === current ? "step" : undefined}
            >
              {t(`steps.${step}`)}
            </li>
          ))}
        </ol>
        <h2>{t("replyHeading")}</h2>
        {item.reply ? (
          <>
            <p className="muted">{t("repliedAt", { date: day(item.repliedAt) })}</p>
            <blockquote className="notice" style={{ whiteSpace: "pre-wrap" }} data-testid="tracking-reply">
              {item.reply}
            </blockquote>
          </>
        ) : (
          <p className="notice">
            {item.step === "closed" ? t("closedWithoutReply") : t("noReplyYet", { due: day(item.dueAt) })}
          </p>
        )}
        <p>
          <Link href={`/${lang}/don-vi/${item.unitSlug}`}>{t("unitPage", { unit: item.unitName })}</Link>
        </p>
      </main>
    </>
  );
}
