import "server-only";
import { mayFollowUp } from "@/features/survey/follow-up";
import { addQuickFollowUp, getFollowUpCandidate } from "@/features/survey/server/response-queries";
import { phrase } from "@/i18n/phrase";
import { HttpError } from "@/lib/http";

/**
 * Citizens' feedback arrives as the follow-up of a dissatisfied quick answer: the elements that went wrong
 * and a comment, which becomes an item of the unit's inbox (db/queries/responses.ts `addQuickFollowUp`
 * writes both in one transaction). The web follow-up is lib/survey/submit-follow-up.ts; this is the kiosk's.
 */

/**
 * The follow-up of a kiosk "Không hài lòng" (no contact details on a shared tablet). Only this kiosk's own
 * unflagged, dissatisfied answer, once: anything else is quietly not saved (false). A 404 for an answer
 * the kiosk never gave.
 */
export async function submitKioskFollowUp(
  device: { unitId: number },
  input: { idempotencyKey: string; reasons: string[]; comment: string | null },
): Promise<boolean> {
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
      ? await addQuickFollowUp(response.id, { reasons: input.reasons, comment: input.comment, contact: null })
      : undefined;
  return Boolean(saved);
}
