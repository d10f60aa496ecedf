import { createHash, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { count, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import { contentFromV1, type ProcedureContent } from "@/features/catalog/procedure-content";
import { canonicalContentHash } from "@/features/catalog/procedure-hash";
import { parseFormRefs } from "@/features/catalog/procedure-text";
import { nationalTimeLimit, readTimeLimit, type TimeLimitRule } from "@/features/catalog/time-limit";
import { publicHolidaysAround } from "@/features/feedback/holidays";
import { workingCalendar } from "@/features/feedback/working-days";
import { defaultInstruments, serviceElements } from "@/features/survey/instruments";
import { DEFAULT_FEEDBACK_DUE_DAYS, DEMO_SEED_MARKER, FEEDBACK_DUE_DAYS_SETTING } from "@/lib/constants";
import { prng } from "@/lib/prng";
import { rtfDocument } from "@/lib/rtf";
import { addDays, localDay } from "@/lib/time";
import { type DemoDossierUnit, linkReceipts, planDemoDossiers } from "../dossier-plan";
import { shortenedTimeLimit } from "../local-rules";
import { seedFields, seedProcedures } from "../procedure-data";
import { demoShortCode } from "../short-codes";
import {
  DEMO_PASSWORD,
  OPENING_HOURS,
  PROVINCE_CENTER_SLUG,
  seedAnnouncements,
  seedLineage,
  seedUnits,
  seedUsers,
} from "../unit-data";
import {
  DEMO_API_UNIT_SLUG,
  DEMO_OFFICER_EVALUATION_SLUGS,
  demoOfficers,
  insertDemoApiKey,
  insertDemoDossiers,
  insertDemoOfficers,
  unitInitials,
} from "./dossiers";
import { seedDemoFeedback } from "./feedback";

export const SEED_MARKER = DEMO_SEED_MARKER;
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** The text of a demo form (an RTF; its PDF twin is made by `seedDemoFormPdfs`). */
export function demoFormParagraphs(procedureName: string): string[] {
  return [
    `Thủ tục: ${procedureName}`,
    "Biểu mẫu MẪU dùng cho bản trình diễn Hài Lòng — không phải biểu mẫu chính thức.",
    "Họ và tên người yêu cầu: ..........................................................",
    "Địa chỉ: ..........................................................................",
    "Nội dung yêu cầu: ..................................................................",
  ];
}
const RESPONSES_TARGET = 6000;
const CHUNK = 400;

async function insertChunked<T extends Record<string, unknown>>(
  db: Database,
  table: Parameters<Database["insert"]>[0],
  rows: T[],
  size = CHUNK,
) {
  for (let i = 0; i < rows.length; i += size) {
    await db.insert(table).values(rows.slice(i, i + size) as never);
  }
}

export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db
    .select({ n: count() })
    .from(t.settings)
    .where(sql`${t.settings.key} = ${SEED_MARKER}`);
  return (rows[0]?.n ?? 0) > 0;
}

export async function hasUnits(db: Database): Promise<boolean> {
  const rows = await db.select({ n: count() }).from(t.units);
  return (rows[0]?.n ?? 0) > 0;
}

/** Any account at all: the demo's own accounts exist only in a seeded database. */
export async function hasUsers(db: Database): Promise<boolean> {
  const rows = await db.select({ n: count() }).from(t.user);
  return (rows[0]?.n ?? 0) > 0;
}

/** Seeds the demo province. Callers check `isSeeded` first; this assumes an empty database. */
export async function seedDemo(db: Database, now = new Date()): Promise<{ responses: number }> {
  const taken = new Set<string>();
  const unitIds = new Map<string, number>();

  for (const u of seedUnits) {
    const [row] = await db
      .insert(t.units)
      .values({
        slug: u.slug,
        name: u.name,
        nameEn: u.nameEn,
        kind: u.kind,
        level: u.level,
        parentId: u.parentSlug ? unitIds.get(u.parentSlug) : null,
        address: u.address,
        phone: "0200 3 800 800",
        email: `${u.slug}@anhoa.demo`,
        openingHours: u.validTo ? null : OPENING_HOURS,
        validFrom: u.validFrom,
        validTo: u.validTo ?? null,
      })
      .returning({ id: t.units.id });
    if (!row) throw new Error(`unit ${u.slug} not inserted`);
    unitIds.set(u.slug, row.id);
  }
  const unitId = (slug: string) => {
    const id = unitIds.get(slug);
    if (id === undefined) throw new Error(`unknown unit ${slug}`);
    return id;
  };
  await db.insert(t.unitLineage).values(
    seedLineage.map((l) => ({
      successorId: unitId(l.successor),
      predecessorId: unitId(l.predecessor),
      effectiveOn: l.effectiveOn,
    })),
  );

  const countersByUnit = new Map<number, number[]>();
  const shortLinkRows: Array<typeof t.shortLinks.$inferInsert> = [];
  for (const u of seedUnits) {
    if (u.validTo) continue;
    const id = unitId(u.slug);
    shortLinkRows.push({ code: demoShortCode(`unit:${u.slug}`, taken), kind: "unit", unitId: id });
    const ids: number[] = [];
    for (const [i, name] of (u.counters ?? []).entries()) {
      const [c] = await db
        .insert(t.counters)
        .values({ unitId: id, number: String(i + 1), name })
        .returning({ id: t.counters.id });
      if (!c) throw new Error("counter not inserted");
      ids.push(c.id);
      shortLinkRows.push({
        code: demoShortCode(`counter:${u.slug}:${i + 1}`, taken),
        kind: "counter",
        unitId: id,
        counterId: c.id,
      });
    }
    countersByUnit.set(id, ids);
  }

  const fieldIds = new Map<string, number>();
  for (const f of seedFields) {
    const [row] = await db.insert(t.fields).values(f).returning({ id: t.fields.id });
    if (row) fieldIds.set(f.code, row.id);
  }

  const announcementIds = new Map<string, number>();
  for (const a of seedAnnouncements) {
    const { key, ...values } = a;
    const [row] = await db.insert(t.announcements).values(values).returning({ id: t.announcements.id });
    if (row) announcementIds.set(key, row.id);
  }

  // Procedures, their versions and form files.
  const procedureIds = new Map<string, number>();
  const amendedCode = seedProcedures.find((p) => p.scope === "commune" && p.fieldCode === "CT")?.code;
  const formRows: Array<typeof t.forms.$inferInsert> = [];
  const versionRows: Array<typeof t.procedureVersions.$inferInsert> = [];
  for (const seed of seedProcedures) {
    const p = { ...seed, content: contentFromV1(seed.content) };
    const fieldId = fieldIds.get(p.fieldCode);
    if (fieldId === undefined) throw new Error(`unknown field ${p.fieldCode}`);
    const [row] = await db
      .insert(t.procedures)
      .values({
        code: p.code,
        fieldId,
        hasNationalCode: false,
        status: p.code === amendedCode ? "amended" : "in_force",
        isSample: true,
      })
      .returning({ id: t.procedures.id });
    if (!row) throw new Error("procedure not inserted");
    procedureIds.set(p.code, row.id);
    const published = announcementIds.get(p.scope);
    const effectiveFrom = p.scope === "commune" ? "2025-07-01" : "2025-07-15";
    if (p.code === amendedCode) {
      const older: ProcedureContent = {
        ...p.content,
        timeLimit: `${p.content.timeLimit} (trước khi sửa đổi: thêm 01 ngày làm việc)`,
      };
      versionRows.push({
        procedureId: row.id,
        versionNo: 1,
        announcementId: published,
        effectiveFrom,
        effectiveTo: "2026-03-14",
        name: older.name,
        content: older,
        contentHash: canonicalContentHash(older),
        createdBy: "seed",
      });
      versionRows.push({
        procedureId: row.id,
        versionNo: 2,
        announcementId: announcementIds.get("amend"),
        effectiveFrom: "2026-03-15",
        name: p.content.name,
        content: p.content,
        contentHash: canonicalContentHash(p.content),
        createdBy: "seed",
      });
    } else {
      versionRows.push({
        procedureId: row.id,
        versionNo: 1,
        announcementId: published,
        effectiveFrom,
        name: p.content.name,
        content: p.content,
        contentHash: canonicalContentHash(p.content),
        createdBy: "seed",
      });
    }
    for (const f of parseFormRefs(p.content.forms)) {
      const data = Buffer.from(rtfDocument(f.name, demoFormParagraphs(p.content.name)), "utf8");
      formRows.push({
        procedureId: row.id,
        code: f.code,
        name: f.name,
        fileName: `${p.code.toLowerCase()}-${f.code.toLowerCase()}.rtf`,
        mimeType: "application/rtf",
        size: data.length,
        sha256: sha256(data),
        data,
      });
    }
  }
  await insertChunked(db, t.procedureVersions, versionRows, 50);
  await insertChunked(db, t.forms, formRows, 50);

  for (const p of seedProcedures) {
    if (!p.abolishedReplacedBy) continue;
    await db
      .update(t.procedures)
      .set({
        status: "abolished",
        abolishedOn: "2026-03-15",
        abolishedByAnnouncementId: announcementIds.get("amend"),
        replacedById: procedureIds.get(p.abolishedReplacedBy),
      })
      .where(sql`${t.procedures.code} = ${p.code}`);
  }

  // Procedures at units: commune procedures at every commune centre, province ones at their department
  // and at the provincial centre.
  const offered = new Map<number, number[]>();
  /** Time limit of each procedure at each unit (the unit's shortened one where it has one). */
  const limits = new Map<number, Map<number, TimeLimitRule | null>>();
  const unitProcedureRows: Array<typeof t.unitProcedures.$inferInsert & { slug: string; code: string }> = [];
  for (const u of seedUnits) {
    if (u.validTo) continue;
    const list = seedProcedures.filter((p) =>
      u.kind === "commune_service_center"
        ? p.scope === "commune"
        : u.kind === "department"
          ? p.scope === "province" && p.departmentSlug === u.slug
          : u.slug === PROVINCE_CENTER_SLUG && p.scope === "province",
    );
    for (const [i, p] of list.entries()) {
      const procedureId = procedureIds.get(p.code);
      if (procedureId === undefined) continue;
      const local = u.slug === "phuong-an-hoa-tthcc" && i % 5 === 0;
      unitProcedureRows.push({
        slug: u.slug,
        code: p.code,
        unitId: unitId(u.slug),
        procedureId,
        localTimeLimit: local ? shortenedTimeLimit(contentFromV1(p.content)) : null,
        localPlace: local ? "Quầy số 1, Trung tâm Phục vụ hành chính công phường An Hòa" : null,
      });
      offered.set(unitId(u.slug), [...(offered.get(unitId(u.slug)) ?? []), procedureId]);
      const content = contentFromV1(p.content);
      const ownLimit = local ? shortenedTimeLimit(content) : null;
      const unitLimits = limits.get(unitId(u.slug)) ?? new Map<number, TimeLimitRule | null>();
      unitLimits.set(procedureId, readTimeLimit(ownLimit ?? nationalTimeLimit(content)));
      limits.set(unitId(u.slug), unitLimits);
    }
  }
  for (let i = 0; i < unitProcedureRows.length; i += CHUNK) {
    const chunk = unitProcedureRows.slice(i, i + CHUNK);
    const ids = await db
      .insert(t.unitProcedures)
      .values(chunk.map(({ slug: _s, code: _c, ...row }) => row))
      .returning({ id: t.unitProcedures.id });
    for (const [j, r] of ids.entries()) {
      const up = chunk[j];
      if (!up) continue;
      shortLinkRows.push({
        code: demoShortCode(`procedure:${up.slug}:${up.code}`, taken),
        kind: "unit_procedure",
        unitId: up.unitId,
        unitProcedureId: r.id,
      });
    }
  }
  await insertChunked(db, t.shortLinks, shortLinkRows);

  // The shipped instruments are created by the migration step (ensureDefaultInstruments).
  const instrumentIds = new Map<string, number>();
  for (const i of defaultInstruments) {
    const [row] = await db
      .select({ id: t.instruments.id })
      .from(t.instruments)
      .where(sql`${t.instruments.key} = ${i.key} AND ${t.instruments.version} = ${i.version}`);
    if (row) instrumentIds.set(i.key, row.id);
  }

  const planned = planResponses({
    now,
    instrumentIds,
    countersByUnit,
    offered,
    units: seedUnits
      .filter((u) => u.volume)
      .map((u) => ({
        id: unitId(u.slug),
        slug: u.slug,
        volume: u.volume ?? 1,
        satisfaction: u.satisfaction ?? 0.85,
      })),
  });

  // Dossiers of every counter unit but the Hòn Ngọc centre (its software sends them through the API),
  // some answered through their receipts: those answers are planned quick answers of the same unit and day.
  const officers = seedUnits
    .filter((u) => u.volume && u.slug !== DEMO_API_UNIT_SLUG)
    .flatMap((u, i) => demoOfficers(u.slug, i).map((o) => ({ ...o, unitId: unitId(u.slug), slug: u.slug })));
  const dossierUnits: DemoDossierUnit[] = seedUnits
    .filter((u) => u.volume && u.slug !== DEMO_API_UNIT_SLUG)
    .map((u) => {
      const id = unitId(u.slug);
      return {
        id,
        slug: u.slug,
        volume: u.volume ?? 1,
        lateRate: DEMO_LATE_RATES[u.slug] ?? 0.006,
        procedures: [...(limits.get(id) ?? [])].map(([procedureId, limit]) => ({ id: procedureId, limit })),
        officers: officers.filter((o) => o.unitId === id).map((o) => o.code),
        codePrefix: `H99.${unitInitials(u.slug)}`,
      };
    });
  const calendar = workingCalendar({ holidays: publicHolidaysAround(now.getUTCFullYear()) });
  const dossiers = planDemoDossiers(dossierUnits, now, calendar);
  const quickValues = new Map<number, number>();
  for (const a of planned.answerRows) if (a.itemKey === "quick") quickValues.set(a.responseId, a.value ?? 0);
  const receipts = linkReceipts(
    planned.responseRows.map((r) => ({
      unitId: r.unitId,
      submittedAt: r.submittedAt,
      localDay: r.localDay,
      quick: quickValues.get(r.id ?? 0) ?? null,
      flagged: r.flagged ?? false,
    })),
    dossiers,
  );
  for (const [index, dossier] of receipts) {
    const r = planned.responseRows[index];
    if (!r) continue;
    r.channel = "receipt";
    r.dossierId = dossier.id;
    r.procedureId = dossier.procedureId;
  }
  await insertDemoDossiers(db, dossiers);
  await insertChunked(db, t.responses, planned.responseRows);
  await insertChunked(db, t.answers, planned.answerRows, 3000);
  const responses = planned.responseRows.length;
  await db
    .update(t.units)
    .set({ officerEvaluation: true })
    .where(inArray(t.units.slug, [...DEMO_OFFICER_EVALUATION_SLUGS]));
  await insertDemoApiKey(db, unitId(DEMO_API_UNIT_SLUG));

  for (const u of seedUsers) {
    const id = randomUUID();
    await db.insert(t.user).values({ id, name: u.name, email: u.email, emailVerified: true });
    await db.insert(t.account).values({
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: await hashPassword(DEMO_PASSWORD),
    });
    await db
      .insert(t.roleAssignments)
      .values(u.roles.map((r) => ({ userId: id, unitId: unitId(r.unitSlug), role: r.role })));
  }

  const [manager] = await db
    .select({ id: t.user.id })
    .from(t.user)
    .where(sql`${t.user.email} = ${DEMO_MANAGER_EMAIL}`);
  await insertDemoOfficers(db, officers, manager?.id);

  await db.insert(t.settings).values([
    { key: "index.minN", value: 30 },
    { key: "index.rollup", value: "pooled" },
    {
      key: "index.targets",
      value: [
        { year: 2025, percent: 90 },
        { year: 2030, percent: 95 },
      ],
    },
    { key: FEEDBACK_DUE_DAYS_SETTING, value: DEFAULT_FEEDBACK_DUE_DAYS },
    { key: SEED_MARKER, value: { version: 1, seededAt: now.toISOString() } },
  ]);
  await seedDemoFeedback(db, now);
  return { responses };
}

interface ResponsePlan {
  now: Date;
  instrumentIds: Map<string, number>;
  countersByUnit: Map<number, number[]>;
  offered: Map<number, number[]>;
  units: Array<{ id: number; slug: string; volume: number; satisfaction: number }>;
}

const sampleComments = [
  "Cán bộ hướng dẫn tận tình, cảm ơn.",
  "Phải chờ lâu, nên bố trí thêm quầy vào buổi sáng.",
  "Thủ tục nhiều giấy tờ, khó hiểu với người lớn tuổi.",
  "Chỗ ngồi chờ chật, thiếu quạt.",
  "Hẹn trả kết quả nhưng phải đến lại hai lần.",
  "Máy tra cứu không hoạt động.",
];

/** Units whose dossiers come back late more often than the province's usual ~0.6 %. */
const DEMO_LATE_RATES: Readonly<Record<string, number>> = {
  "phuong-trung-tam-tthcc": 0.025,
  "so-nong-nghiep-moi-truong": 0.03,
  "xa-phu-my-tthcc": 0.02,
};
const DEMO_MANAGER_EMAIL = "quanly.anhoa@anhoa.demo";

/** The demo's responses and answers (ids from 1), planned deterministically; the caller inserts them. */
function planResponses(plan: ResponsePlan): {
  responseRows: Array<typeof t.responses.$inferInsert>;
  answerRows: Array<typeof t.answers.$inferInsert>;
} {
  const random = prng(20250701);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const quickId = plan.instrumentIds.get("quick");
  const serviceId = plan.instrumentIds.get("service");
  if (quickId === undefined || serviceId === undefined) throw new Error("instruments missing");
  const totalVolume = plan.units.reduce((s, u) => s + u.volume, 0);
  const today = localDay(plan.now);
  const responseRows: Array<typeof t.responses.$inferInsert> = [];
  const answerRows: Array<typeof t.answers.$inferInsert> = [];
  let id = 0;
  for (const unit of plan.units) {
    const n = Math.round((RESPONSES_TARGET * unit.volume) / totalVolume);
    for (let k = 0; k < n; k++) {
      id++;
      // More responses in recent months; satisfaction improves a little over the year.
      const age = Math.floor(365 * random() ** 1.3);
      const day = addDays(today, -age);
      const p = Math.min(0.99, unit.satisfaction + 0.04 * (1 - age / 365) - 0.02);
      const minutes = 7 * 60 + 30 + Math.floor(random() * 570);
      const submittedAt = new Date(
        `${day}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00+07:00`,
      );
      const full = random() < 0.15;
      const channelRoll = random();
      const channel = channelRoll < 0.7 ? "poster" : channelRoll < 0.85 ? "kiosk" : "web";
      let reasons: string[] | null = null;
      let comment: string | null = null;
      if (full) {
        for (const element of serviceElements) {
          for (const item of element.items) {
            if (random() < 0.08) continue;
            const r = random();
            const value =
              r < p * 0.55 ? 5 : r < p ? 4 : r < p + (1 - p) * 0.5 ? 3 : r < p + (1 - p) * 0.85 ? 2 : 1;
            answerRows.push({ responseId: id, itemKey: item.key, value });
          }
        }
      } else {
        const r = random();
        const value = r < p * 0.6 ? 3 : r < p ? 2 : 1;
        answerRows.push({ responseId: id, itemKey: "quick", value });
        if (value === 1) {
          reasons = [pick(serviceElements)?.key ?? "I"];
          if (random() < 0.3) reasons.push(pick(serviceElements)?.key ?? "III");
          reasons = [...new Set(reasons)].sort();
          comment = random() < 0.5 ? (pick(sampleComments) ?? null) : null;
        }
      }
      const procedures = plan.offered.get(unit.id) ?? [];
      responseRows.push({
        id,
        instrumentId: full ? serviceId : quickId,
        unitId: unit.id,
        counterId: pick(plan.countersByUnit.get(unit.id) ?? []) ?? null,
        procedureId: random() < 0.7 ? (pick(procedures) ?? null) : null,
        channel,
        submittedAt,
        localDay: localDay(submittedAt),
        idempotencyKey: `seed-${id}`,
        reasons,
        comment,
        flagged: random() < 0.005,
        flagReason: null,
      });
    }
  }
  for (const r of responseRows) if (r.flagged) r.flagReason = "velocity";
  return { responseRows, answerRows };
}
