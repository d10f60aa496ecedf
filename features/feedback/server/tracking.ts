import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { feedback, units } from "@/db/schema";
import { citizenStatuses } from "../feedback";
import { TRACKING_TOKEN, trackingTokenHash } from "../reference";

/**
 * What the citizen's status page shows of an item, found by its private link's token: the reference, the
 * unit, the dates, the status and — once sent — the reply. Nothing else of the citizen's (no contact
 * details, no comment echoed back) and nothing of anyone else's.
 */
export async function trackedFeedback(token: string) {
  if (!TRACKING_TOKEN.test(token)) return undefined;
  const [row] = await getDb()
    .select({
      reference: feedback.reference,
      unitName: units.name,
      unitSlug: units.slug,
      status: feedback.status,
      receivedAt: feedback.createdAt,
      dueAt: feedback.dueAt,
      reply: feedback.reply,
      repliedAt: feedback.repliedAt,
      closedAt: feedback.closedAt,
    })
    .from(feedback)
    .innerJoin(units, eq(units.id, feedback.unitId))
    .where(eq(feedback.trackingTokenHash, trackingTokenHash(token)));
  if (!row?.reference) return undefined;
  // A reply is shown once given; an item reopened after its reply shows it until the next one.
  return { ...row, step: citizenStatuses[row.status] };
}
