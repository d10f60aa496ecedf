import "server-only";
import { wakeDelivery } from "@/features/messaging/server/delivery";
import { mayFollowUp } from "@/features/survey/follow-up";
import { addQuickFollowUp, getFollowUpCandidate } from "@/features/survey/server/response-queries";
import type { Lang } from "@/i18n/locales";
import { phrase, say } from "@/i18n/phrase";
import { publicUrl } from "@/lib/env";
import { HttpError } from "@/lib/http";
import { qrSvg } from "@/lib/qr";
import { formatDate, localDay } from "@/lib/time";
import type { KioskFeedbackReceipt } from "../feedback";
import { formatReference, trackingPath } from "../reference";
import { feedbackReceiptOf } from "./intake";

/**
 * Citizens' feedback arrives as the follow-up of a dissatisfied quick answer: the elements that went wrong
 * and a comment, which becomes an item of the unit's inbox (db/queries/responses.ts `addQuickFollowUp`
 * writes both in one transaction). The web follow-up is lib/survey/submit-follow-up.ts; this is the kiosk's.
 */

/** The receipt of the feedback item of this kiosk answer, in a language; null without an item. */
export async function kioskFeedbackReceipt(
  responseId: number,
  lang: Lang,
): Promise<KioskFeedbackReceipt | null> {
  const receipt = await feedbackReceiptOf({ responseId });
  if (!receipt) return null;
  const trackingUrl = publicUrl(trackingPath(lang, receipt.trackingToken));
  return {
    reference: formatReference(receipt.reference),
    due: formatDate(localDay(receipt.dueAt), lang),
    trackingUrl,
    qr: `data:image/svg+xml,${encodeURIComponent(qrSvg(trackingUrl, { title: say(lang, phrase("feedback.thanks.scan")) }))}`,
  };
}

/**
 * The follow-up of a kiosk "Không hài lòng" (no contact details on a shared tablet). Only this kiosk's own
 * unflagged, dissatisfied answer, once: anything else is quietly not saved. A 404 for an answer the kiosk
 * never gave. A comment becomes a feedback item whose receipt (reference, due date, tracking code) the
 * kiosk shows — also to a replay of a follow-up already saved.
 */
export async function submitKioskFollowUp(
  device: { unitId: number },
  input: { idempotencyKey: string; reasons: string[]; comment: string | null },
  lang: Lang,
): Promise<{ saved: boolean; receipt: KioskFeedbackReceipt | null }> {
  const response = await getFollowUpCandidate({
    idempotencyKey: input.idempotencyKey,
    unitId: device.unitId,
    channel: "kiosk",
  });
  if (!response) {
    throw new HttpError(404, "unknown_response", phrase("errors.api.unknown_response"));
  }
  const saved =
    mayFollowUp(response) && (input.reasons.length > 0 || input.comment)
      ? await addQuickFollowUp(response.id, {
          reasons: input.reasons,
          comment: input.comment,
          contact: null,
          lang,
        })
      : undefined;
  if (saved?.feedback) wakeDelivery();
  return { saved: Boolean(saved), receipt: await kioskFeedbackReceipt(response.id, lang) };
}
