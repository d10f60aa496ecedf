import "server-only";
import { findReceipt } from "@/features/dossiers/server/receipts";
import { getParsedSetting } from "@/features/settings/server/settings";
import { getSurgeBaseline } from "@/features/survey/server/burst-queries";
import { getInstrumentForAnswers } from "@/features/survey/server/instrument-queries";
import { type InsertResult, insertResponse } from "@/features/survey/server/response-queries";
import { resolveShortLinkCached } from "@/features/units/server/short-link-queries";
import { listAncestorUnitIds } from "@/features/units/server/unit-queries";
import { phrase } from "@/i18n/phrase";
import { clientHash } from "@/lib/client-identity";
import type { Channel } from "@/lib/constants";
import { authSecret } from "@/lib/env";
import { type FieldErrors, HttpError } from "@/lib/http";
import { countSubmission } from "@/lib/metrics";
import { localDay } from "@/lib/time";
import { isRatedUnsatisfied, QUICK_ITEM_KEY } from "../instruments";
import { validateAnswers } from "../submission";
import { parseSurgeSettings, SURGE_SETTING_KEY, surgeThresholds } from "../surge";
import { deviceHash, parseVelocityLimits, VELOCITY_SETTING_KEY, velocityChecks } from "../velocity";

export interface Submission {
  link: string;
  instrumentKey: string;
  /** The instrument version (row id) the form showed; without it, the latest published version. */
  instrumentVersion?: number;
  answers: Record<string, number | null>;
  idempotencyKey: string;
  channel: Channel;
  reasons?: string[];
  comment?: string;
  honeypot?: string;
  /** Token from a dossier receipt: at most one response per dossier. */
  receipt?: string;
  /**
   * The browser's device id from its signed cookie (never stored: only a rotating hash of it), and whether
   * the request carried that cookie (`known`) or the id was only just given to it.
   */
  device?: { id: string; known: boolean } | null;
  /** The client's address as server.mjs resolved it (only ever hashed), null when unknown. */
  clientAddress?: string | null;
  /** The registered kiosk that sent it: channel "kiosk", the device's counter, links of its unit only. */
  kioskDevice?: { id: number; unitId: number; counterId: number | null };
}

/** Whether a receipt's answer is "Không hài lòng" (its quick question's lowest levels). */
function ratedUnsatisfied(
  definition: { scale: readonly unknown[] },
  rows: ReadonlyArray<{ itemKey: string; value: number | null }>,
): boolean {
  const quick = rows.find((r) => r.itemKey === QUICK_ITEM_KEY)?.value ?? null;
  return quick !== null && isRatedUnsatisfied(quick, definition.scale.length);
}

/** Validates a submission against its link and instrument and stores it exactly once. */
export async function submitResponse(s: Submission, now = new Date()): Promise<InsertResult> {
  const link = await resolveShortLinkCached(s.link);
  if (!link || link.disabled) {
    throw new HttpError(404, "unknown_link", phrase("errors.api.unknown_link"), {
      link: phrase("survey.errors.unknownLink"),
    });
  }
  if (s.kioskDevice && s.kioskDevice.unitId !== link.unitId) {
    throw new HttpError(403, "kiosk_wrong_unit", phrase("errors.api.kiosk_wrong_unit"), {
      link: phrase("errors.api.kiosk_wrong_unit"),
    });
  }
  const instrument = await getInstrumentForAnswers(s.instrumentKey, s.instrumentVersion);
  if (!instrument) {
    throw new HttpError(400, "unknown_instrument", phrase("errors.api.unknown_instrument"), {
      instrument: phrase("errors.api.unknown_instrument"),
    });
  }
  // A unit's own questionnaire may be answered at that unit and the units below it only.
  if (instrument.unitId !== null && !(await listAncestorUnitIds(link.unitId)).includes(instrument.unitId)) {
    throw new HttpError(400, "unknown_instrument", phrase("errors.api.instrument_not_here"), {
      instrument: phrase("errors.api.instrument_not_here"),
    });
  }
  const checked = validateAnswers(instrument.definition, s.answers);
  if (!checked.ok) throw invalid(checked.errors);
  const elementKeys = new Set(["I", "II", "III", "IV", "V"]);
  if (s.reasons?.some((r) => !elementKeys.has(r)))
    throw invalid({ reasons: phrase("survey.errors.invalidElement") });
  const dossier = s.receipt ? await findReceipt(s.receipt) : undefined;
  if (s.receipt && (!dossier || dossier.unitId !== link.unitId)) {
    throw new HttpError(404, "unknown_receipt", phrase("errors.api.unknown_receipt"), {
      receipt: phrase("survey.errors.unknownReceipt"),
    });
  }
  if (dossier?.responseId) {
    countSubmission("receipt", "duplicate");
    return { id: dossier.responseId, duplicate: true, flagged: false };
  }
  const honeypot = Boolean(s.honeypot?.trim());
  const secret = authSecret();
  // A device is known by its valid cookie; an id only just given to a request without one names nothing.
  const hashedDevice = s.device?.known ? deviceHash(s.device.id, secret, now) : null;
  const [limits, surgeSettings] = await Promise.all([
    getParsedSetting(VELOCITY_SETTING_KEY, parseVelocityLimits),
    getParsedSetting(SURGE_SETTING_KEY, parseSurgeSettings),
  ]);
  const baseline = await getSurgeBaseline(link.unitId, surgeSettings, now.getTime());
  const channel = trustedChannel(s, Boolean(dossier));
  const result = await insertResponse({
    instrumentId: instrument.id,
    unitId: link.unitId,
    counterId: s.kioskDevice ? (s.kioskDevice.counterId ?? link.counterId) : link.counterId,
    procedureId: dossier?.procedureId ?? link.procedureId,
    shortLinkCode: link.code,
    dossierId: dossier?.id ?? null,
    dossierRatedUnsatisfied: dossier !== undefined && ratedUnsatisfied(instrument.definition, checked.rows),
    channel,
    submittedAt: now,
    localDay: localDay(now),
    idempotencyKey: s.idempotencyKey,
    answers: checked.rows,
    reasons: s.reasons && s.reasons.length > 0 ? [...new Set(s.reasons)].sort() : null,
    comment: s.comment?.trim() || null,
    // Flag, never drop: flagged responses are kept and excluded from indices by default.
    flagReason: honeypot ? "honeypot" : null,
    velocityChecks: velocityChecks(
      {
        deviceHash: hashedDevice,
        kioskDeviceId: s.kioskDevice?.id ?? null,
        clientHash: clientHash(s.clientAddress ?? null, secret, now),
      },
      limits,
    ),
    surge: surgeThresholds(surgeSettings, baseline, link.code),
    deviceHash: hashedDevice,
  });
  countSubmission(channel, result.duplicate ? "duplicate" : "new");
  return result;
}

/**
 * "kiosk" only from a registered device and "receipt" only with a dossier's token: a client cannot claim
 * them. Poster or web is what the page says (both are public and equally anonymous).
 */
function trustedChannel(s: Submission, viaReceipt: boolean): Channel {
  if (s.kioskDevice) return "kiosk";
  if (viaReceipt) return "receipt";
  return s.channel === "kiosk" || s.channel === "receipt" ? "web" : s.channel;
}

function invalid(fields: FieldErrors): HttpError {
  return new HttpError(400, "invalid_submission", phrase("errors.api.invalid_submission"), fields);
}
