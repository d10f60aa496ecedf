import "server-only";
import { getDb } from "@/db/client";
import { type Actor, can } from "@/features/access/permissions";
import { listDeliveries } from "@/features/messaging/server/outbox";
import { configuredChannels } from "@/features/messaging/server/transports";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { flattenTree } from "@/features/units/unit-tree";
import { availableFeedbackActions, type FeedbackQuery } from "../feedback";
import { feedbackCalendar } from "./calendar";
import {
  countFeedbackByStatus,
  getFeedbackItem,
  getFeedbackResponse,
  listFeedback,
  listFeedbackAssignees,
  listFeedbackHistory,
} from "./queries";

/** Open items in the actor's scope: the badge of the managers' menu. */
export async function openFeedbackCount(actor: Actor): Promise<number> {
  return (await countFeedbackByStatus([...actor.scopeUnitIds])).open;
}

/**
 * The inbox as the actor may see it: the due period, the units of their scope (as a tree, for the unit
 * filter), one page of the items matching `query` and the counts per status.
 */
export async function feedbackInbox(actor: Actor, query: FeedbackQuery, pageSize: number, now: Date) {
  const { dueDays } = await feedbackCalendar(now);
  const scopeUnits = flattenTree(
    (await listUnitsByIds([...actor.scopeUnitIds])).filter((u) => !u.validTo || u.id === query.unitId),
  );
  // A unit filter narrows to that unit's subtree; a unit outside the scope shows nothing.
  const unitIds =
    query.unitId === undefined
      ? [...actor.scopeUnitIds]
      : (scopeUnits.find((r) => r.unit.id === query.unitId)?.subtreeIds ?? []);
  const [{ rows, total }, counts] = await Promise.all([
    listFeedback({
      unitIds,
      status: query.status,
      overdueAt: query.overdue ? now : undefined,
      q: query.q,
      page: query.page,
      pageSize,
    }),
    countFeedbackByStatus([...actor.scopeUnitIds], now),
  ]);
  return { dueDays, scopeUnits, rows, total, counts };
}

/**
 * One item, only within the actor's scope (undefined otherwise, so the page is a 404), with what its page
 * shows: the survey answer it came from, its history, and the actions the actor may take on it.
 */
export async function feedbackItem(actor: Actor, id: number) {
  const found = await getFeedbackItem(getDb(), id);
  if (!found || !can(actor, { permission: "unit.view", unitId: found.item.unitId })) return undefined;
  const { item } = found;
  const editable = can(actor, { permission: "unit.administer", unitId: item.unitId });
  const actions = editable ? availableFeedbackActions(item.status) : [];
  const [{ dueDays }, response, history, assignees, deliveries] = await Promise.all([
    feedbackCalendar(),
    item.responseId ? getFeedbackResponse(item.responseId) : Promise.resolve(undefined),
    listFeedbackHistory(item.id),
    actions.includes("assign")
      ? listFeedbackAssignees(getDb(), item.unitId, actor.scopeUnitIds)
      : Promise.resolve([]),
    listDeliveries(item.id),
  ]);
  return {
    ...found,
    editable,
    actions,
    dueDays,
    response,
    history,
    assignees,
    deliveries,
    channels: configuredChannels(),
  };
}
