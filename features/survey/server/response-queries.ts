import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { createGroupCommitter, type Transaction as Tx } from "@/db/group-commit";
import { answers, dailyAnswerCounts, instruments, responses } from "@/db/schema";
import { markRatedUnsatisfied } from "@/features/dossiers/server/dossier-queries";
import { dueAtForNewItem, type FeedbackReceipt, insertFeedbackItem } from "@/features/feedback/server/intake";
import { QUICK_ITEM_KEY } from "@/features/survey/instruments";
import type { SurgeThresholds } from "@/features/survey/surge";
import { exceededCheck, type FlagReason, type VelocityCheck } from "@/features/survey/velocity";
import type { Lang } from "@/i18n/locales";
import type { Channel } from "@/lib/constants";
import { joinBurst, openBurstIfSurging, openBurstOf, surgeCountersOf } from "./burst-queries";
import { countInSlidingWindows, uncountOne } from "./rate-counters";

export interface ResponseInput {
  instrumentId: number;
  unitId: number;
  counterId: number | null;
  procedureId: number | null;
  shortLinkCode: string | null;
  dossierId: number | null;
  /** The dossier's receipt answer is "Không hài lòng": marked on the dossier when the answer counts. */
  dossierRatedUnsatisfied?: boolean;
  channel: Channel;
  submittedAt: Date;
  localDay: string;
  idempotencyKey: string;
  answers: ReadonlyArray<{ itemKey: string; value: number | null }>;
  reasons: string[] | null;
  comment: string | null;
  /** Flagged before any counting (e.g. a filled honeypot). */
  flagReason: FlagReason | null;
  /** Velocity limits counted in the same transaction; exceeding one flags the response. */
  velocityChecks: readonly VelocityCheck[];
  /** The link's and unit's surge thresholds; null: no surge detection (e.g. seeds and tests of other things). */
  surge: SurgeThresholds | null;
  deviceHash: string | null;
}

export interface InsertResult {
  id: number;
  duplicate: boolean;
  flagged: boolean;
}

type CountRow = typeof dailyAnswerCounts.$inferInsert & { count: number };

/**
 * What the responses of a batch leave to be written together at its end (`writePending`): their answers,
 * and their daily counts added up — a rush of answers to one unit adds to a handful of count rows, and each
 * distinct row's upsert (with the monthly and rollup triggers it fires for every ancestor) then runs once
 * per batch instead of once per answer. Same transaction, same totals.
 */
interface Pending {
  answers: Array<typeof answers.$inferInsert>;
  counts: Map<string, CountRow>;
}
const pendingOf = new WeakMap<Tx, Pending>();

function pending(tx: Tx): Pending {
  let p = pendingOf.get(tx);
  if (!p) {
    p = { answers: [], counts: new Map() };
    pendingOf.set(tx, p);
  }
  return p;
}

/** The fields of `ResponseInput` that `writeResponse`'s insert stores as they are. */
type StoredAsIs =
  | "instrumentId"
  | "unitId"
  | "counterId"
  | "procedureId"
  | "shortLinkCode"
  | "dossierId"
  | "channel"
  | "submittedAt"
  | "localDay"
  | "idempotencyKey"
  | "reasons"
  | "comment"
  | "deviceHash";
type Handled = StoredAsIs | "answers" | "velocityChecks" | "surge" | "flagReason" | "dossierRatedUnsatisfied";
/** A field added to `ResponseInput` fails to compile here until the insert stores it (and `Handled` says so). */
const _everyInputFieldHandled: [keyof ResponseInput] extends [Handled] ? true : never = true;

async function writeResponse(tx: Tx, input: ResponseInput): Promise<InsertResult> {
  const {
    answers: answerRows,
    velocityChecks,
    surge,
    flagReason: preFlag,
    dossierRatedUnsatisfied,
    ...row
  } = input;
  const nowMs = row.submittedAt.getTime();
  // Surge detection applies to answers not flagged already; the open burst of the answer's link or unit,
  // if any, is read by the insert itself.
  const watched =
    surge && row.shortLinkCode && preFlag === null
      ? { unitId: row.unitId, linkCode: row.shortLinkCode, nowMs, thresholds: surge }
      : null;
  // On the hot path of every answer: one plain statement, not the query builder (which cost more CPU than
  // the insert itself). The columns are the schema's; a replay or a second answer for a dossier inserts
  // nothing.
  const [inserted] = await tx.all<{ id: number; burstId: number | null }>(sql`
    INSERT INTO responses (instrument_id, unit_id, counter_id, procedure_id, short_link_code, dossier_id,
      channel, submitted_at, local_day, idempotency_key, reasons, comment, flagged, flag_reason, device_hash,
      burst_id)
    VALUES (${row.instrumentId}, ${row.unitId}, ${row.counterId}, ${row.procedureId}, ${row.shortLinkCode},
      ${row.dossierId}, ${row.channel}, ${nowMs}, ${row.localDay}, ${row.idempotencyKey},
      ${row.reasons === null ? null : JSON.stringify(row.reasons)}, ${row.comment}, ${preFlag !== null ? 1 : 0},
      ${preFlag}, ${row.deviceHash}, ${watched ? openBurstOf(watched) : null})
    ON CONFLICT DO NOTHING
    RETURNING id, burst_id AS burstId`);
  if (!inserted) {
    // A replay (same idempotency key) or a second response for the same dossier: nothing is written.
    const conflict =
      row.dossierId === null
        ? eq(responses.idempotencyKey, row.idempotencyKey)
        : or(eq(responses.idempotencyKey, row.idempotencyKey), eq(responses.dossierId, row.dossierId));
    const [existing] = await tx
      .select({ id: responses.id, flagged: responses.flagged })
      .from(responses)
      .where(conflict)
      .limit(1);
    if (!existing) throw new Error("Response conflict without an existing row");
    return { id: existing.id, duplicate: true, flagged: existing.flagged };
  }

  // Only new responses count towards a limit: a replay never gets here. The sender's limits and the
  // link's and unit's surge counters are counted in one statement; the surge counters keep only answers
  // that pass the sender's limits and join no burst (held or flagged answers are not counted answers).
  const surgeCounters = watched ? surgeCountersOf(watched) : [];
  const counts = await countInSlidingWindows(tx, [...velocityChecks, ...surgeCounters], nowMs);
  let flagReason: FlagReason | null = preFlag ?? exceededCheck(velocityChecks, counts)?.reason ?? null;
  let burstId: number | null = null;
  if (watched) {
    if (flagReason !== null || inserted.burstId !== null) {
      await uncountOne(
        tx,
        surgeCounters.map((c) => c.key),
      );
    }
    if (flagReason === null && inserted.burstId !== null) {
      burstId = await joinBurst(tx, inserted.burstId, nowMs);
    } else if (flagReason === null) {
      // A burst moves the aggregates of the answers it holds: those of this batch are written first.
      burstId = await openBurstIfSurging(tx, { ...watched, responseId: inserted.id }, counts, () =>
        writePending(tx),
      );
    }
    if (burstId !== null) flagReason = "surge";
  }
  const flagged = flagReason !== null;
  if (flagReason !== preFlag || (inserted.burstId ?? null) !== burstId) {
    await tx.update(responses).set({ flagged, flagReason, burstId }).where(eq(responses.id, inserted.id));
  }
  if (row.dossierId !== null && dossierRatedUnsatisfied && !flagged) {
    await markRatedUnsatisfied(tx, row.dossierId);
  }
  const batch = pending(tx);
  for (const a of answerRows) batch.answers.push({ responseId: inserted.id, ...a });
  for (const a of answerRows) {
    if (a.value === null) continue;
    const key = `${row.unitId}|${row.localDay}|${row.instrumentId}|${row.channel}|${a.itemKey}|${a.value}|${flagged}`;
    const seen = batch.counts.get(key);
    if (seen) seen.count += 1;
    else
      batch.counts.set(key, {
        unitId: row.unitId,
        day: row.localDay,
        instrumentId: row.instrumentId,
        channel: row.channel,
        itemKey: a.itemKey,
        value: a.value,
        flagged,
        count: 1,
      });
  }
  return { id: inserted.id, duplicate: false, flagged };
}

/** Rows per statement: well under SQLite's limit of bound parameters (8 per count row). */
const ROWS_PER_STATEMENT = 100;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

/** Writes what the batch's responses left for its end (see `Pending`), and forgets it. */
async function writePending(tx: Tx): Promise<void> {
  const batch = pendingOf.get(tx);
  if (!batch) return;
  pendingOf.delete(tx);
  for (const part of chunks(batch.answers)) await tx.insert(answers).values(part);
  for (const part of chunks([...batch.counts.values()])) {
    await tx
      .insert(dailyAnswerCounts)
      .values(part)
      .onConflictDoUpdate({
        target: [
          dailyAnswerCounts.unitId,
          dailyAnswerCounts.day,
          dailyAnswerCounts.instrumentId,
          dailyAnswerCounts.channel,
          dailyAnswerCounts.itemKey,
          dailyAnswerCounts.value,
          dailyAnswerCounts.flagged,
        ],
        set: { count: sql`${dailyAnswerCounts.count} + excluded.count` },
      });
  }
}

const globalForCommit = globalThis as unknown as {
  hailongResponseWriter?: (input: ResponseInput) => Promise<InsertResult>;
};

/**
 * Stores a response, its answers and the daily aggregates atomically, group-committed with the other
 * submissions in flight. A repeated idempotency key (or a second response for the same dossier) writes
 * nothing and returns the stored response. Resolves only once the transaction is committed.
 */
export function insertResponse(input: ResponseInput): Promise<InsertResult> {
  globalForCommit.hailongResponseWriter ??= createGroupCommitter(getDb, writeResponse, {
    finish: writePending,
  });
  return globalForCommit.hailongResponseWriter(input);
}

/**
 * The follow-up of a quick "Không hài lòng" (once only, never on a flagged answer): reasons and comment on
 * the response, and a feedback item for the unit's inbox when there is a comment — with contact details
 * only on consent. Callers check `mayFollowUp` first; the conditions are repeated here so that two
 * concurrent follow-ups cannot both be written.
 */
export async function addQuickFollowUp(
  responseId: number,
  followUp: {
    reasons: string[];
    comment: string | null;
    contact: { name: string | null; phone: string | null; email: string | null } | null;
    lang?: Lang;
  },
): Promise<{ id: number; unitId: number; feedback: FeedbackReceipt | null } | undefined> {
  const now = new Date();
  const dueAt = followUp.comment ? await dueAtForNewItem(now) : now;
  return getDb().transaction(
    async (tx) => {
      const [row] = await tx
        .update(responses)
        .set({ reasons: followUp.reasons, comment: followUp.comment })
        .where(
          and(eq(responses.id, responseId), sql`${responses.reasons} IS NULL`, eq(responses.flagged, false)),
        )
        .returning({ id: responses.id, unitId: responses.unitId });
      if (!row) return undefined;
      if (!followUp.comment) return { ...row, feedback: null };
      const receipt = await insertFeedbackItem(
        tx,
        {
          unitId: row.unitId,
          responseId: row.id,
          body: followUp.comment,
          contact: followUp.contact,
          lang: followUp.lang ?? "vi",
        },
        dueAt,
        now,
      );
      return { ...row, feedback: receipt };
    },
    { behavior: "immediate" },
  );
}

/**
 * A response with what its follow-up depends on: its quick answer (null for other instruments), its
 * scale's size, whether it is flagged, whether it was followed up — by id, or by idempotency key within
 * one unit and channel (the kiosk's own answers).
 */
export async function getFollowUpCandidate(
  by: { id: number } | { idempotencyKey: string; unitId: number; channel: Channel },
) {
  const [row] = await getDb()
    .select({
      id: responses.id,
      unitId: responses.unitId,
      shortLinkCode: responses.shortLinkCode,
      reasons: responses.reasons,
      flagged: responses.flagged,
      quickValue: answers.value,
      scaleSize: sql<number>`json_array_length(${instruments.definition}, '$.scale')`.mapWith(Number),
    })
    .from(responses)
    .innerJoin(instruments, eq(instruments.id, responses.instrumentId))
    .leftJoin(answers, and(eq(answers.responseId, responses.id), eq(answers.itemKey, QUICK_ITEM_KEY)))
    .where(
      "id" in by
        ? eq(responses.id, by.id)
        : and(
            eq(responses.idempotencyKey, by.idempotencyKey),
            eq(responses.unitId, by.unitId),
            eq(responses.channel, by.channel),
          ),
    )
    .limit(1);
  return row;
}

/**
 * Answer counts per unit and level for one item over a day range, excluding flagged responses.
 * Reads the daily aggregates only.
 */
export async function countAnswersByUnit(
  unitIds: readonly number[],
  itemKey: string,
  from: string,
  to: string,
): Promise<Array<{ unitId: number; value: number; count: number }>> {
  if (unitIds.length === 0) return [];
  return getDb()
    .select({
      unitId: dailyAnswerCounts.unitId,
      value: dailyAnswerCounts.value,
      count: sql<number>`sum(${dailyAnswerCounts.count})`.mapWith(Number),
    })
    .from(dailyAnswerCounts)
    .where(
      and(
        inArray(dailyAnswerCounts.unitId, [...unitIds]),
        eq(dailyAnswerCounts.itemKey, itemKey),
        eq(dailyAnswerCounts.flagged, false),
        sql`${dailyAnswerCounts.day} BETWEEN ${from} AND ${to}`,
      ),
    )
    .groupBy(dailyAnswerCounts.unitId, dailyAnswerCounts.value);
}
