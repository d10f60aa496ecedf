import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { findReceipt } from "@/features/dossiers/server/receipts";
import { getUnitSurveyInstrument } from "@/features/survey/server/instrument-queries";
import { RECEIPT_TOKEN } from "@/features/survey/submission";
import { QuickQuestion } from "@/features/survey/ui/quick-question";
import { isLang } from "@/lib/i18n";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Đánh giá hồ sơ", robots: { index: false } };

/** The survey of one dossier, from its receipt: one response per dossier, then "Đã ghi nhận đánh giá". */
export default async function ReceiptSurveyPage({
  params,
}: {
  params: Promise<{ lang: string; token: string }>;
}) {
  const { lang, token } = await params;
  if (!isLang(lang) || !RECEIPT_TOKEN.test(token)) notFound();
  const dossier = await findReceipt(token);
  if (!dossier?.linkCode) notFound();
  const other = lang === "vi" ? "en" : "vi";
  // Receipts ask the quick question: its "Không hài lòng" feeds the official dossier ratio.
  const quick = await getUnitSurveyInstrument(null);
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${other}/bien-nhan/${token}`} />
      <main id="main" className="wrap">
        <p className="muted small">
          {dossier.unitName} · {lang === "vi" ? "Hồ sơ" : "Dossier"} {dossier.code}
        </p>
        {dossier.responseId ? (
          <>
            <h1>{lang === "vi" ? "Đã ghi nhận đánh giá" : "Rating already recorded"}</h1>
            <p className="notice" role="status">
              {lang === "vi"
                ? "Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần. Cảm ơn Ông/Bà!"
                : "This dossier has already been rated; each dossier can be rated once. Thank you!"}
            </p>
          </>
        ) : (
          <QuickQuestion
            lang={lang}
            link={dossier.linkCode}
            channel="receipt"
            idempotencyKey={randomUUID()}
            receipt={token}
            instrument={{ id: quick.id, key: quick.key, definition: quick.definition }}
          />
        )}
      </main>
    </>
  );
}
