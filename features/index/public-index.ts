/**
 * The public side of the index: the board's period, the JSON feed's query and the published shape of a
 * figure. Below the minimum n a figure publishes no index (only n and the distribution). Pure.
 */
import { z } from "zod";
import { addDays } from "@/lib/time";
import { addMonths, type DayRange, type Period, parseDashboardQuery } from "./dashboard-params";
import { type DossierFigures, dossierN, dossierRateValue } from "./dossier-figures";
import { answerScale, publishedIndex, publishedIndexText } from "./figures";
import type { Figure } from "./index-engine";

/** Longest range the feed answers. */
export const MAX_FEED_DAYS = 366;

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month before the month of `today` (YYYY-MM): the latest full month. */
export function lastFullMonth(today: string): string {
  return addMonths(today.slice(0, 7), -1);
}

/**
 * The board's period from its GET parameters (the dashboard's names: `ky=thang&thang=YYYY-MM`,
 * `ky=quy&nam=YYYY&quy=1..4`, `ky=nam&nam=YYYY`); anything else is the latest full month.
 */
export function boardPeriod(params: Params, today: string): Period {
  const kind = first(params.ky);
  const month = first(params.thang);
  const normalized =
    kind === "quy" || kind === "nam"
      ? { ky: kind, nam: first(params.nam), quy: first(params.quy) }
      : { ky: "thang", thang: MONTH.test(month) ? month : lastFullMonth(today) };
  return parseDashboardQuery(normalized, today).period;
}

/** The board's GET parameters of a period (the inverse of `boardPeriod`). */
export function boardParams(period: Pick<Period, "kind" | "from">): Record<string, string> {
  const year = period.from.slice(0, 4);
  if (period.kind === "nam") return { ky: "nam", nam: year };
  if (period.kind === "quy") {
    return { ky: "quy", nam: year, quy: String(Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1) };
  }
  return { ky: "thang", thang: period.from.slice(0, 7) };
}

/** The board's period chooser (one select, so it works without JavaScript): a period as one value. */
export function periodChoice(period: Pick<Period, "kind" | "from">): string {
  return new URLSearchParams(boardParams(period)).toString();
}

/** The period a chooser's value names; anything else is the latest full month, as in `boardPeriod`. */
export function chosenPeriod(choice: string, today: string): Period {
  return boardPeriod(Object.fromEntries(new URLSearchParams(choice)), today);
}

/** Periods to offer: the latest full months, quarters and years before `today`'s month. */
export function recentPeriods(today: string): Array<Pick<Period, "kind" | "from" | "to">> {
  const last = lastFullMonth(today);
  const months = Array.from({ length: 6 }, (_, i) => boardPeriod({ thang: addMonths(last, -i) }, today));
  const quarterOf = (month: string) => ({
    ky: "quy",
    nam: month.slice(0, 4),
    quy: String(Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1),
  });
  const quarters = Array.from({ length: 4 }, (_, i) =>
    boardPeriod(quarterOf(addMonths(last, -3 * i)), today),
  );
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2].map((y) =>
    boardPeriod({ ky: "nam", nam: String(y) }, today),
  );
  return [...months, ...quarters, ...years];
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A real YYYY-MM-DD day (never throws: zod runs this check even after the format check failed). */
function isCalendarDay(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    addDays(value, 0) === value
  );
}

/** Messages are keys of the catalogue (`{field}`, `{max}`): the route says them in the reader's language. */
const day = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "index.feed.errors.dayFormat" })
    .refine(isCalendarDay, { error: "index.feed.errors.notADay" });

/** GET /api/v1/public/index?unit=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD — both days or neither. */
export const feedQuerySchema = z
  .object({
    unit: z
      .string({ error: "index.feed.errors.unitRequired" })
      .regex(/^[1-9]\d{0,8}$/, { error: "index.feed.errors.unitId" })
      .transform(Number),
    from: day().optional(),
    to: day().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from === undefined && q.to !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: "index.feed.errors.fromWithTo",
      });
    }
    if (q.to === undefined && q.from !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "index.feed.errors.toWithFrom",
      });
    }
    if (q.from === undefined || q.to === undefined) return;
    if (q.from > q.to) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: "index.feed.errors.fromAfterTo",
      });
    } else if (daysBetween(q.from, q.to) + 1 > MAX_FEED_DAYS) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "index.feed.errors.tooLong",
      });
    }
  });

export type FeedQuery = z.output<typeof feedQuerySchema>;

/** The feed's day range: as asked, or the latest full month. */
export function feedRange(query: FeedQuery, today: string): DayRange {
  if (query.from && query.to) return { from: query.from, to: query.to };
  const { from, to } = boardPeriod({}, today);
  return { from, to };
}

const bilingual = z.strictObject({ vi: z.string(), en: z.string() });

/** A figure as published: no index, interval or ranking number below the minimum n. */
export const publicFigureOutput = z
  .strictObject({
    n: z.int().min(0).meta({ description: "Valid answers." }),
    satisfied: z.int().min(0).meta({ description: "Answers at the top two levels." }),
    index: z.number().min(0).max(100).nullable().meta({
      description: "satisfied ÷ n × 100, full precision; null below the minimum n or without answers.",
    }),
    indexText: z.string().meta({
      description: 'Two decimals with a dot ("80.00"), or the not-enough phrase in Vietnamese.',
      examples: ["80.00"],
    }),
    enoughSamples: z.boolean(),
    meanScore: z.number().nullable(),
    wilson: z
      .strictObject({ low: z.number(), high: z.number() })
      .nullable()
      .meta({ description: "95 % Wilson score interval in percent; null below the minimum n." }),
    distribution: z.array(z.strictObject({ level: z.int(), label: bilingual, count: z.int().min(0) })),
  })
  .meta({ id: "PublicFigure" });
export type PublicFigure = z.output<typeof publicFigureOutput>;

export function publicFigure(figure: Figure): PublicFigure {
  const index = publishedIndex(figure);
  return {
    n: figure.n,
    satisfied: figure.satisfied,
    index,
    // Data, not a page: a decimal point, and the phrase in Vietnamese, the official wording.
    indexText: publishedIndexText(figure, "vi", "en"),
    enoughSamples: index !== null,
    meanScore: figure.meanScore,
    wilson: index !== null && figure.wilson ? { low: figure.wilson.low, high: figure.wilson.high } : null,
    distribution: answerScale(figure.distribution.length).map((level, i) => ({
      level: level.value,
      label: level.label,
      count: figure.distribution[i] ?? 0,
    })),
  };
}

export const publicUnitOutput = z
  .strictObject({ id: z.int().positive(), slug: z.string(), name: z.string(), nameEn: z.string().nullable() })
  .meta({ id: "PublicUnit" });
export type PublicUnitRef = z.output<typeof publicUnitOutput>;

/** The published dossier figures' fields (rates with two decimals, null without dossiers; their n). */
const publicDossierShape = {
  onTimeRate: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .meta({ description: "On-time rate: (early + on time) ÷ dossiers returned with a due date × 100." }),
  onTimeN: z.int().min(0).meta({ description: "Dossiers returned with a due date in the period." }),
  qd766Ratio: z.number().min(0).max(100).nullable().meta({
    description: "QĐ 766 ratio: (returned − late − complained − rated unsatisfied) ÷ returned × 100.",
  }),
  qd766N: z.int().min(0).meta({ description: "Dossiers returned in the period." }),
};

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** `GET /api/v1/public/index`: a unit's published quick index, its children's and its 12-month trend. */
export const publicFeedOutput = z
  .strictObject({
    label: bilingual.meta({ description: "The index's name in both languages." }),
    question: z.literal("quick"),
    unit: publicUnitOutput,
    period: z.strictObject({ from: isoDay, to: isoDay }),
    minN: z.int().min(1).meta({ description: "Below this many answers a figure publishes no index." }),
    rollup: z.enum(["pooled", "mean"]),
    flaggedExcluded: z.literal(true),
    figure: publicFigureOutput,
    ...publicDossierShape,
    children: z.array(
      z.strictObject({ unit: publicUnitOutput, figure: publicFigureOutput, ...publicDossierShape }),
    ),
    trend: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), figure: publicFigureOutput })),
  })
  .meta({ id: "PublicFeed" });
export type PublicFeed = z.output<typeof publicFeedOutput>;

/**
 * A unit's published dossier figures (per unit, never per officer): the on-time rate and the QĐ 766 ratio
 * rounded to two decimals as the dossiers API gives them, null without dossiers, each with its n.
 */
export type PublicDossierFigures = z.output<z.ZodObject<typeof publicDossierShape>>;

export function publicDossierFigures(figures: DossierFigures | undefined): PublicDossierFigures {
  return {
    onTimeRate: dossierRateValue(figures, "onTimeRate"),
    onTimeN: dossierN(figures, "onTimeRate"),
    qd766Ratio: dossierRateValue(figures, "qd766Ratio"),
    qd766N: dossierN(figures, "qd766Ratio"),
  };
}
