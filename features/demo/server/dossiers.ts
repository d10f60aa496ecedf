/**
 * The demo's dossiers, their apology letters, the officers who receive and return them, and the demo API
 * key of the Hòn Ngọc centre (whose software is "connected through the API" and so has no demo dossiers).
 * Written in bulk: the dossier triggers keep the daily counts as the rows go in.
 */
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import { derivedFields } from "@/features/dossiers/lifecycle";
import { sha256 } from "@/lib/secrets";
import type { PlannedDossier } from "../dossier-plan";

/** The demo API key: public, like the demo password (docs/DEMO.md). Seeded only into the demo database. */
export const DEMO_API_KEY = "hl_demo_HonNgoc-MotCua-2026";
export const DEMO_API_KEY_PREFIX = "demo";
/** The unit the demo key belongs to: no demo dossiers, so the API's example starts from zero. */
export const DEMO_API_UNIT_SLUG = "dac-khu-hon-ngoc-tthcc";
/** Units that evaluate their officers (units.officer_evaluation) in the demo. */
export const DEMO_OFFICER_EVALUATION_SLUGS = [
  "phuong-an-hoa-tthcc",
  "xa-tan-phu-tthcc",
  "trung-tam-phuc-vu-hcc-tinh",
] as const;
/** The demo commune manager is also an officer at the An Hòa counter (sees their own figures). */
export const DEMO_MANAGER_OFFICER = { unitSlug: "phuong-an-hoa-tthcc", code: "CB-PAH-01" } as const;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô"];
const MIDDLE = ["Thị", "Văn", "Minh", "Thị Thu", "Hoàng", "Ngọc", "Thanh", "Quốc", "Thị Mỹ", "Đức"];
const GIVEN = ["Hà", "Lan", "Hùng", "Dũng", "Hương", "Tuấn", "Trang", "Nam", "Phương", "Khoa", "Linh", "Sơn"];

/** Initials of a unit's slug ("phuong-an-hoa-tthcc" → "PAH"), for staff and dossier codes. */
export function unitInitials(slug: string): string {
  return slug
    .replace(/-tthcc$/, "")
    .split("-")
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

/** 3 to 6 officers per counter unit: codes CB-<initials>-01… and Vietnamese names, deterministic. */
export function demoOfficers(slug: string, index: number): Array<{ code: string; name: string }> {
  const initials = unitInitials(slug);
  const n = 3 + (index % 4);
  return Array.from({ length: n }, (_, k) => {
    const i = index * 7 + k * 5;
    return {
      code: `CB-${initials}-${String(k + 1).padStart(2, "0")}`,
      name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i + k) % MIDDLE.length]} ${GIVEN[(i * 3 + k) % GIVEN.length]}`,
    };
  });
}

async function insertChunked(
  db: Database,
  table: Parameters<Database["insert"]>[0],
  rows: object[],
  size: number,
) {
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size) as never);
}

/** Inserts the planned dossiers (ids as planned) and their apology letters. */
export async function insertDemoDossiers(db: Database, planned: readonly PlannedDossier[]): Promise<void> {
  const rows: Array<typeof t.dossiers.$inferInsert> = planned.map((d) => ({
    id: d.id,
    unitId: d.unitId,
    procedureId: d.procedureId,
    code: d.code,
    channel: d.channel,
    status: d.status,
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    newDueAt: d.newDueAt,
    returnedAt: d.returnedAt,
    ...derivedFields(d),
    receivedBy: d.receivedBy,
    returnedBy: d.returnedBy,
    complained: d.complained,
    ratedUnsatisfied: d.ratedUnsatisfied,
    apologized: d.apology !== null,
    surveyTokenHash: sha256(d.token),
    createdAt: d.receivedAt,
  }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) await tx.insert(t.dossiers).values(rows.slice(i, i + 500));
  });
  const letters: Array<typeof t.dossierApologies.$inferInsert> = planned.flatMap((d) =>
    d.apology
      ? [
          {
            dossierId: d.id,
            unitId: d.apology.unitId,
            year: d.apology.year,
            number: d.apology.number,
            previousDueAt: d.apology.previousDueAt,
            newDueAt: d.apology.newDueAt,
            reason: d.apology.reason,
            issuedAt: d.apology.issuedAt,
            createdAt: d.apology.issuedAt,
          },
        ]
      : [],
  );
  await insertChunked(db, t.dossierApologies, letters, 500);
}

/** The officers of the counter units, one tied to the demo commune manager's account. */
export async function insertDemoOfficers(
  db: Database,
  officers: ReadonlyArray<{ unitId: number; slug: string; code: string; name: string }>,
  managerUserId: string | undefined,
): Promise<void> {
  await insertChunked(
    db,
    t.officers,
    officers.map((o) => ({
      unitId: o.unitId,
      code: o.code,
      name: o.name,
      userId:
        o.slug === DEMO_MANAGER_OFFICER.unitSlug && o.code === DEMO_MANAGER_OFFICER.code
          ? (managerUserId ?? null)
          : null,
    })),
    200,
  );
}

/** The demo API key, stored hashed like every key. */
export async function insertDemoApiKey(db: Database, unitId: number): Promise<void> {
  await db.insert(t.apiKeys).values({
    unitId,
    name: "Khóa API mẫu — phần mềm một cửa (dữ liệu mẫu)",
    scope: "dossiers",
    prefix: DEMO_API_KEY_PREFIX,
    keyHash: sha256(DEMO_API_KEY),
  });
}
