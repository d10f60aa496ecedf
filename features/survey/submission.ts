import { z } from "zod";
import { type InstrumentDefinition, QUICK_ITEM_KEY } from "@/features/survey/instruments";
import { channels } from "@/lib/constants";
import type { FieldErrors } from "@/lib/http";
import { languages } from "@/lib/i18n";
import { FOLLOW_UP_TOKEN } from "./follow-up";

/** Field errors keyed by input name, in Vietnamese first (with English after a slash). */

export const MAX_COMMENT_LENGTH = 2000;
export const RECEIPT_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
export const MAX_SUBMISSION_BYTES = 32 * 1024;
const UNKNOWN_ITEM = "Câu hỏi không có trong phiếu / unknown item";

/** A NUL cuts stored text short and a lone surrogate becomes U+FFFD: neither could be kept as typed. */
export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && !/\p{Cs}/u.test(s);
}
const UNSTORABLE_TEXT = "Góp ý chứa ký tự không hợp lệ / comment contains invalid characters";

const idempotencyKey = z
  .string({ error: "Thiếu mã chống gửi trùng / missing idempotency key" })
  .regex(/^[A-Za-z0-9_-]{16,100}$/, { error: "Mã chống gửi trùng không hợp lệ / invalid idempotency key" });
const link = z
  .string({ error: "Thiếu mã QR / missing link code" })
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{4,12}$/, { error: "Mã QR không hợp lệ / invalid link code" });

const instrumentKey = z
  .string()
  .regex(/^[a-z0-9_-]{1,40}$/, { error: "Phiếu khảo sát không hợp lệ / invalid instrument" });

/**
 * The quick one-tap form, posted as a plain HTML form (works with JavaScript off). The value is checked
 * against the instrument's scale when the response is stored.
 */
export const quickFormSchema = z.object({
  link,
  idempotencyKey,
  instrument: instrumentKey.default("quick"),
  instrumentVersion: z.coerce
    .number({ error: "Phiên bản phiếu không hợp lệ / invalid instrument version" })
    .int({ error: "Phiên bản phiếu không hợp lệ / invalid instrument version" })
    .positive({ error: "Phiên bản phiếu không hợp lệ / invalid instrument version" })
    .optional(),
  value: z.coerce
    .number({ error: "Vui lòng chọn một mức đánh giá / please choose a rating" })
    .int({ error: "Mức đánh giá không hợp lệ / invalid rating" })
    .min(1, { error: "Mức đánh giá không hợp lệ / invalid rating" })
    .max(5, { error: "Mức đánh giá không hợp lệ / invalid rating" }),
  channel: z.enum(channels).catch("web"),
  lang: z.enum(languages).catch("vi"),
  /** Honeypot: humans never see or fill it. */
  website: z.string().max(500).optional(),
  /** Single-use token from a dossier receipt. */
  receipt: z
    .string()
    .regex(RECEIPT_TOKEN, { error: "Mã biên nhận không hợp lệ / invalid receipt" })
    .optional(),
});

/** JSON submissions (kiosks, receipts, the enhanced form): strict types, no coercion. */
export const jsonSubmissionSchema = z.strictObject({
  link,
  idempotencyKey,
  instrument: instrumentKey,
  instrumentVersion: z
    .int({ error: "Phiên bản phiếu không hợp lệ / invalid instrument version" })
    .positive({ error: "Phiên bản phiếu không hợp lệ / invalid instrument version" })
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
    .max(MAX_COMMENT_LENGTH, { error: `Góp ý tối đa ${MAX_COMMENT_LENGTH} ký tự / comment too long` })
    .refine(isStorableText, { error: UNSTORABLE_TEXT })
    .optional(),
  website: z.string().max(500).optional(),
  receipt: z
    .string()
    .regex(RECEIPT_TOKEN, { error: "Mã biên nhận không hợp lệ / invalid receipt" })
    .optional(),
});
export type JsonSubmission = z.infer<typeof jsonSubmissionSchema>;

const optionalContact = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự / at most ${max} characters` })
    .optional()
    .transform((s) => (s ? s : null));

/**
 * After "Không hài lòng": which elements went wrong, a comment, and optionally a request for a reply
 * with contact details — stored only with explicit consent (personal data protection).
 */
export const followUpFormSchema = z
  .object({
    token: z
      .string({ error: "Thiếu mã góp ý / missing follow-up token" })
      .regex(FOLLOW_UP_TOKEN, { error: "Phiên góp ý không hợp lệ hoặc đã hết hạn / invalid follow-up" }),
    link,
    lang: z.enum(languages).catch("vi"),
    reasons: z
      .array(z.enum(["I", "II", "III", "IV", "V"], { error: "Yếu tố không hợp lệ / invalid element" }))
      .max(5),
    comment: z
      .string()
      .trim()
      .max(MAX_COMMENT_LENGTH, {
        error: `Góp ý tối đa ${MAX_COMMENT_LENGTH} ký tự / at most ${MAX_COMMENT_LENGTH} characters`,
      })
      .refine(isStorableText, { error: UNSTORABLE_TEXT })
      .transform((s) => (s === "" ? null : s)),
    wantsReply: z.literal("1").optional(),
    contactName: optionalContact(100),
    contactPhone: optionalContact(20).refine((p) => p === null || /^[0-9 +().-]{8,20}$/.test(p), {
      error: "Số điện thoại không hợp lệ / invalid phone number",
    }),
    contactEmail: optionalContact(200).refine((e) => e === null || z.email().safeParse(e).success, {
      error: "Email không hợp lệ / invalid email",
    }),
    consent: z.literal("1").optional(),
  })
  .superRefine((f, ctx) => {
    if (!f.wantsReply) return;
    if (!f.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Vui lòng ghi nội dung cần trả lời / write your question",
      });
    }
    if (!f.contactPhone && !f.contactEmail) {
      ctx.addIssue({
        code: "custom",
        path: ["contactPhone"],
        message: "Vui lòng ghi số điện thoại hoặc email để được trả lời / give a phone number or email",
      });
    }
    if (!f.consent) {
      ctx.addIssue({
        code: "custom",
        path: ["consent"],
        message: "Cần đồng ý cho phép liên hệ để được trả lời / consent is required for a reply",
      });
    }
  });
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
      errors[`answers.${key}`] = UNKNOWN_ITEM;
    } else if (value !== null && !(Number.isInteger(value) && levels.has(value))) {
      errors[`answers.${key}`] = `Mức đánh giá phải từ 1 đến ${definition.scale.length} / value out of range`;
    } else {
      rows.push({ itemKey: key, value });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (!rows.some((r) => r.value !== null)) {
    return {
      ok: false,
      errors: { answers: "Vui lòng trả lời ít nhất một câu hỏi / answer at least one question" },
    };
  }
  return { ok: true, rows };
}

/** The fields every HTML survey form carries, whatever its instrument. */
export const surveyFormBaseSchema = quickFormSchema.omit({ value: true });

const ANSWER_PREFIX = "a:";

/**
 * Answers of the full questionnaire posted as a plain form: one radio group per item named "a:<item>",
 * value 1–5, or 0 for "Không ý kiến" (stored as not applicable). Unanswered items are simply absent.
 */
export function formAnswers(
  params: URLSearchParams,
): { ok: true; answers: Record<string, number | null> } | { ok: false; errors: FieldErrors } {
  // Item names come from the request: no prototype, so "a:__proto__" is an item like any other.
  const answers: Record<string, number | null> = Object.create(null);
  const errors: FieldErrors = {};
  for (const [name, value] of params) {
    if (!name.startsWith(ANSWER_PREFIX)) continue;
    const key = name.slice(ANSWER_PREFIX.length);
    if (!/^[0-5]$/.test(value)) errors[`answers.${key}`] = "Mức đánh giá không hợp lệ / invalid rating";
    else answers[key] = value === "0" ? null : Number(value);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}

export function answerFieldName(itemKey: string): string {
  return `${ANSWER_PREFIX}${itemKey}`;
}
