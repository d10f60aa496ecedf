import { isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import type { defaultInstruments } from "@/features/survey/instruments";
import { newReceiptToken, sha256 } from "@/lib/secrets";
import { localDay } from "@/lib/time";

/** Short link codes of the survey fixture (valid codes: alphabet 2–9, A–Z without I, L, O). */
export const fixtureLinks = {
  unit: "AAAA22",
  counter: "CCCC33",
  disabled: "DDDD44",
  otherUnit: "EEEE55",
} as const;

export interface SurveyFixture {
  unitId: number;
  otherUnitId: number;
  counterId: number;
  instrumentIds: Record<(typeof defaultInstruments)[number]["key"], number>;
  /** Registers a dossier at a unit and returns its single-use receipt token. */
  addDossier(unitId: number): Promise<string>;
  /** Stores a unit's API key ("hl_<prefix>_<secret>"), hashed as every key is. */
  addApiKey(unitId: number, key: string): Promise<void>;
}

/** The least a survey submission needs: two units, a counter, short links and the default instruments. */
export async function seedSurveyFixture(db: Database, now = new Date()): Promise<SurveyFixture> {
  const unitRow = (slug: string, name: string) => ({
    slug,
    name,
    kind: "commune" as const,
    level: "commune" as const,
    validFrom: "2025-07-01",
  });
  const [unit, otherUnit] = await db
    .insert(t.units)
    .values([unitRow("phuong-thu", "Phường Thử"), unitRow("xa-khac", "Xã Khác")])
    .returning({ id: t.units.id });
  if (!unit || !otherUnit) throw new Error("fixture units not inserted");
  const [counter] = await db
    .insert(t.counters)
    .values({ unitId: unit.id, number: "1", name: "Quầy 1" })
    .returning({ id: t.counters.id });
  if (!counter) throw new Error("fixture counter not inserted");
  await db.insert(t.shortLinks).values([
    { code: fixtureLinks.unit, kind: "unit", unitId: unit.id },
    { code: fixtureLinks.counter, kind: "counter", unitId: unit.id, counterId: counter.id },
    { code: fixtureLinks.disabled, kind: "unit", unitId: unit.id, disabledAt: now },
    { code: fixtureLinks.otherUnit, kind: "unit", unitId: otherUnit.id },
  ]);
  // These tests are about validation: velocity limits and surge floors high enough never to flag or hold
  // (they have their own tests).
  const never = { max: 1_000_000, windowMinutes: 1 };
  await db.insert(t.settings).values([
    { key: "survey.velocity", value: { browser: never, kiosk: never, client: never, anonymous: never } },
    {
      key: "survey.surge",
      value: { factor: 1, baselineDays: 1, windows: [{ minutes: 1, link: 10_000_000, unit: 10_000_000 }] },
    },
  ]);
  // The shipped instruments are created by the migrations (ensureDefaultInstruments).
  const instrumentRows = await db
    .select({ id: t.instruments.id, key: t.instruments.key })
    .from(t.instruments)
    .where(isNull(t.instruments.unitId));
  const instrumentId = (key: string) => {
    const row = instrumentRows.find((r) => r.key === key);
    if (!row) throw new Error(`fixture instrument ${key} not inserted`);
    return row.id;
  };
  let dossiers = 0;
  return {
    unitId: unit.id,
    otherUnitId: otherUnit.id,
    counterId: counter.id,
    instrumentIds: { quick: instrumentId("quick"), service: instrumentId("service") },
    async addDossier(unitId) {
      const { token, hash } = newReceiptToken();
      dossiers += 1;
      await db.insert(t.dossiers).values({
        unitId,
        code: `HS-TEST-${dossiers}`,
        receivedAt: now,
        receivedDay: localDay(now),
        surveyTokenHash: hash,
      });
      return token;
    },
    async addApiKey(unitId, key) {
      await db.insert(t.apiKeys).values({
        unitId,
        name: "test",
        scope: "dossiers",
        prefix: key.split("_")[1] ?? "",
        keyHash: sha256(key),
      });
    },
  };
}
