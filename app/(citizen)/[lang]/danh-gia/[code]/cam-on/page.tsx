import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { feedbackReceiptOf } from "@/features/feedback/server/intake";
import { FeedbackReceiptNotice } from "@/features/feedback/ui/feedback-receipt";
import { mayFollowUp, readFollowUpToken } from "@/features/survey/follow-up";
import { serviceElements } from "@/features/survey/instruments";
import { getFollowUpCandidate } from "@/features/survey/server/response-queries";
import { getSurveyContext } from "@/features/survey/server/survey-context";
import { MAX_COMMENT_LENGTH } from "@/features/survey/submission";
import { FollowUpForm } from "@/features/survey/ui/follow-up-form";
import { isLang, otherLang } from "@/i18n/locales";
import { authSecret } from "@/lib/env";
import { normalizeShortCode } from "@/lib/short-code";
import { followUpAction } from "./actions";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return { robots: { index: false } };
  const t = await getTranslations({ locale: lang, namespace: "survey.titles" });
  return { title: t("thanks"), robots: { index: false } };
}

type Props = {
  params: Promise<{ lang: string; code: string }>;
  searchParams: Promise<{ t?: string; xong?: string }>;
};

export default async function ThankYouPage({ params, searchParams }: Props) {
  const { lang, code: rawCode } = await params;
  const { t: token, xong } = await searchParams;
  const code = normalizeShortCode(rawCode);
  if (!isLang(lang) || !code) notFound();
  // The token the submission gave this browser names its response (and expires after a while).
  const responseId = readFollowUpToken(token, authSecret(), Date.now());
  const [context, response] = await Promise.all([
    getSurveyContext(code),
    responseId === null ? undefined : getFollowUpCandidate({ id: responseId }),
  ]);
  if (!context || !response || !token || response.shortLinkCode !== code) notFound();
  const other = otherLang(lang);
  // Below the top two levels ("Không hài lòng", or "Bình thường" and lower on 5 levels): ask what went wrong.
  const askWhy = mayFollowUp(response) && !xong;
  // After a follow-up with a comment: the item's reference, due date and private link.
  const receipt = xong ? await feedbackReceiptOf({ responseId: response.id }) : undefined;
  const t = await getTranslations({ locale: lang, namespace: "survey" });
  return (
    <>
      <CitizenHeader
        lang={lang}
        alternateHref={`/${other}/danh-gia/${code}/cam-on?t=${encodeURIComponent(token)}`}
      />
      <main id="main" className="wrap">
        <h1>{t("thanks.heading")}</h1>
        <p className="notice" role="status">
          {t("thanks.recorded")}
        </p>
        {receipt ? <FeedbackReceiptNotice lang={lang} receipt={receipt} /> : null}
        {askWhy ? (
          <FollowUpForm
            action={followUpAction}
            lang={lang}
            text={{
              why: t("followUp.why"),
              comment: t("followUp.comment"),
              reply: t("followUp.reply"),
              name: t("followUp.name"),
              phone: t("followUp.phone"),
              email: t("followUp.email"),
              consent: t("followUp.consent"),
              send: t("followUp.send"),
            }}
            token={token}
            link={code}
            elements={serviceElements.map((e) => ({ key: e.key, title: e.title[lang] }))}
            maxComment={MAX_COMMENT_LENGTH}
          />
        ) : (
          <>
            {response.quickValue !== null ? (
              <section className="notice" aria-labelledby="full-heading">
                <h2 id="full-heading">{t("thanks.moreTime")}</h2>
                <p>{t("thanks.moreTimeBody")}</p>
                <Link className="button" href={`/${lang}/danh-gia/${code}/day-du`}>
                  {t("thanks.answerFull")}
                </Link>
              </section>
            ) : null}
            <p>
              <Link className="button secondary" href={`/${lang}/don-vi/${context.unitSlug}`}>
                {t("thanks.unitProcedures")}
              </Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
