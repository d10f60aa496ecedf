import { type Phrase, phrase } from "@/i18n/phrase";
import { DEFAULT_FEEDBACK_DUE_DAYS, type FeedbackStatus } from "@/lib/constants";

/**
 * The feedback inbox's rules: statuses (named in the catalogue, `feedback.statuses`), the due period, the transitions of the four
 * actions (assign, reply, close, reopen), and the inbox's GET filters. No I/O: server/ reads and writes.
 */

export { DEFAULT_FEEDBACK_DUE_DAYS, FEEDBACK_DUE_DAYS_SETTING } from "@/lib/constants";

export const FEEDBACK_REPLY_MAX = 5000;
export const FEEDBACK_NOTE_MAX = 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Waiting for an answer: these count in the inbox badge and can become overdue. */
export const openFeedbackStatuses = ["new", "assigned"] as const satisfies readonly FeedbackStatus[];

export function isOpenFeedback(status: FeedbackStatus): boolean {
  return (openFeedbackStatuses as readonly FeedbackStatus[]).includes(status);
}

/** A valid due period from the stored setting (working days, 1–365), or the default. */
export function parseDueDays(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 365
    ? value
    : DEFAULT_FEEDBACK_DUE_DAYS;
}

/** Whole days elapsed since `createdAt`. */
export function ageInDays(createdAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / DAY_MS));
}

/** Open past its due instant (the end of its last working day, stored when it was received). */
export function isOverdue(item: { status: FeedbackStatus; dueAt: Date | null }, now: Date): boolean {
  return isOpenFeedback(item.status) && item.dueAt !== null && item.dueAt.getTime() < now.getTime();
}

/** What the citizen's status page calls each status. */
export const citizenStatuses = {
  new: "received",
  assigned: "inProgress",
  answered: "answered",
  closed: "closed",
} as const satisfies Record<FeedbackStatus, string>;

export const feedbackActions = ["assign", "reply", "close", "reopen"] as const;
export type FeedbackAction = (typeof feedbackActions)[number];

/** Where each action may start from, and where it leads. */
const transitions: Record<FeedbackAction, { from: readonly FeedbackStatus[]; to: FeedbackStatus }> = {
  assign: { from: ["new", "assigned"], to: "assigned" },
  reply: { from: ["new", "assigned"], to: "answered" },
  close: { from: ["new", "assigned", "answered"], to: "closed" },
  reopen: { from: ["closed"], to: "assigned" },
};

export type TransitionResult =
  | { ok: true; from: readonly FeedbackStatus[]; to: FeedbackStatus }
  | { ok: false; message: Phrase };

/**
 * Checks one action against the current status. Closing an item that was never answered (spam, duplicates)
 * needs a note saying why.
 */
export function feedbackTransition(
  action: FeedbackAction,
  status: FeedbackStatus,
  options: { note?: string | null } = {},
): TransitionResult {
  const rule = transitions[action];
  if (!rule.from.includes(status)) {
    return { ok: false, message: phrase(`feedback.errors.transitions.${action}`) };
  }
  if (action === "close" && status !== "answered" && !options.note) {
    return { ok: false, message: phrase("feedback.errors.closeNeedsNote") };
  }
  // The update is guarded by these statuses, so a concurrent change cannot slip past the check above.
  const from = action === "close" && !options.note ? (["answered"] as const) : rule.from;
  return { ok: true, from, to: rule.to };
}

/** The actions offered for an item in this status. */
export function availableFeedbackActions(status: FeedbackStatus): FeedbackAction[] {
  return feedbackActions.filter((a) => transitions[a].from.includes(status));
}

export type FeedbackStatusFilter = FeedbackStatus | "open";

/** The inbox filters, read from GET query parameters (so they work without JavaScript). */
export interface FeedbackQuery {
  status?: FeedbackStatusFilter;
  unitId?: number;
  overdue: boolean;
  q: string;
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

const statusFilters: readonly string[] = ["open", "new", "assigned", "answered", "closed"];

/** Unknown values are ignored rather than refused: a bookmarked inbox URL always opens. */
export function parseFeedbackQuery(params: Params): FeedbackQuery {
  const status = first(params["trang-thai"]);
  const unit = first(params["don-vi"]);
  const page = Number(first(params.trang));
  return {
    status: statusFilters.includes(status) ? (status as FeedbackStatusFilter) : undefined,
    unitId: /^\d{1,9}$/.test(unit) ? Number(unit) : undefined,
    overdue: first(params["qua-han"]) === "1",
    q: first(params.q).trim().slice(0, 200),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The inbox URL for a query (empty filters left out). */
export function feedbackQueryHref(query: FeedbackQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set("trang-thai", query.status);
  if (query.unitId) params.set("don-vi", String(query.unitId));
  if (query.overdue) params.set("qua-han", "1");
  if (query.q) params.set("q", query.q);
  if (query.page > 1) params.set("trang", String(query.page));
  const search = params.toString();
  return search ? `/quan-ly/phan-anh?${search}` : "/quan-ly/phan-anh";
}

/** A short excerpt for the inbox table. */
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** What the kiosk shows of a feedback item: its reference, due date and a code to follow it on a phone. */
export interface KioskFeedbackReceipt {
  reference: string;
  /** The due date, written in the screen's language. */
  due: string;
  trackingUrl: string;
  /** The tracking link as a QR code: an SVG data URL drawn by the server. */
  qr: string;
}
