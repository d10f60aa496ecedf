import { registerDossierInput } from "@/features/dossiers/api";
import { answerOf, dossierApi, readJsonInput } from "@/features/dossiers/server/api-handler";
import { registerDossier } from "@/features/dossiers/server/dossiers";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/dossiers — a unit's one-stop software registers a dossier (Authorization: Bearer <unit API
 * key>) and gets the receipt's single-use survey URL and QR (SVG): 201, or 200 with the stored dossier when
 * the same registration is sent again. Contract: /api/openapi.json.
 */
export function POST(req: Request): Promise<Response> {
  return dossierApi(req, async (actor) => {
    const input = await readJsonInput(req, registerDossierInput);
    const outcome = await registerDossier(actor, input);
    if (!outcome.ok) return answerOf(outcome);
    return { body: outcome.value.dossier, status: outcome.value.created ? 201 : 200 };
  });
}
