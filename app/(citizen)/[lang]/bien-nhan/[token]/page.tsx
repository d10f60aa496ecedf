import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { findReceipt } from "@/features/dossiers/server/receipts";
import { getUnitSurveyInstrument } from "@/features/survey/server/instrument-queries";
import { RECEIPT_TOKEN } from "@/features/survey/submission";
import { QuickQuestion } from "@/features/survey/ui/quick-question";
import { isLang, otherLang } from "@/i18n/locales";

export const dynamic = "force-dynamic";
type Params = Promise<{ lang: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return { robots: { index: false } };
  const t = await getTranslations({ locale: lang, namespace: "survey.titles" });
  return { title: t("receipt"), robots: { index: false } };
}

/** The survey of one dossier, from its receipt: one response per dossier, then "Đã ghi nhận đánh giá". */
export default async function ReceiptSurveyPage({ params }: { params: Params }) {
  const { lang, token } = await params;
  if (!isLang(lang) || !RECEIPT_TOKEN.test(token)) notFound();
  const dossier = await findReceipt(token);
  if (!dossier?.linkCode) notFound();
  const other = otherLang(lang);
  // Receipts ask the quick question: its "Không hài lòng" feeds the official dossier ratio.
  const [quick, t] = await Promise.all([
    getUnitSurveyInstrument(null),
    getTranslations({ locale: lang, namespace: "survey.receipt" }),
  ]);
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={`/${other}/bien-nhan/${token}`} />
      <main id="main" className="wrap">
        <p className="muted small">
          {dossier.unitName} · {t("dossier", { code: dossier.code })}
        </p>
        {dossier.responseId ? (
          <>
            <h1>{t("alreadyHeading")}</h1>
            <p className="notice" role="status">
              {t("alreadyBody")}
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
