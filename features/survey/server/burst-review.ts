import "server-only";
import type { Actor } from "@/features/access/permissions";
import { change, FORBIDDEN, type Outcome } from "@/features/access/server/change";
import { findBurst, writeBurstDecision } from "./burst-queries";

/**
 * A unit administrator decides on a burst held by surge detection: confirmed, its answers count from now
 * on; rejected, they stay out of every figure. `changed`: the decision differs from the burst's status
 * (the published figures must then be recomputed).
 */
export async function decideBurst(
  actor: Actor,
  input: { id: number; decision: "confirmed" | "rejected" },
): Promise<Outcome<{ changed: boolean }>> {
  return change(actor, async ({ tx, authorize, refuse, audit, unchanged }) => {
    const burst = await findBurst(tx, input.id);
    // An unknown burst is refused like another unit's, so ids cannot be probed.
    if (!burst) return refuse(FORBIDDEN);
    authorize({ permission: "unit.administer", unitId: burst.unitId });
    const changed = await writeBurstDecision(tx, audit, burst, input.decision, actor.userId);
    if (!changed) unchanged();
    return { changed };
  });
}
