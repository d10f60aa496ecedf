import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { counters, procedureVersions, shortLinks, unitProcedures, units } from "@/db/schema";

/** What a survey page shows about where the citizen was served. */
export async function getSurveyContext(code: string) {
  const [row] = await getDb()
    .select({
      code: shortLinks.code,
      unitSlug: units.slug,
      unitId: units.id,
      unitName: units.name,
      surveyInstrumentKey: units.surveyInstrumentKey,
      counterName: counters.name,
      procedureName: procedureVersions.name,
    })
    .from(shortLinks)
    .innerJoin(units, eq(units.id, shortLinks.unitId))
    .leftJoin(counters, eq(counters.id, shortLinks.counterId))
    .leftJoin(unitProcedures, eq(unitProcedures.id, shortLinks.unitProcedureId))
    .leftJoin(
      procedureVersions,
      and(
        eq(procedureVersions.procedureId, unitProcedures.procedureId),
        isNull(procedureVersions.effectiveTo),
      ),
    )
    .where(and(eq(shortLinks.code, code), isNull(shortLinks.disabledAt)))
    .limit(1);
  return row;
}
