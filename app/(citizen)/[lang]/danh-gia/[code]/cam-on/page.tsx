import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/components/citizen-header";
import { getResponseByKey } from "@/db/queries/responses";
import { getSurveyContext } from "@/db/queries/survey-context";
import { isLang } from "@/lib/i18n";
import { serviceElements } from "@/lib/instruments";
import { normalizeShortCode } from "@/lib/short-code";
import { MAX_COMMENT_LENGTH } from "@/lib/survey-submission";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cảm ơn", robots: { index: false } };

type Props = {
  params: Promise<{ lang: string; code: string }>;
  searchParams: Promise<{ k?: string; xong?: string }>;
};

export default async function ThankYouPage({ params, searchParams }: Props) {
  const { lang, code: rawCode } = await params;
  const { k, xong } = await searchParams;
  const code = normalizeShortCode(rawCode);
  if (!isLang(lang) || !code) notFound();
  const [context, response] = await Promise.all([
    getSurveyContext(code),
    k && k.length <= 100 ? getResponseByKey(k) : undefined,
  ]);
  if (!context || !response || !k) notFound();
  const other = lang === "vi" ? "en" : "vi";
  const askWhy = response.quickValue === 1 && response.reasons === null && !xong;
  return (
    <>
      <CitizenHeader
        lang={lang}
        alternateHref={`/${other}/danh-gia/${code}/cam-on?k=${encodeURIComponent(k)}`}
      />
      <main id="main" className="wrap">
        <h1>{lang === "vi" ? "Cảm ơn Ông/Bà đã đánh giá!" : "Thank you for your feedback!"}</h1>
        <p className="notice" role="status">
          {lang === "vi" ? "Đánh giá của Ông/Bà đã được ghi nhận." : "Your rating has been recorded."}
        </p>
        {askWhy ? (
          <form method="post" action="/api/v1/responses/follow-up">
            <input type="hidden" name="idempotencyKey" value={k} />
            <input type="hidden" name="link" value={code} />
            <input type="hidden" name="lang" value={lang} />
            <fieldset>
              <legend>
                <h2>
                  {lang === "vi"
                    ? "Ông/Bà chưa hài lòng về điều gì? (có thể chọn nhiều)"
                    : "What went wrong? (choose any)"}
                </h2>
              </legend>
              {serviceElements.map((e) => (
                <label key={e.key} className="check">
                  <input type="checkbox" name="reasons" value={e.key} />
                  <span>{e.title[lang]}</span>
                </label>
              ))}
            </fieldset>
            <label htmlFor="comment">
              {lang === "vi" ? "Góp ý thêm (không bắt buộc)" : "Comment (optional)"}
            </label>
            <textarea id="comment" name="comment" rows={4} maxLength={MAX_COMMENT_LENGTH} />
            <p>
              <button type="submit">{lang === "vi" ? "Gửi góp ý" : "Send"}</button>
            </p>
          </form>
        ) : (
          <p>
            <Link className="button secondary" href={`/${lang}/don-vi/${context.unitSlug}`}>
              {lang === "vi" ? "Xem thủ tục của đơn vị" : "See this unit's procedures"}
            </Link>
          </p>
        )}
      </main>
    </>
  );
}
