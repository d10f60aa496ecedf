import { answerSubmission } from "@/features/survey/server/submission-endpoint";
import { readBodyCapped } from "@/lib/http";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/responses — stores one survey response (features/survey/server/submission-endpoint.ts).
 * The production server answers this address itself, without Next.js's router (server/fast-submissions.ts);
 * this route serves `next dev` and any server started without it.
 */
export async function POST(req: Request): Promise<Response> {
  return answerSubmission({ headers: req.headers, text: (maxBytes) => readBodyCapped(req, maxBytes) });
}
