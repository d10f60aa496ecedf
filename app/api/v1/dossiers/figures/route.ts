import { figuresQuery } from "@/features/dossiers/api";
import { answerOf, dossierApi, parseInput } from "@/features/dossiers/server/api-handler";
import { figuresForKey } from "@/features/dossiers/server/figures";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/dossiers/figures?from=YYYY-MM-DD&to=YYYY-MM-DD[&unit=<id>] — the on-time rate and the
 * QĐ 766 ratio of the key's unit (or a unit below it) and its subtree, over local days.
 */
export function GET(req: Request): Promise<Response> {
  return dossierApi(req, async (actor) => {
    const query = parseInput(figuresQuery, Object.fromEntries(new URL(req.url).searchParams));
    return answerOf(await figuresForKey(actor, query));
  });
}
