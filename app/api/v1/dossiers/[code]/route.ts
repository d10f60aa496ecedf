import { dossierPath, unitQuery, updateDossierInput } from "@/features/dossiers/api";
import { answerOf, dossierApi, parseInput, readJsonInput } from "@/features/dossiers/server/api-handler";
import { readDossier, updateDossier } from "@/features/dossiers/server/dossiers";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ code: string }>;
}

/** `?unit=<id>` when several of the key's units use the same dossier code. */
function unitParam(req: Request): number | undefined {
  const unit = new URL(req.url).searchParams.get("unit");
  if (unit === null) return undefined;
  return parseInput(unitQuery, { unit }).unit;
}

/** GET /api/v1/dossiers/{code} — the dossier as stored, with its apology letters. */
export function GET(req: Request, { params }: Params): Promise<Response> {
  return dossierApi(req, async (actor) => {
    const { code } = parseInput(dossierPath, await params);
    return answerOf(await readDossier(actor, code, unitParam(req)));
  });
}

/**
 * PATCH /api/v1/dossiers/{code} — the software reports the dossier's progress: due time, status, return,
 * officers, complaint, and a new date with the reason (an apology letter). Idempotent.
 */
export function PATCH(req: Request, { params }: Params): Promise<Response> {
  return dossierApi(req, async (actor) => {
    const { code } = parseInput(dossierPath, await params);
    const unitId = unitParam(req);
    const input = await readJsonInput(req, updateDossierInput);
    return answerOf(await updateDossier(actor, code, unitId, input));
  });
}
