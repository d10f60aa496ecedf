import { z } from "zod";
import { type InstrumentDefinition, QUICK_ITEM_KEY } from "@/features/survey/instruments";
import { languages } from "@/i18n/locales";
import type { MessageKey } from "@/i18n/messages";
import { type Phrase, phrase } from "@/i18n/phrase";
import { channels } from "@/lib/constants";
import type { FieldErrors } from "@/lib/http";
import { answeredItem, answerFieldName, answersOf, hasRating, readAnswer } from "./answer-fields";
import { FOLLOW_UP_TOKEN } from "./follow-up";

/** Field errors keyed by input name; messages are catalogue keys (survey.errors.*), said in the reader's language. */

export const MAX_COMMENT_LENGTH = 2000;
export const RECEIPT_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
export const MAX_SUBMISSION_BYTES = 32 * 1024;
const UNKNOWN_ITEM = "survey.errors.unknownItem" satisfies MessageKey;

/** A NUL cuts stored text short and a lone surrogate becomes U+FFFD: neither could be kept as typed. */
export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && !/\p{Cs}/u.test(s);
}
const UNSTORABLE_TEXT = "survey.errors.invalidCharacters" satisfies MessageKey;

const idempotencyKey = z
  .string({ error: "survey.errors.missingIdempotencyKey" })
  .regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "survey.errors.invalidIdempotencyKey" });
const link = z
  .string({ error: "survey.errors.missingLink" })
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{4,12}$/, { error: "survey.errors.invalidLink" });

const instrumentKey = z.string().regex(/^[a-z0-9_-]{1,40}$/, { error: "survey.errors.invalidInstrument" });

/**
 * The quick one-tap form, posted as a plain HTML form (works with JavaScript off). The value is checked
 * against the instrument's scale when the response is stored.
 */
export const quickFormSchema = z.object({
  link,
  idempotencyKey,
  instrument: instrumentKey.default("quick"),
  instrumentVersion: z.coerce
    .number({ error: "survey.errors.invalidInstrumentVersion" })
    .int({ error: "survey.errors.invalidInstrumentVersion" })
    .positive({ error: "survey.errors.invalidInstrumentVersion" })
    .optional(),
  value: z.coerce
    .number({ error: "survey.errors.chooseRating" })
    .int({ error: "survey.errors.invalidRating" })
    .min(1, { error: "survey.errors.invalidRating" })
    .max(5, { error: "survey.errors.invalidRating" }),
  channel: z.enum(channels).catch("web"),
  lang: z.enum(languages).catch("vi"),
  /** Honeypot: humans never see or fill it. */
  website: z.string().max(500).optional(),
  /** Single-use token from a dossier receipt. */
  receipt: z.string().regex(RECEIPT_TOKEN, { error: "survey.errors.invalidReceipt" }).optional(),
});

/** JSON submissions (kiosks, receipts, the enhanced form): strict types, no coercion. */
export const jsonSubmissionSchema = z
  .strictObject({
    link,
    idempotencyKey,
    instrument: instrumentKey,
    instrumentVersion: z
      .int({ error: "survey.errors.invalidInstrumentVersion" })
      .positive({ error: "survey.errors.invalidInstrumentVersion" })
      .optional(),
    answers: z.preprocess(
      (value, ctx) => {
        // zod leaves a "__proto__" key out of records silently; refuse it like any other unknown item.
        if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) {
          ctx.addIssue({ code: "custom", path: ["__proto__"], message: UNKNOWN_ITEM });
        }
        return value;
      },
      z.record(z.string().max(40), z.union([z.number(), z.null()])),
    ),
    channel: z.enum(channels).default("web"),
    reasons: z.array(z.string().max(10)).max(10).optional(),
    comment: z
      .string()
      .max(MAX_COMMENT_LENGTH, { error: "survey.errors.commentTooLong" })
      .refine(isStorableText, { error: UNSTORABLE_TEXT })
      .optional(),
    website: z.string().max(500).optional(),
    receipt: z.string().regex(RECEIPT_TOKEN, { error: "survey.errors.invalidReceipt" }).optional(),
  })
  .meta({ id: "Submission" });
export type JsonSubmission = z.infer<typeof jsonSubmissionSchema>;

/**
 * What `POST /api/v1/responses` answers when it stored (201) or recognised (200, a replay of the same
 * idempotency key) a response; `next` only for a survey page's form sent by its script.
 */
export const submissionResult = z
  .strictObject({
    id: z.int().positive(),
    duplicate: z.boolean().meta({ description: "true for a replay of an idempotency key already stored." }),
    next: z
      .string()
      .regex(/^\/(vi|en)\//)
      .optional()
      .meta({ description: "The page the survey goes to next (form posts with Accept: application/json)." }),
  })
  .meta({ id: "SubmissionResult" });
export type SubmissionResult = z.infer<typeof submissionResult>;

const optionalContact = (max: number, tooLong: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong })
    .optional()
    .transform((s) => (s ? s : null));

/** Contact details typed and then left behind by unticking "Tôi muốn cơ quan trả lời" are not the reply's. */
function withoutUnwantedContact(input: unknown): unknown {
  if (typeof input !== "object" || input === null || (input as { wantsReply?: unknown }).wantsReply) {
    return input;
  }
  const { contactName, contactPhone, contactEmail, consent, ...rest } = input as Record<string, unknown>;
  return rest;
}

/**
 * After "Không hài lòng": which elements went wrong, a comment, and optionally a request for a reply
 * with contact details — stored only with explicit consent (personal data protection); without a reply
 * asked for, contact details are neither checked nor kept.
 */
const followUpFields = z
  .object({
    token: z
      .string({ error: "survey.errors.missingFollowUp" })
      .regex(FOLLOW_UP_TOKEN, { error: "survey.errors.invalidFollowUp" }),
    link,
    lang: z.enum(languages).catch("vi"),
    reasons: z.array(z.enum(["I", "II", "III", "IV", "V"], { error: "survey.errors.invalidElement" })).max(5),
    comment: z
      .string()
      .trim()
      .max(MAX_COMMENT_LENGTH, { error: "survey.errors.commentTooLong" })
      .refine(isStorableText, { error: UNSTORABLE_TEXT })
      .transform((s) => (s === "" ? null : s)),
    wantsReply: z.literal("1").optional(),
    contactName: optionalContact(100, "survey.errors.nameTooLong"),
    contactPhone: optionalContact(20, "survey.errors.phoneInvalid").refine(
      (p) => p === null || /^[0-9 +().-]{8,20}$/.test(p),
      {
        error: "survey.errors.phoneInvalid",
      },
    ),
    contactEmail: optionalContact(200, "survey.errors.emailTooLong").refine(
      (e) => e === null || z.email().safeParse(e).success,
      {
        error: "survey.errors.emailInvalid",
      },
    ),
    consent: z.literal("1").optional(),
  })
  .superRefine((f, ctx) => {
    if (!f.wantsReply) return;
    if (!f.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "survey.errors.writeQuestion",
      });
    }
    if (!f.contactPhone && !f.contactEmail) {
      ctx.addIssue({
        code: "custom",
        path: ["contactPhone"],
        message: "survey.errors.contactNeeded",
      });
    }
    if (!f.consent) {
      ctx.addIssue({
        code: "custom",
        path: ["consent"],
        message: "survey.errors.consentNeeded",
      });
    }
  });
export const followUpFormSchema = z.preprocess(withoutUnwantedContact, followUpFields);
export type FollowUp = z.infer<typeof followUpFormSchema>;

/**
 * Checks answers against the instrument: every key must be an item of it, every value a level of its
 * scale (or null for "not applicable"), and at least one item answered.
 */
export function validateAnswers(
  definition: InstrumentDefinition,
  answers: Record<string, number | null>,
): { ok: true; rows: Array<{ itemKey: string; value: number | null }> } | { ok: false; errors: FieldErrors } {
  const itemKeys =
    definition.kind === "quick"
      ? [QUICK_ITEM_KEY]
      : definition.elements.flatMap((e) => e.items.map((i) => i.key));
  const levels = new Set(definition.scale.map((s) => s.value));
  const errors: FieldErrors = {};
  const rows: Array<{ itemKey: string; value: number | null }> = [];
  for (const [key, value] of Object.entries(answers)) {
    if (!itemKeys.includes(key)) {
      errors[`answers.${key}`] = phrase(UNKNOWN_ITEM);
    } else if (value !== null && !(Number.isInteger(value) && levels.has(value))) {
      errors[`answers.${key}`] = phrase("survey.errors.ratingOutOfRange", { max: definition.scale.length });
    } else {
      rows.push({ itemKey: key, value });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (!hasRating(rows.map((r) => r.value))) {
    return {
      ok: false,
      errors: { answers: phrase("survey.errors.answerOne") },
    };
  }
  return { ok: true, rows };
}

/** The fields every HTML survey form carries, whatever its instrument. */
export const surveyFormBaseSchema = quickFormSchema.omit({ value: true });

/**
 * Answers of the full questionnaire posted as a plain form (`answerFieldName`): "Không ý kiến" is stored
 * as not applicable, unanswered items are simply absent.
 */
export function formAnswers(
  params: URLSearchParams,
): { ok: true; answers: Record<string, number | null> } | { ok: false; errors: FieldErrors } {
  // Item names come from the request: no prototype, so "a:__proto__" is an item like any other.
  const answers: Record<string, number | null> = Object.create(null);
  const errors: FieldErrors = {};
  for (const [name, value] of params) {
    const key = answeredItem(name);
    if (key === null) continue;
    const answer = readAnswer(value);
    if (answer === undefined) errors[`answers.${key}`] = phrase("survey.errors.invalidRating");
    else answers[key] = answer;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/** A questionnaire sent back to its page: the answers already given, and why it was not recorded. */
export interface QuestionnaireRetry {
  answers: Map<string, number | null>;
  /** The first item, when nothing was answered (where the error summary links to). */
  firstItem: string | null;
  message: Phrase;
}

const RETRY_FLAG = "loi";
const MAX_RETRY_QUERY = 2000;
const ITEM_KEY = /^[A-Za-z0-9_.-]{1,40}$/;

/**
 * Where a questionnaire posted without JavaScript goes back to when it cannot be recorded: its own page,
 * flagged, with every answer given (never a page under /api/).
 */
export function questionnaireRetryHref(page: string, channel: string, params: URLSearchParams): string {
  const back = new URLSearchParams({ [RETRY_FLAG]: "1" });
  const known = channels.find((c) => c === channel);
  if (known && known !== "web") back.set("kenh", known);
  // Item keys as instruments write them; an address short enough for any browser (a forged post may
  // name thousands of items: their answers are then left out, the message still shown).
  for (const [item, value] of answersOf(params)) {
    if (!ITEM_KEY.test(item)) continue;
    back.set(answerFieldName(item), String(value ?? 0));
    if (back.toString().length > MAX_RETRY_QUERY) {
      back.delete(answerFieldName(item));
      break;
    }
  }
  return `${page}?${back}`;
}

/**
 * What a questionnaire's page shows after `questionnaireRetryHref`: the answers again, and the message
 * of the rule that refused them (nothing answered) or, when they pass it, that it was not recorded.
 */
export function questionnaireRetry(
  definition: InstrumentDefinition,
  query: URLSearchParams,
): QuestionnaireRetry | null {
  if (!query.has(RETRY_FLAG)) return null;
  const answers = answersOf(query);
  const rated = hasRating(answers.values());
  const firstItem = definition.elements[0]?.items[0]?.key ?? null;
  return rated
    ? { answers, firstItem: null, message: phrase("survey.errors.notRecorded") }
    : { answers, firstItem, message: phrase("survey.errors.answerOne") };
}
