import "server-only";
import { kioskFeedbackReceipt } from "@/features/feedback/server/follow-ups";
import { mayFollowUp } from "@/features/survey/follow-up";
import { getUnitSurveyInstrument } from "@/features/survey/server/instrument-queries";
import { getFollowUpCandidate } from "@/features/survey/server/response-queries";
import type { Lang } from "@/i18n/locales";
import { type ActiveDevice, getKioskScreen } from "./queries";

export type { ActiveDevice };

/** What a kiosk shows and files its answers under (its counter's link, else its unit's); undefined when it has none. */
export async function kioskScreenOf(device: ActiveDevice) {
  return getKioskScreen(device);
}

/**
 * Everything the kiosk page draws: the screen, the unit's questionnaire when it is a one-tap one (a full
 * questionnaire does not fit a kiosk, the default quick one is shown instead), and — after a tap, by the
 * idempotency key `answeredKey` the tablet gave it — this kiosk's own answer and whether it may still be
 * followed up (and, once followed up, its feedback item's receipt). Undefined when the device has no screen.
 */
export async function kioskPage(
  device: ActiveDevice,
  answeredKey: string | undefined,
  followedUp?: { lang: Lang },
) {
  const screen = await getKioskScreen(device);
  if (!screen) return undefined;
  const answered =
    answeredKey && /^[A-Za-z0-9_-]{16,100}$/.test(answeredKey)
      ? await getFollowUpCandidate({ idempotencyKey: answeredKey, unitId: device.unitId, channel: "kiosk" })
      : undefined;
  const chosen = await getUnitSurveyInstrument(screen.surveyInstrumentKey);
  const instrument = chosen.definition.kind === "quick" ? chosen : await getUnitSurveyInstrument(null);
  // After a follow-up: its feedback item's receipt (reference, due date, tracking code), if it made one.
  const receipt = answered && followedUp ? await kioskFeedbackReceipt(answered.id, followedUp.lang) : null;
  return {
    screen,
    instrument,
    answered: answered ? { mayFollowUp: mayFollowUp(answered), receipt } : undefined,
  };
}
