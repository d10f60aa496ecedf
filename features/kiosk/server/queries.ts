import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { auditLog, counters, devices, shortLinks, units } from "@/db/schema";
import { sha256 } from "@/lib/secrets";

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

/**
 * Registers a kiosk device. Until its one-time activation link is opened the device's token hash is that
 * of a random value nobody holds, so no cookie can act as the device.
 */
export async function insertDevice(
  tx: Executor,
  values: Omit<typeof devices.$inferInsert, "activatedAt">,
): Promise<number> {
  const [row] = await tx.insert(devices).values(values).returning({ id: devices.id });
  if (!row) throw new Error("device not inserted");
  return row.id;
}

/**
 * Opens a one-time activation link: in one statement the link's hash is cleared and the device gets the
 * hash of its new token, so of two concurrent opens exactly one succeeds. Audited in the same transaction.
 * Undefined for a used, unknown or revoked link.
 */
export async function activateDevice(
  activationToken: string,
  deviceTokenHash: string,
  now: Date,
): Promise<{ id: number; unitId: number } | undefined> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(devices)
      .set({ tokenHash: deviceTokenHash, activationTokenHash: null, activatedAt: now })
      .where(and(eq(devices.activationTokenHash, sha256(activationToken)), isNull(devices.revokedAt)))
      .returning({ id: devices.id, unitId: devices.unitId });
    if (!row) return undefined;
    await tx.insert(auditLog).values({
      userId: null,
      action: "device.activate",
      entity: "device",
      entityId: String(row.id),
      unitId: row.unitId,
    });
    return row;
  });
}

/** An unrevoked device's unit and name, to authorize a change to it. */
export async function findActiveDevice(tx: Executor, id: number) {
  const [row] = await tx
    .select({ id: devices.id, unitId: devices.unitId, name: devices.name })
    .from(devices)
    .where(and(eq(devices.id, id), isNull(devices.revokedAt)));
  return row;
}

/**
 * A new one-time activation link for an active device (a tablet was reset or replaced): the device's
 * current token stops working at once, until the new link is opened. False when it is revoked.
 */
export async function resetDeviceActivation(
  tx: Executor,
  id: number,
  hashes: { activationTokenHash: string; placeholderTokenHash: string },
): Promise<boolean> {
  const rows = await tx
    .update(devices)
    .set({
      tokenHash: hashes.placeholderTokenHash,
      activationTokenHash: hashes.activationTokenHash,
      activatedAt: null,
    })
    .where(and(eq(devices.id, id), isNull(devices.revokedAt)))
    .returning({ id: devices.id });
  return rows.length > 0;
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
      activatedAt: devices.activatedAt,
      awaitingActivation: sql<boolean>`${devices.activationTokenHash} IS NOT NULL`.mapWith(Boolean),
      revokedAt: devices.revokedAt,
    })
    .from(devices)
    .innerJoin(units, eq(units.id, devices.unitId))
    .leftJoin(counters, eq(counters.id, devices.counterId))
    .where(inArray(devices.unitId, [...unitIds]))
    .orderBy(asc(units.name), asc(devices.name));
}

/** Revokes an active device: its cookie and any unused activation link stop working. False when there is none. */
export async function markDeviceRevoked(tx: Executor, id: number): Promise<boolean> {
  const rows = await tx
    .update(devices)
    .set({ revokedAt: new Date(), activationTokenHash: null })
    .where(and(eq(devices.id, id), isNull(devices.revokedAt)))
    .returning({ id: devices.id });
  return rows.length > 0;
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

export async function getCounterUnitId(tx: Executor, counterId: number): Promise<number | undefined> {
  const [row] = await tx.select({ unitId: counters.unitId }).from(counters).where(eq(counters.id, counterId));
  return row?.unitId;
}
