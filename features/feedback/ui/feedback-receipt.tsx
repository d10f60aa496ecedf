import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Lang } from "@/i18n/locales";
import { formatDate, localDay } from "@/lib/time";
import { formatReference, trackingPath } from "../reference";

/** What the citizen keeps of their feedback: the reference, the due date, the link to follow it. */
export async function FeedbackReceiptNotice({
  lang,
  receipt,
}: {
  lang: Lang;
  receipt: { reference: string; dueAt: Date; trackingToken: string };
}) {
  const t = await getTranslations({ locale: lang, namespace: "feedback.thanks" });
  return (
    <section className="notice" aria-labelledby="feedback-receipt-heading" data-testid="feedback-receipt">
      <h2 id="feedback-receipt-heading">{t("heading")}</h2>
      <p>
        <strong>{t("reference", { reference: formatReference(receipt.reference) })}</strong>
      </p>
      <p>{t("due", { due: formatDate(localDay(receipt.dueAt), lang) })}</p>
      <p>{t("keep")}</p>
      <p>
        <Link className="button" href={trackingPath(lang, receipt.trackingToken)} prefetch={false}>
          {t("track")}
        </Link>
      </p>
    </section>
  );
}
