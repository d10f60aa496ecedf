import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { sha256 } from "@/lib/secrets";
import { getDb } from "../client";
import { counters, devices, shortLinks, units } from "../schema";

export interface ActiveDevice {
  id: number;
  unitId: number;
  counterId: number | null;
  resetSeconds: number;
}

/** The registered, unrevoked kiosk device a raw token belongs to. */
export async function getActiveDeviceByToken(token: string): Promise<ActiveDevice | undefined> {
  const [row] = await getDb()
    .select({
      id: devices.id,
      unitId: devices.unitId,
      counterId: devices.counterId,
      resetSeconds: devices.resetSeconds,
    })
    .from(devices)
    .where(and(eq(devices.tokenHash, sha256(token)), isNull(devices.revokedAt)))
    .limit(1);
  return row;
}

/** What the kiosk screen shows, and the short link its answers are filed under (counter, else unit). */
export async function getKioskScreen(device: ActiveDevice) {
  const [unit] = await getDb()
    .select({ name: units.name, nameEn: units.nameEn, surveyInstrumentKey: units.surveyInstrumentKey })
    .from(units)
    .where(eq(units.id, device.unitId));
  const [counter] = device.counterId
    ? await getDb()
        .select({ number: counters.number, name: counters.name })
        .from(counters)
        .where(eq(counters.id, device.counterId))
    : [];
  const [link] = await getDb()
    .select({ code: shortLinks.code })
    .from(shortLinks)
    .where(
      device.counterId
        ? and(eq(shortLinks.counterId, device.counterId), eq(shortLinks.kind, "counter"))
        : and(eq(shortLinks.unitId, device.unitId), eq(shortLinks.kind, "unit")),
    )
    .limit(1);
  if (!unit || !link) return undefined;
  return { unit, counter, linkCode: link.code, surveyInstrumentKey: unit.surveyInstrumentKey };
}

export async function insertDevice(values: typeof devices.$inferInsert): Promise<number> {
  const [row] = await getDb().insert(devices).values(values).returning({ id: devices.id });
  if (!row) throw new Error("device not inserted");
  return row.id;
}

export async function listDevices(unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return getDb()
    .select({
      id: devices.id,
      name: devices.name,
      unitName: units.name,
      counterName: counters.name,
      resetSeconds: devices.resetSeconds,
      createdAt: devices.createdAt,
      revokedAt: devices.revokedAt,
    })
    .from(devices)
    .innerJoin(units, eq(units.id, devices.unitId))
    .leftJoin(counters, eq(counters.id, devices.counterId))
    .where(inArray(devices.unitId, [...unitIds]))
    .orderBy(asc(units.name), asc(devices.name));
}

/** Revokes an active device of one of `unitIds`; undefined when there is none. */
export async function revokeDevice(
  id: number,
  unitIds: readonly number[],
): Promise<{ unitId: number } | undefined> {
  if (unitIds.length === 0) return undefined;
  const [row] = await getDb()
    .update(devices)
    .set({ revokedAt: new Date() })
    .where(and(eq(devices.id, id), inArray(devices.unitId, [...unitIds]), isNull(devices.revokedAt)))
    .returning({ unitId: devices.unitId });
  return row;
}

/** Active counters of the given units, for the device form. */
export async function listCountersOfUnits(unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return getDb()
    .select({ id: counters.id, unitId: counters.unitId, number: counters.number, name: counters.name })
    .from(counters)
    .where(and(inArray(counters.unitId, [...unitIds]), eq(counters.active, true)))
    .orderBy(asc(counters.unitId), asc(counters.number));
}

export async function getCounterUnitId(counterId: number): Promise<number | undefined> {
  const [row] = await getDb()
    .select({ unitId: counters.unitId })
    .from(counters)
    .where(eq(counters.id, counterId));
  return row?.unitId;
}
