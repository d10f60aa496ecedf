import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { mayFollowUp, readFollowUpToken } from "@/features/survey/follow-up";
import { serviceElements } from "@/features/survey/instruments";
import { getFollowUpCandidate } from "@/features/survey/server/response-queries";
import { getSurveyContext } from "@/features/survey/server/survey-context";
import { MAX_COMMENT_LENGTH } from "@/features/survey/submission";
import { FollowUpForm } from "@/features/survey/ui/follow-up-form";
import { authSecret } from "@/lib/env";
import { isLang } from "@/lib/i18n";
import { normalizeShortCode } from "@/lib/short-code";
import { followUpAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cảm ơn", robots: { index: false } };

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
  const other = lang === "vi" ? "en" : "vi";
  // Below the top two levels ("Không hài lòng", or "Bình thường" and lower on 5 levels): ask what went wrong.
  const askWhy = mayFollowUp(response) && !xong;
  return (
    <>
      <CitizenHeader
        lang={lang}
        alternateHref={`/${other}/danh-gia/${code}/cam-on?t=${encodeURIComponent(token)}`}
      />
      <main id="main" className="wrap">
        <h1>{lang === "vi" ? "Cảm ơn Ông/Bà đã đánh giá!" : "Thank you for your feedback!"}</h1>
        <p className="notice" role="status">
          {lang === "vi" ? "Đánh giá của Ông/Bà đã được ghi nhận." : "Your rating has been recorded."}
        </p>
        {askWhy ? (
          <FollowUpForm
            action={followUpAction}
            lang={lang}
            token={token}
            link={code}
            elements={serviceElements.map((e) => ({ key: e.key, title: e.title[lang] }))}
            maxComment={MAX_COMMENT_LENGTH}
          />
        ) : (
          <>
            {response.quickValue !== null ? (
              <section className="notice" aria-labelledby="full-heading">
                <h2 id="full-heading">
                  {lang === "vi" ? "Ông/Bà có thêm 3 phút?" : "Do you have 3 more minutes?"}
                </h2>
                <p>
                  {lang === "vi"
                    ? "Phiếu khảo sát đầy đủ gồm 19 câu về 5 yếu tố của dịch vụ giúp cơ quan cải thiện tốt hơn."
                    : "The full questionnaire (19 questions on 5 elements of the service) helps us improve."}
                </p>
                <Link className="button" href={`/${lang}/danh-gia/${code}/day-du`}>
                  {lang === "vi" ? "Trả lời phiếu đầy đủ" : "Answer the full questionnaire"}
                </Link>
              </section>
            ) : null}
            <p>
              <Link className="button secondary" href={`/${lang}/don-vi/${context.unitSlug}`}>
                {lang === "vi" ? "Xem thủ tục của đơn vị" : "See this unit's procedures"}
              </Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
