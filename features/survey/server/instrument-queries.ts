import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { memoizeLookup } from "@/db/memo";
import { instruments, units } from "@/db/schema";
import {
  defaultInstruments,
  type InstrumentDefinition,
  instrumentDefinitionSchema,
} from "@/features/survey/instruments";
import { listAncestorUnitIds } from "@/features/units/server/unit-queries";

async function findPublishedInstrument(key: string) {
  const row = await getDb().query.instruments.findFirst({
    where: and(eq(instruments.key, key), eq(instruments.status, "published")),
    orderBy: desc(instruments.version),
  });
  return row && { ...row, definition: instrumentDefinitionSchema.parse(row.definition) };
}

/** The latest published version of an instrument (what a survey page shows). */
export function getPublishedInstrument(key: string) {
  return findPublishedInstrument(key);
}

// Submissions that name no version (JSON clients) answer the latest one, read at most 10 s old.
const recentPublished = memoizeLookup("published-instruments", findPublishedInstrument, {
  ttlMs: 10_000,
  max: 1000,
});

async function findAnswerableVersion(id: string) {
  const row = await getDb().query.instruments.findFirst({ where: eq(instruments.id, Number(id)) });
  if (!row || row.status === "draft") return undefined;
  return { ...row, definition: instrumentDefinitionSchema.parse(row.definition) };
}

// A published version never changes, so it may be kept long; only its status (retired) may, which
// does not matter here: a form opened before a new version was published is still answered as shown.
const answerableVersions = memoizeLookup("answerable-instrument-versions", findAnswerableVersion, {
  ttlMs: 60 * 60_000,
  max: 1000,
});

/**
 * The instrument a submission answers: the exact version its form showed (published or since retired),
 * or, when it names none, the latest published version of the key.
 */
export async function getInstrumentForAnswers(key: string, versionId?: number) {
  if (versionId === undefined) return recentPublished.get(key);
  const version = await answerableVersions.get(String(versionId));
  return version?.key === key ? version : undefined;
}

export type PublishedInstrument = NonNullable<Awaited<ReturnType<typeof findPublishedInstrument>>>;

/** The instrument a unit's posters and kiosks open (the quick one unless the unit chose another). */
export async function getUnitSurveyInstrument(
  surveyInstrumentKey: string | null,
): Promise<PublishedInstrument> {
  const chosen = surveyInstrumentKey ? await getPublishedInstrument(surveyInstrumentKey) : undefined;
  const instrument = chosen ?? (await getPublishedInstrument("quick"));
  if (!instrument) throw new Error("the quick instrument is missing: run the migrations");
  return instrument;
}

/** The shipped instruments (quick, service) exist in every database, demo or not. Idempotent. */
export async function ensureDefaultInstruments(): Promise<void> {
  await getDb()
    .insert(instruments)
    .values(
      defaultInstruments.map((i) => ({
        key: i.key,
        version: i.version,
        status: "published" as const,
        definition: i.definition,
        publishedAt: new Date(),
      })),
    )
    .onConflictDoNothing();
}

/** Every version of the shipped instruments and of those defined by the given units. */
export async function listInstrumentVersions(unitIds: readonly number[]) {
  return getDb()
    .select({
      id: instruments.id,
      key: instruments.key,
      version: instruments.version,
      unitId: instruments.unitId,
      unitName: units.name,
      status: instruments.status,
      definition: instruments.definition,
      publishedAt: instruments.publishedAt,
      createdAt: instruments.createdAt,
    })
    .from(instruments)
    .leftJoin(units, eq(units.id, instruments.unitId))
    .where(
      unitIds.length > 0
        ? or(isNull(instruments.unitId), inArray(instruments.unitId, [...unitIds]))
        : isNull(instruments.unitId),
    )
    .orderBy(asc(instruments.key), desc(instruments.version))
    .then((rows) => rows.map((r) => ({ ...r, definition: instrumentDefinitionSchema.parse(r.definition) })));
}

export async function getInstrumentVersion(id: number, db: Executor = getDb()) {
  const row = await db.query.instruments.findFirst({ where: eq(instruments.id, id) });
  return row && { ...row, definition: instrumentDefinitionSchema.parse(row.definition) };
}

export async function keyExists(db: Executor, key: string): Promise<boolean> {
  const row = await db.query.instruments.findFirst({
    columns: { id: true },
    where: eq(instruments.key, key),
  });
  return row !== undefined;
}

/** A new draft: version 1 of a new key, or the next version of an existing one. */
export async function insertInstrumentDraft(
  tx: Executor,
  input: {
    key: string;
    unitId: number | null;
    definition: InstrumentDefinition;
  },
): Promise<number> {
  const definition = instrumentDefinitionSchema.parse(input.definition);
  const [row] = await tx
    .insert(instruments)
    .values({
      key: input.key,
      unitId: input.unitId,
      definition,
      status: "draft",
      version: sql`coalesce((SELECT max(version) FROM instruments WHERE key = ${input.key}), 0) + 1`,
    })
    .returning({ id: instruments.id });
  if (!row) throw new Error("draft not inserted");
  return row.id;
}

/** Replaces a draft's definition; published versions are immutable (also enforced by a trigger). */
export async function updateInstrumentDraft(
  tx: Executor,
  id: number,
  definition: InstrumentDefinition,
): Promise<boolean> {
  const rows = await tx
    .update(instruments)
    .set({ definition: instrumentDefinitionSchema.parse(definition) })
    .where(and(eq(instruments.id, id), eq(instruments.status, "draft")))
    .returning({ id: instruments.id });
  return rows.length > 0;
}

/**
 * Publishes a draft: from now on new responses answer this version; earlier published versions of the
 * key are retired (their responses keep pointing at them).
 */
export async function publishInstrumentDraft(tx: Executor, id: number): Promise<boolean> {
  const draft = await getInstrumentVersion(id, tx);
  if (draft?.status !== "draft") return false;
  await tx
    .update(instruments)
    .set({ status: "retired" })
    .where(and(eq(instruments.key, draft.key), eq(instruments.status, "published")));
  await tx
    .update(instruments)
    .set({ status: "published", publishedAt: new Date() })
    .where(and(eq(instruments.id, id), eq(instruments.status, "draft")));
  return true;
}

/** After a publication commits: submissions naming no version answer the new one at once, in every instance. */
export function forgetPublishedInstruments(): Promise<void> {
  return recentPublished.clear();
}

/** Published instruments a unit may use: the shipped ones and those of the unit or its ancestors. */
export async function listInstrumentsAvailableTo(unitId: number, db: Executor = getDb()) {
  const owners = await listAncestorUnitIds(unitId, db);
  const rows = await db
    .select({
      id: instruments.id,
      key: instruments.key,
      version: instruments.version,
      unitId: instruments.unitId,
      definition: instruments.definition,
    })
    .from(instruments)
    .where(
      and(
        eq(instruments.status, "published"),
        or(isNull(instruments.unitId), inArray(instruments.unitId, owners)),
      ),
    )
    .orderBy(asc(instruments.key));
  return rows.map((r) => ({ ...r, definition: instrumentDefinitionSchema.parse(r.definition) }));
}

export async function setUnitSurveyInstrument(
  tx: Executor,
  unitId: number,
  key: string | null,
): Promise<void> {
  await tx.update(units).set({ surveyInstrumentKey: key, updatedAt: new Date() }).where(eq(units.id, unitId));
}
