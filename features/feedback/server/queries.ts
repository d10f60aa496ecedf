import "server-only";
import { and, asc, count, desc, eq, inArray, lt, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type Executor, getDb } from "@/db/client";
import {
  answers,
  auditLog,
  counters,
  feedback,
  instruments,
  responses,
  roleAssignments,
  units,
  user,
} from "@/db/schema";
import { instrumentDefinitionSchema } from "@/features/survey/instruments";
import type { FeedbackStatus } from "@/lib/constants";
import { openFeedbackStatuses } from "../feedback";
import { normalizeReference } from "../reference";

export interface FeedbackFilter {
  unitIds: readonly number[];
  status?: FeedbackStatus | "open";
  /** Only open items past their due instant at this time (the overdue ones). */
  overdueAt?: Date;
  /** Text contained in the body. */
  q?: string;
  page: number;
  pageSize: number;
}

const isOpen = inArray(feedback.status, [...openFeedbackStatuses]);

function filterConditions(f: FeedbackFilter): SQL | undefined {
  const conditions: Array<SQL | undefined> = [inArray(feedback.unitId, [...f.unitIds])];
  if (f.status === "open") conditions.push(isOpen);
  else if (f.status) conditions.push(eq(feedback.status, f.status));
  if (f.overdueAt) conditions.push(isOpen, lt(feedback.dueAt, f.overdueAt));
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // A citizen on the phone quotes their reference ("7K3M-9Q2X"): it finds the item too.
    const reference = normalizeReference(f.q);
    conditions.push(
      reference
        ? or(sql`${feedback.body} LIKE ${pattern} ESCAPE '\\'`, eq(feedback.reference, reference))
        : sql`${feedback.body} LIKE ${pattern} ESCAPE '\\'`,
    );
  }
  return and(...conditions);
}

const assignee = alias(user, "assignee");

/** A page of feedback in the given units: open items first, oldest first; then the rest, latest change first. */
export async function listFeedback(f: FeedbackFilter) {
  if (f.unitIds.length === 0) return { rows: [], total: 0 };
  const db = getDb();
  const conditions = filterConditions(f);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: feedback.id,
        unitId: feedback.unitId,
        unitName: units.name,
        body: feedback.body,
        status: feedback.status,
        createdAt: feedback.createdAt,
        dueAt: feedback.dueAt,
        reference: feedback.reference,
        assigneeName: assignee.name,
      })
      .from(feedback)
      .innerJoin(units, eq(units.id, feedback.unitId))
      .leftJoin(assignee, eq(assignee.id, feedback.assigneeId))
      .where(conditions)
      .orderBy(
        sql`CASE WHEN ${isOpen} THEN 0 ELSE 1 END`,
        sql`CASE WHEN ${isOpen} THEN ${feedback.createdAt} END`,
        desc(feedback.updatedAt),
        asc(feedback.id),
      )
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(feedback).where(conditions),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Items per status in the given units, and how many open ones are past their due instant at `now`. */
export async function countFeedbackByStatus(unitIds: readonly number[], now = new Date()) {
  const byStatus: Record<FeedbackStatus, number> = { new: 0, assigned: 0, answered: 0, closed: 0 };
  let overdue = 0;
  if (unitIds.length === 0) return { byStatus, open: 0, overdue };
  const rows = await getDb()
    .select({
      status: feedback.status,
      n: count(),
      overdue: sql<number>`sum(CASE WHEN ${feedback.dueAt} < ${now.getTime()} THEN 1 ELSE 0 END)`.mapWith(
        Number,
      ),
    })
    .from(feedback)
    .where(inArray(feedback.unitId, [...unitIds]))
    .groupBy(feedback.status);
  for (const r of rows) {
    byStatus[r.status] = r.n;
    if ((openFeedbackStatuses as readonly string[]).includes(r.status)) overdue += r.overdue;
  }
  return { byStatus, open: byStatus.new + byStatus.assigned, overdue };
}

/** One item with its unit's and assignee's names; whoever asks checks that its unit is in their scope. */
export async function getFeedbackItem(db: Executor, id: number) {
  const [row] = await db
    .select({
      item: feedback,
      unitName: units.name,
      assigneeName: assignee.name,
      assigneeEmail: assignee.email,
    })
    .from(feedback)
    .innerJoin(units, eq(units.id, feedback.unitId))
    .leftJoin(assignee, eq(assignee.id, feedback.assigneeId))
    .where(eq(feedback.id, id));
  return row;
}

/** The survey response a feedback item came from: instrument, quick answer, reasons, counter. */
export async function getFeedbackResponse(responseId: number) {
  const [row] = await getDb()
    .select({
      instrumentKey: instruments.key,
      instrumentVersion: instruments.version,
      definition: instruments.definition,
      reasons: responses.reasons,
      channel: responses.channel,
      submittedAt: responses.submittedAt,
      counterName: counters.name,
      quickValue: answers.value,
    })
    .from(responses)
    .innerJoin(instruments, eq(instruments.id, responses.instrumentId))
    .leftJoin(counters, eq(counters.id, responses.counterId))
    .leftJoin(answers, and(eq(answers.responseId, responses.id), eq(answers.itemKey, "quick")))
    .where(eq(responses.id, responseId));
  return row && { ...row, definition: instrumentDefinitionSchema.parse(row.definition) };
}

/** What managers did with an item, oldest first (from the audit log). */
export async function listFeedbackHistory(id: number) {
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      details: auditLog.details,
      userName: user.name,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.userId))
    .where(and(eq(auditLog.entity, "feedback"), eq(auditLog.entityId, String(id))))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}

/**
 * People who may handle an item of `unitId`: administrators of the unit or of a unit above it, limited to
 * role units the acting manager can see.
 */
export async function listFeedbackAssignees(db: Executor, unitId: number, scopeUnitIds: ReadonlySet<number>) {
  const ancestors = await db.all<{ id: number }>(sql`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM units WHERE id = ${unitId}
      UNION
      SELECT u.id, u.parent_id FROM units u JOIN up ON u.id = up.parent_id
    )
    SELECT id FROM up`);
  const roleUnits = ancestors.map((a) => a.id).filter((id) => scopeUnitIds.has(id));
  if (roleUnits.length === 0) return [];
  return db
    .selectDistinct({ id: user.id, name: user.name, email: user.email })
    .from(roleAssignments)
    .innerJoin(user, eq(user.id, roleAssignments.userId))
    .where(and(inArray(roleAssignments.unitId, roleUnits), ne(roleAssignments.role, "unit_viewer")))
    .orderBy(asc(user.name));
}

/**
 * Moves an item to `to` only if it is still in one of the `from` statuses: the check and the write are one
 * statement. Returns false when nothing changed.
 */
export async function updateFeedbackStatus(
  tx: Executor,
  change: {
    id: number;
    from: readonly FeedbackStatus[];
    to: FeedbackStatus;
    assigneeId?: string;
    reply?: string;
  },
  now = new Date(),
): Promise<boolean> {
  const rows = await tx
    .update(feedback)
    .set({
      status: change.to,
      updatedAt: now,
      closedAt: change.to === "closed" ? now : null,
      ...(change.assigneeId ? { assigneeId: change.assigneeId } : {}),
      ...(change.reply !== undefined ? { reply: change.reply, repliedAt: now } : {}),
    })
    .where(and(eq(feedback.id, change.id), inArray(feedback.status, [...change.from])))
    .returning({ id: feedback.id });
  return rows.length === 1;
}

/** The daily digest's feedback counts in some units: received since `since`, open and due by `dueBy`, overdue. */
export async function digestFeedbackCounts(unitIds: readonly number[], since: Date, dueBy: Date, now: Date) {
  if (unitIds.length === 0) return { received: 0, dueSoon: 0, overdue: 0 };
  const [row] = await getDb()
    .select({
      received: sql<number>`coalesce(sum(${feedback.createdAt} >= ${since.getTime()}), 0)`.mapWith(Number),
      dueSoon:
        sql<number>`coalesce(sum(${isOpen} AND ${feedback.dueAt} >= ${now.getTime()} AND ${feedback.dueAt} <= ${dueBy.getTime()}), 0)`.mapWith(
          Number,
        ),
      overdue: sql<number>`coalesce(sum(${isOpen} AND ${feedback.dueAt} < ${now.getTime()}), 0)`.mapWith(
        Number,
      ),
    })
    .from(feedback)
    .where(inArray(feedback.unitId, [...unitIds]));
  return row ?? { received: 0, dueSoon: 0, overdue: 0 };
}

/**
 * Feedback received in some units between two instants (a report's period), with how many of them were
 * answered and how many were not handled (answered or closed) by their due time, both judged at `cut`
 * (the period's end, or now while it runs).
 */
export async function countFeedbackOfPeriod(
  unitIds: readonly number[],
  period: { start: Date; end: Date },
  cut: Date,
): Promise<{ received: number; answered: number; overdue: number }> {
  if (unitIds.length === 0) return { received: 0, answered: 0, overdue: 0 };
  const at = cut.getTime();
  const handledAt = sql`coalesce(${feedback.repliedAt}, ${feedback.closedAt})`;
  const [row] = await getDb()
    .select({
      received: count(),
      answered: sql<number>`coalesce(sum(${feedback.repliedAt} < ${at}), 0)`.mapWith(Number),
      overdue:
        sql<number>`coalesce(sum(${feedback.dueAt} < ${at} AND (${handledAt} IS NULL OR ${handledAt} > ${feedback.dueAt})), 0)`.mapWith(
          Number,
        ),
    })
    .from(feedback)
    .where(
      and(
        inArray(feedback.unitId, [...unitIds]),
        sql`${feedback.createdAt} >= ${period.start.getTime()}`,
        lt(feedback.createdAt, period.end),
      ),
    );
  return row ?? { received: 0, answered: 0, overdue: 0 };
}
