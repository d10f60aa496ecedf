/**
 * The dossier API's contract (`/api/v1/dossiers`): what one-stop software sends and gets back. The same
 * zod schemas validate requests and describe them in the OpenAPI document (`/api/openapi.json`). Messages
 * are catalogue keys, said in the language of the request's Accept-Language. Strict JSON types: no
 * coercion ("true" is not a boolean, "3" is not a number).
 */
import { z } from "zod";
import { dossierStatuses, dossierTimeliness } from "@/lib/constants";

const instant = z.iso.datetime({ offset: true, error: "dossiers.errors.instant" });

/** The API's names for how a dossier was handed in, and the Vietnamese words software may send instead. */
const channelAliases = {
  in_person: "in_person",
  online: "online",
  postal: "postal",
  "trực tiếp": "in_person",
  "trực tuyến": "online",
  "bưu chính": "postal",
} as const;

const channel = z
  .string({ error: "dossiers.errors.channel" })
  .transform((value, ctx) => {
    const key = value.normalize("NFC").trim().toLowerCase() as keyof typeof channelAliases;
    const code = Object.hasOwn(channelAliases, key) ? channelAliases[key] : undefined;
    if (code === undefined) {
      ctx.addIssue({ code: "custom", message: "dossiers.errors.channel" });
      return z.NEVER;
    }
    return code;
  })
  .meta({
    description:
      "in_person (trực tiếp), online (trực tuyến) or postal (bưu chính); the Vietnamese words are accepted too.",
    enum: Object.keys(channelAliases),
    examples: ["in_person"],
  });

const officerCode = z
  .string()
  .trim()
  .min(1, { error: "dossiers.errors.officerCode" })
  .max(60, { error: "dossiers.errors.officerCode" })
  .meta({ description: "The officer's staff code in the one-stop software.", examples: ["CB-012"] });

/** Codes that cannot name a dossier in `/api/v1/dossiers/{code}`: dot segments, and the figures route. */
const RESERVED_CODES = [".", "..", "figures"];

/** A dossier's code, in a body or in the address (`/api/v1/dossiers/{code}`). */
export const dossierCode = z
  .string({ error: "dossiers.errors.codeRequired" })
  .trim()
  .min(1, { error: "dossiers.errors.codeRequired" })
  .max(100, { error: "dossiers.errors.codeTooLong" })
  .refine((code) => !RESERVED_CODES.includes(code), { error: "dossiers.errors.codeReserved" })
  .meta({ examples: ["H12.21-261206-0001"], not: { enum: RESERVED_CODES } });

const status = z.enum(dossierStatuses, { error: "dossiers.errors.status" });
const flag = z.boolean({ error: "dossiers.errors.boolean" });
const unitId = z.int({ error: "dossiers.errors.unitId" }).positive({ error: "dossiers.errors.unitId" });

export const registerDossierInput = z
  .strictObject({
    code: dossierCode,
    /** Defaults to the key's unit; any unit below it. */
    unitId: unitId
      .optional()
      .meta({ description: "The receiving unit: the key's unit (default) or one below it." }),
    procedureCode: z
      .string()
      .trim()
      .toUpperCase()
      .max(60)
      .optional()
      .meta({ examples: ["1.001234"] }),
    receivedAt: instant,
    dueAt: instant.optional().meta({ description: "The appointment on the receipt (giấy hẹn trả kết quả)." }),
    channel: channel.optional(),
    receivedBy: officerCode.optional(),
    status: status
      .optional()
      .meta({ description: "Defaults to received (returned when returnedAt is given)." }),
    returnedAt: instant.optional(),
    returnedBy: officerCode.optional(),
    complained: flag.optional(),
  })
  .meta({ id: "DossierRegistration" });
export type RegisterDossierInput = z.infer<typeof registerDossierInput>;

export const updateDossierInput = z
  .strictObject({
    dueAt: instant.optional(),
    status: status.optional(),
    returnedAt: instant.optional(),
    returnedBy: officerCode.optional(),
    receivedBy: officerCode.optional(),
    channel: channel.optional(),
    complained: flag.optional(),
    newDueAt: instant.optional().meta({
      description: "A new return date, with apologyReason: records an apology letter (phiếu xin lỗi).",
    }),
    apologyReason: z
      .string()
      .trim()
      .min(1, { error: "dossiers.errors.reasonRequired" })
      .max(1000, { error: "dossiers.errors.reasonTooLong" })
      .optional(),
  })
  .meta({ id: "DossierUpdate" });
export type UpdateDossierInput = z.infer<typeof updateDossierInput>;

const day = z.iso.date({ error: "dossiers.errors.day" });

const unitParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, { error: "dossiers.errors.unitId" })
  .transform(Number);

/** The address of one dossier: its code (trimmed, as registered). */
export const dossierPath = z.strictObject({ code: dossierCode });

/** `?unit=<id>` of the dossier routes (a string: it comes from a URL). */
export const unitQuery = z.strictObject({ unit: unitParam });

const MAX_PERIOD_DAYS = 5 * 366;

/** Query of `GET /api/v1/dossiers/figures` (strings: it comes from a URL). */
export const figuresQuery = z
  .strictObject({ from: day, to: day, unit: unitParam.optional() })
  .superRefine((q, ctx) => {
    if (q.from > q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "dossiers.errors.periodOrder" });
    else if (Date.parse(q.to) - Date.parse(q.from) > MAX_PERIOD_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "dossiers.errors.periodTooLong" });
    }
  });

const nullableInstant = z.iso.datetime({ offset: true }).nullable();

export const apologyOutput = z
  .object({
    number: z.string().meta({ examples: ["12/PXL"] }),
    newDueAt: z.iso.datetime({ offset: true }),
    previousDueAt: nullableInstant,
    reason: z.string(),
    issuedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "ApologyLetter" });

export const dossierOutput = z
  .object({
    id: z.int(),
    code: z.string(),
    unitId: z.int(),
    procedureCode: z.string().nullable(),
    channel: z.enum(["in_person", "online", "postal"]).nullable(),
    status: z.enum(dossierStatuses),
    receivedAt: z.iso.datetime({ offset: true }),
    dueAt: nullableInstant,
    newDueAt: nullableInstant,
    returnedAt: nullableInstant,
    timeliness: z.enum(dossierTimeliness).nullable(),
    receivedBy: z.string().nullable(),
    returnedBy: z.string().nullable(),
    complained: z.boolean(),
    ratedUnsatisfied: z.boolean(),
    apologies: z.array(apologyOutput),
    surveyUrl: z
      .url()
      .optional()
      .meta({ description: "The receipt's single-use survey link (registration only)." }),
    qrSvg: z
      .string()
      .optional()
      .meta({ description: "The survey link as an SVG QR code (registration only)." }),
  })
  .meta({ id: "Dossier" });
export type DossierOutput = z.infer<typeof dossierOutput>;

const rate = z.number().min(0).max(100).nullable();

export const figuresOutput = z
  .object({
    unitId: z.int(),
    from: z.iso.date(),
    to: z.iso.date(),
    received: z.int().min(0),
    returned: z.int().min(0),
    early: z.int().min(0),
    onTime: z.int().min(0),
    late: z.int().min(0),
    pendingOverdue: z.int().min(0),
    onTimeRate: rate.meta({
      description: "(early + onTime) ÷ returned with a due time × 100, two decimals.",
    }),
    withApology: z.int().min(0),
    complained: z.int().min(0),
    ratedUnsatisfied: z.int().min(0),
    qd766Ratio: rate.meta({
      description: "(returned − late − complained − rated unsatisfied, each dossier once) ÷ returned × 100.",
    }),
  })
  .meta({ id: "DossierFigures" });
export type FiguresOutput = z.infer<typeof figuresOutput>;
