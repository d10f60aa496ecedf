import "server-only";
import { wakeDelivery } from "@/features/messaging/server/delivery";
import { addQuickFollowUp, getFollowUpCandidate } from "@/features/survey/server/response-queries";
import type { Lang } from "@/i18n/locales";
import { authSecret } from "@/lib/env";
import { mayFollowUp, readFollowUpToken } from "../follow-up";

export interface FollowUpInput {
  reasons: string[];
  comment: string | null;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  /** The citizen's language: the reply reaches them in it. */
  lang: Lang;
}

export type FollowUpOutcome = "saved" | "expired" | "not_allowed";

/**
 * The web follow-up of a dissatisfied answer, for the browser holding the token its submission was given:
 * "expired" when the token is not (or no longer) valid, "not_allowed" when the answer is satisfied,
 * flagged or was already followed up.
 */
export async function submitFollowUp(
  token: string,
  input: FollowUpInput,
  now = Date.now(),
): Promise<FollowUpOutcome> {
  const responseId = readFollowUpToken(token, authSecret(), now);
  if (responseId === null) return "expired";
  const candidate = await getFollowUpCandidate({ id: responseId });
  if (!candidate || !mayFollowUp(candidate)) return "not_allowed";
  const saved = await addQuickFollowUp(responseId, input);
  if (saved?.feedback) wakeDelivery();
  return saved ? "saved" : "not_allowed";
}
