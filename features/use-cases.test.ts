import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import type { Actor } from "./access/permissions";
import type { Outcome } from "./access/server/change";
import type { ProcedureRecord } from "./catalog/procedure-record";

/**
 * Every state-changing use case (a feature's server function taking the actor and answering an Outcome),
 * run on the demo database: refused to the actors who may not — writing nothing, not even an audit line —
 * rolled back whole when its audit entry cannot be written, and audited in its transaction when it runs.
 * The table below is the single list: a use case without a row fails the first test.
 */

let testDb: TestDatabase;
type Who = "province" | "commune" | "viewer" | "foreign";
const actors = {} as Record<Who, Actor>;
let commune = 0;
let foreignCommune = 0;

async function scalar(sql: string, args: Array<string | number> = []): Promise<number> {
  const rs = await testDb.client.execute({ sql, args });
  return Number(rs.rows[0]?.[0] ?? 0);
}

async function insertId(sql: string, args: Array<string | number | null>): Promise<number> {
  const rs = await testDb.client.execute({ sql: `${sql} RETURNING id`, args });
  return Number(rs.rows[0]?.id);
}

let serial = 0;
const unique = (label: string) => `${label}-${++serial}-${Date.now()}`;

async function addUser(email: string, roles: Array<{ unitId: number; role: string }>): Promise<string> {
  const id = unique("user");
  await testDb.client.execute({
    sql: "INSERT INTO user (id, name, email, email_verified) VALUES (?, ?, ?, 1)",
    args: [id, email, email],
  });
  for (const r of roles) {
    await testDb.client.execute({
      sql: "INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, ?, ?)",
      args: [id, r.unitId, r.role],
    });
  }
  return id;
}

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("@/features/demo/server/demo");
  await seedDemo(testDb.db, new Date("2026-11-30T10:00:00Z"));
  commune = await scalar("SELECT id FROM units WHERE slug = 'phuong-an-hoa'");
  foreignCommune = await scalar(
    "SELECT id FROM units WHERE kind = 'commune' AND valid_to IS NULL AND id <> ? ORDER BY id LIMIT 1",
    [commune],
  );
  const { loadActor } = await import("./access/server/actor");
  const load = async (email: string) => {
    const userId = await testDb.client.execute({ sql: "SELECT id FROM user WHERE email = ?", args: [email] });
    const actor = await loadActor({ userId: String(userId.rows[0]?.id), name: email, email });
    if (!actor) throw new Error(`no roles for ${email}`);
    return actor;
  };
  await addUser("xem@phuong.test", [{ unitId: commune, role: "unit_viewer" }]);
  await addUser("quantri@xa-khac.test", [{ unitId: foreignCommune, role: "unit_admin" }]);
  actors.province = await load("admin@anhoa.demo");
  actors.commune = await load("quanly.anhoa@anhoa.demo");
  actors.viewer = await load("xem@phuong.test");
  actors.foreign = await load("quantri@xa-khac.test");
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

/** A feedback item of the commune in `status`, as a citizen's follow-up leaves it. */
function newFeedback(status: "new" | "assigned" | "answered" | "closed"): Promise<number> {
  return insertId("INSERT INTO feedback (unit_id, body, status) VALUES (?, ?, ?)", [
    commune,
    unique("Phản ánh"),
    status,
  ]);
}

const feedbackIn = (status: string) =>
  scalar("SELECT count(*) FROM feedback WHERE unit_id = ? AND status = ?", [commune, status]);

/** An activated kiosk device of the commune. */
function newDevice(): Promise<number> {
  return insertId("INSERT INTO devices (unit_id, name, token_hash, activated_at) VALUES (?, ?, ?, ?)", [
    commune,
    unique("Kiosk"),
    unique("hash"),
    Date.now(),
  ]);
}

interface Case {
  /** The use case as exported by its feature. */
  name: string;
  /** Makes what one run needs (before the audit log is made to fail); handed to `run`. */
  prepare?: () => Promise<unknown>;
  /** Runs it with input (made fresh on each call) that the allowed actor may carry out. */
  run: (actor: Actor, prepared: unknown) => Promise<Outcome<unknown>>;
  /** Who may; default the commune's administrator. */
  allowed?: Who;
  /** Who is refused. */
  refused: Who[];
  /** A picture of what the change writes, compared before and after. */
  state: () => Promise<unknown>;
  /** The audit action it records. */
  audit: string;
}

/** The import template's example row as a procedure record with a fresh code, and as a CSV file. */
async function freshRecord(): Promise<{ record: ProcedureRecord; csv: Uint8Array }> {
  const { buildTemplate, parseImportFile } = await import("./imports/procedure-import");
  const { recordKeys } = await import("./catalog/procedure-record");
  const template = await parseImportFile(await buildTemplate("csv"), "csv");
  const example = template.rows[0]?.record;
  if (!example) throw new Error("the import template has no example");
  const record = {
    ...example,
    code: unique("THU").toUpperCase(),
    name: `${example.name} (${unique("bản")})`,
  };
  const Papa = (await import("papaparse")).default;
  return { record, csv: new TextEncoder().encode(Papa.unparse([record], { columns: [...recordKeys] })) };
}

const importInput = (csv: Uint8Array) => ({
  fileName: "thu.csv",
  bytes: csv,
  announcementId: null,
  effectiveFrom: "2026-01-01",
  offerAtUnitId: null,
});

/** A dossier export of the commune with one fresh dossier. */
const dossierFile = () => ({
  fileName: "ho-so.csv",
  bytes: new TextEncoder().encode(`Mã hồ sơ,Ngày tiếp nhận\r\n${unique("HS")},01/11/2026 08:00\r\n`),
  unitId: commune,
});

/** A procedure offered in the commune's subtree (at its service centre). */
const OWN_UNIT_PROCEDURE =
  "SELECT min(id) FROM unit_procedures WHERE unit_id IN (SELECT id FROM units WHERE id = ? OR parent_id = ?)";

const cases: Case[] = [
  {
    name: "createApiKey",
    run: async (actor) => {
      const { createApiKey } = await import("./dossiers/server/api-keys");
      return createApiKey(actor, { unitId: commune, name: unique("Phần mềm một cửa") });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM api_keys WHERE unit_id = ?", [commune]),
    audit: "api_key.create",
  },
  {
    name: "revokeApiKey",
    run: async (actor) => {
      const id = await insertId(
        "INSERT INTO api_keys (unit_id, name, scope, prefix, key_hash) VALUES (?, ?, 'dossiers', 'test', ?)",
        [commune, unique("Khóa"), unique("hash")],
      );
      const { revokeApiKey } = await import("./dossiers/server/api-keys");
      return revokeApiKey(actor, { id });
    },
    refused: ["viewer", "foreign"],
    state: () =>
      scalar("SELECT count(*) FROM api_keys WHERE unit_id = ? AND revoked_at IS NOT NULL", [commune]),
    audit: "api_key.revoke",
  },
  {
    name: "setOfficerEvaluation",
    run: async (actor) => {
      const { setOfficerEvaluation } = await import("./dossiers/server/officers");
      const on = await scalar("SELECT officer_evaluation FROM units WHERE id = ?", [commune]);
      return setOfficerEvaluation(actor, { unitId: commune, enabled: on !== 1 });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT officer_evaluation FROM units WHERE id = ?", [commune]),
    audit: "unit.officer_evaluation",
  },
  {
    name: "saveOfficer",
    run: async (actor) => {
      const { saveOfficer } = await import("./dossiers/server/officers");
      return saveOfficer(actor, { unitId: commune, code: unique("CB"), name: "Cán bộ thử", userId: null });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM officers WHERE unit_id = ?", [commune]),
    audit: "officer.save",
  },
  {
    name: "saveProcedure",
    prepare: freshRecord,
    run: async (actor, prepared) => {
      const { saveProcedure } = await import("./catalog/server/procedures");
      const { record } = prepared as { record: ProcedureRecord };
      return saveProcedure(actor, {
        mode: "create",
        record,
        announcementId: null,
        effectiveFrom: "2026-12-01",
        offerAtUnitId: null,
      });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM procedures"),
    audit: "procedure.create",
  },
  {
    name: "abolishProcedure",
    prepare: async () =>
      (
        await testDb.client.execute(
          "SELECT code FROM procedures WHERE status <> 'abolished' ORDER BY random() LIMIT 1",
        )
      ).rows[0]?.code,
    run: async (actor, code) => {
      const { abolishProcedure } = await import("./catalog/server/procedures");
      return abolishProcedure(actor, {
        code: String(code),
        abolishedOn: "2026-12-01",
        announcementId: null,
        replacementCode: null,
      });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM procedures WHERE status = 'abolished'"),
    audit: "procedure.abolish",
  },
  {
    name: "saveUnitOverride",
    run: async (actor) => {
      const { saveUnitOverride } = await import("./catalog/server/procedures");
      const id = await scalar(OWN_UNIT_PROCEDURE, [commune, commune]);
      return saveUnitOverride(actor, {
        unitProcedureId: id,
        localTimeLimit: null,
        localFee: null,
        localPlace: null,
        localNotes: unique("Ghi chú"),
      });
    },
    refused: ["viewer", "foreign"],
    state: async () =>
      (
        await testDb.client.execute({
          sql: `SELECT local_notes FROM unit_procedures WHERE id = (${OWN_UNIT_PROCEDURE})`,
          args: [commune, commune],
        })
      ).rows[0]?.local_notes ?? null,
    audit: "unit_procedure.override",
  },
  {
    name: "uploadFormFile",
    run: async (actor) => {
      const { uploadFormFile } = await import("./catalog/server/procedures");
      const form = (
        await testDb.client.execute(
          "SELECT p.code AS code, f.code AS formCode FROM forms f JOIN procedures p ON p.id = f.procedure_id ORDER BY f.id LIMIT 1",
        )
      ).rows[0];
      return uploadFormFile(actor, {
        code: String(form?.code),
        formCode: String(form?.formCode),
        fileName: "mau-don.pdf",
        bytes: Buffer.from(`%PDF-1.4 ${unique("mẫu")}`),
      });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: async () =>
      // A PDF uploaded for a demo form (an RTF) is stored beside it: the state is both files' hashes.
      (
        await testDb.client.execute(
          "SELECT sha256 || '/' || coalesce(pdf_sha256, '') AS h FROM forms ORDER BY id LIMIT 1",
        )
      ).rows[0]?.h,
    audit: "form.upload",
  },
  {
    name: "createField",
    run: async (actor) => {
      const { createField } = await import("./catalog/server/fields");
      return createField(actor, { code: null, name: unique("Lĩnh vực thử"), nameEn: null });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM fields"),
    audit: "field.create",
  },
  {
    name: "renameField",
    run: async (actor) => {
      const { renameField } = await import("./catalog/server/fields");
      const id = await scalar("SELECT min(id) FROM fields");
      return renameField(actor, { id, name: unique("Lĩnh vực đổi tên"), nameEn: null });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: async () =>
      (await testDb.client.execute("SELECT name FROM fields ORDER BY id LIMIT 1")).rows[0]?.name,
    audit: "field.rename",
  },
  {
    name: "mergeField",
    prepare: async () => ({
      source: await insertId("INSERT INTO fields (code, name) VALUES (?, ?)", [
        unique("G").slice(0, 20),
        unique("Lĩnh vực gộp"),
      ]),
      target: await scalar("SELECT min(id) FROM fields"),
    }),
    run: async (actor, prepared) => {
      const { mergeField } = await import("./catalog/server/fields");
      const { source, target } = prepared as { source: number; target: number };
      return mergeField(actor, { id: source, targetId: target });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM fields"),
    audit: "field.merge",
  },
  {
    name: "createAnnouncement",
    run: async (actor) => {
      const { createAnnouncement } = await import("./catalog/server/announcements");
      return createAnnouncement(actor, {
        number: unique("QĐ"),
        title: "Công bố thủ tục hành chính",
        issuer: "Ủy ban nhân dân tỉnh",
        issuedOn: "2026-11-01",
        effectiveOn: "2026-11-15",
        url: null,
      });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM announcements"),
    audit: "announcement.create",
  },
  {
    name: "checkImport",
    prepare: freshRecord,
    run: async (actor, prepared) => {
      const { checkImport } = await import("./imports/server/imports");
      return checkImport(actor, importInput((prepared as { csv: Uint8Array }).csv));
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM import_jobs"),
    audit: "import.check",
  },
  {
    name: "commitImport",
    prepare: async () => {
      const { checkImport } = await import("./imports/server/imports");
      const checked = await checkImport(actors.province, importInput((await freshRecord()).csv));
      if (!checked.ok || !checked.value.jobId) throw new Error("the import check refused the template");
      return checked.value.jobId;
    },
    run: async (actor, jobId) => {
      const { commitImport } = await import("./imports/server/imports");
      return commitImport(actor, { jobId: String(jobId) });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM procedures"),
    audit: "procedure.import",
  },
  {
    name: "checkDossierImport",
    run: async (actor) => {
      const { checkDossierImport } = await import("./dossiers/server/dossier-import");
      return checkDossierImport(actor, dossierFile());
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM import_jobs"),
    audit: "dossier.import.check",
  },
  {
    name: "commitDossierImport",
    prepare: async () => {
      const { checkDossierImport } = await import("./dossiers/server/dossier-import");
      const checked = await checkDossierImport(actors.commune, dossierFile());
      if (!checked.ok || !checked.value.jobId) throw new Error("the dossier import check refused its file");
      return checked.value.jobId;
    },
    run: async (actor, jobId) => {
      const { commitDossierImport } = await import("./dossiers/server/dossier-import");
      return commitDossierImport(actor, { jobId: String(jobId) });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM dossiers WHERE unit_id = ?", [commune]),
    audit: "dossier.import",
  },
  {
    name: "createStaffAccount",
    run: async (actor) => {
      const { createStaffAccount } = await import("./staff/server/staff");
      return createStaffAccount(actor, {
        name: "Cán bộ mới",
        email: `${unique("can-bo")}@phuong.test`,
        password: "Mat-khau-thu-123",
        passwordGenerated: false,
        unitId: commune,
        role: "unit_viewer",
      });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM user"),
    audit: "user.create",
  },
  {
    name: "grantStaffRole",
    prepare: () => addUser(`${unique("xem")}@phuong.test`, [{ unitId: commune, role: "unit_viewer" }]),
    run: async (actor, userId) => {
      const { grantStaffRole } = await import("./staff/server/staff");
      const centre = await scalar("SELECT min(id) FROM units WHERE parent_id = ?", [commune]);
      return grantStaffRole(actor, { userId: String(userId), unitId: centre, role: "unit_viewer" });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM role_assignments"),
    audit: "role.grant",
  },
  {
    name: "revokeStaffRole",
    prepare: async () => {
      const centre = await scalar("SELECT min(id) FROM units WHERE parent_id = ?", [commune]);
      const userId = await addUser(`${unique("xem")}@phuong.test`, [
        { unitId: commune, role: "unit_viewer" },
        { unitId: centre, role: "unit_viewer" },
      ]);
      const assignmentId = await scalar("SELECT id FROM role_assignments WHERE user_id = ? AND unit_id = ?", [
        userId,
        centre,
      ]);
      return { userId, assignmentId };
    },
    run: async (actor, prepared) => {
      const { revokeStaffRole } = await import("./staff/server/staff");
      return revokeStaffRole(actor, prepared as { userId: string; assignmentId: number });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM role_assignments"),
    audit: "role.revoke",
  },
  {
    name: "resetStaffPassword",
    prepare: () => addUser(`${unique("xem")}@phuong.test`, [{ unitId: commune, role: "unit_viewer" }]),
    run: async (actor, userId) => {
      const { resetStaffPassword } = await import("./staff/server/staff");
      return resetStaffPassword(actor, {
        userId: String(userId),
        password: "Tam-thoi-123456",
        passwordGenerated: false,
      });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM user WHERE must_change_password = 1"),
    audit: "password.reset",
  },
  {
    name: "saveInstrumentDraft",
    run: async (actor) => {
      const { saveInstrumentDraft } = await import("./survey/server/instruments");
      const { defaultInstruments } = await import("./survey/instruments");
      return saveInstrumentDraft(actor, {
        mode: "new",
        key: unique("phieu").slice(0, 40),
        unitId: commune,
        definition: defaultInstruments[0].definition,
      });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM instruments"),
    audit: "instrument.create_draft",
  },
  {
    name: "publishInstrument",
    prepare: () =>
      insertId(
        `INSERT INTO instruments (key, version, unit_id, status, definition)
         SELECT ?, 1, ?, 'draft', definition FROM instruments WHERE key = 'quick' ORDER BY version LIMIT 1`,
        [unique("phieu").slice(0, 40), commune],
      ),
    run: async (actor, id) => {
      const { publishInstrument } = await import("./survey/server/instruments");
      return publishInstrument(actor, { id: Number(id) });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM instruments WHERE status = 'published'"),
    audit: "instrument.publish",
  },
  {
    name: "chooseUnitInstrument",
    run: async (actor) => {
      const { chooseUnitInstrument } = await import("./survey/server/instruments");
      const current = (
        await testDb.client.execute({
          sql: "SELECT survey_instrument_key AS k FROM units WHERE id = ?",
          args: [commune],
        })
      ).rows[0]?.k;
      return chooseUnitInstrument(actor, {
        unitId: commune,
        instrumentKey: current === "service" ? "quick" : "service",
      });
    },
    refused: ["viewer", "foreign"],
    state: async () =>
      (
        await testDb.client.execute({
          sql: "SELECT survey_instrument_key AS k FROM units WHERE id = ?",
          args: [commune],
        })
      ).rows[0]?.k ?? null,
    audit: "unit.survey_instrument",
  },
  {
    name: "assignFeedback",
    run: async (actor) => {
      const id = await newFeedback("new");
      const { assignFeedback } = await import("./feedback/server/handling");
      return assignFeedback(actor, { id, assigneeId: actors.commune.userId });
    },
    refused: ["viewer", "foreign"],
    state: () => feedbackIn("assigned"),
    audit: "feedback.assign",
  },
  {
    name: "replyFeedback",
    run: async (actor) => {
      const id = await newFeedback("assigned");
      const { replyFeedback } = await import("./feedback/server/handling");
      return replyFeedback(actor, { id, reply: "Đơn vị đã tiếp thu và khắc phục." });
    },
    refused: ["viewer", "foreign"],
    state: () => feedbackIn("answered"),
    audit: "feedback.reply",
  },
  {
    name: "closeFeedback",
    run: async (actor) => {
      const id = await newFeedback("new");
      const { closeFeedback } = await import("./feedback/server/handling");
      return closeFeedback(actor, { id, note: "Trùng lặp" });
    },
    refused: ["viewer", "foreign"],
    state: () => feedbackIn("closed"),
    audit: "feedback.close",
  },
  {
    name: "reopenFeedback",
    run: async (actor) => {
      const id = await newFeedback("closed");
      const { reopenFeedback } = await import("./feedback/server/handling");
      return reopenFeedback(actor, { id });
    },
    refused: ["viewer", "foreign"],
    state: () => feedbackIn("assigned"),
    audit: "feedback.reopen",
  },
  {
    name: "createDevice",
    run: async (actor) => {
      const { createDevice } = await import("./kiosk/server/devices");
      return createDevice(actor, {
        unitId: commune,
        counterId: null,
        name: unique("Máy tính bảng quầy"),
        resetSeconds: 30,
      });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM devices WHERE unit_id = ?", [commune]),
    audit: "device.create",
  },
  {
    name: "reissueDeviceActivation",
    run: async (actor) => {
      const id = await newDevice();
      const { reissueDeviceActivation } = await import("./kiosk/server/devices");
      return reissueDeviceActivation(actor, { id });
    },
    refused: ["viewer", "foreign"],
    state: () =>
      scalar("SELECT count(*) FROM devices WHERE unit_id = ? AND activation_token_hash IS NOT NULL", [
        commune,
      ]),
    audit: "device.reissue",
  },
  {
    name: "revokeDevice",
    run: async (actor) => {
      const id = await newDevice();
      const { revokeDevice } = await import("./kiosk/server/devices");
      return revokeDevice(actor, { id });
    },
    refused: ["viewer", "foreign"],
    state: () =>
      scalar("SELECT count(*) FROM devices WHERE unit_id = ? AND revoked_at IS NOT NULL", [commune]),
    audit: "device.revoke",
  },
  {
    name: "createPoster",
    run: async (actor) => {
      const { createPoster } = await import("./posters/server/posters");
      return createPoster(actor, {
        unitId: commune,
        kind: "survey_poster",
        counterId: null,
        procedures: [],
        all: false,
        fieldCode: "",
        fields: [],
      });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM posters WHERE unit_id = ?", [commune]),
    audit: "poster.create",
  },
  {
    name: "decideBurst",
    prepare: async () => {
      const code = (
        await testDb.client.execute({
          sql: "SELECT code FROM short_links WHERE unit_id = ? AND kind = 'unit'",
          args: [commune],
        })
      ).rows[0]?.code;
      const now = Date.now();
      return insertId(
        `INSERT INTO bursts (unit_id, short_link_code, window_minutes, threshold, baseline, started_at, last_at, open_until)
         VALUES (?, ?, 10, 50, 0, ?, ?, 0)`,
        [commune, String(code), now, now],
      );
    },
    run: async (actor, id) => {
      const { decideBurst } = await import("./survey/server/burst-review");
      return decideBurst(actor, { id: Number(id), decision: "rejected" });
    },
    refused: ["viewer", "foreign"],
    state: () => scalar("SELECT count(*) FROM bursts WHERE status = 'rejected'"),
    audit: "burst.reject",
  },
  {
    name: "savePreferences",
    run: async (actor) => {
      const { savePreferences } = await import("./notifications/server/preferences");
      return savePreferences(actor, {
        newFeedback: true,
        dailyDigest: serial % 2 === 0,
        dropAlert: true,
        dropPoints: (++serial % 40) + 1,
        lang: "vi",
      });
    },
    // Only one's own preferences can be reached: the use case takes no other user.
    refused: [],
    state: async () =>
      (
        await testDb.client.execute(
          "SELECT np.drop_points FROM notification_preferences np JOIN user u ON u.id = np.user_id WHERE u.email = 'quanly.anhoa@anhoa.demo'",
        )
      ).rows[0]?.drop_points ?? null,
    audit: "notifications.set",
  },
  {
    name: "changeSetting",
    run: async (actor) => {
      const { changeSetting } = await import("./settings/server/settings");
      return changeSetting(actor, { key: "test.setting", value: unique("giá trị") });
    },
    allowed: "province",
    refused: ["commune", "viewer", "foreign"],
    state: async () =>
      (await testDb.client.execute("SELECT value FROM settings WHERE key = 'test.setting'")).rows[0]?.value ??
      null,
    audit: "setting.set",
  },
];

/** Names of the exported functions of features/<name>/server/*.ts shaped `(actor: Actor, …) => Promise<Outcome<…>>`. */
function declaredUseCases(): string[] {
  const root = import.meta.dirname;
  const names: string[] = [];
  for (const feature of readdirSync(root, { withFileTypes: true })) {
    if (!feature.isDirectory()) continue;
    const server = join(root, feature.name, "server");
    let files: string[] = [];
    try {
      files = readdirSync(server).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    } catch {
      continue;
    }
    for (const file of files) {
      const text = readFileSync(join(server, file), "utf8");
      for (const m of text.matchAll(
        /export async function (\w+)\(\s*actor: Actor\b[^)]*\)\s*:\s*Promise<Outcome</g,
      )) {
        if (m[1]) names.push(m[1]);
      }
    }
  }
  return names.sort();
}

async function auditCount(action: string): Promise<number> {
  return scalar("SELECT count(*) FROM audit_log WHERE action = ?", [action]);
}

describe("state-changing use cases", () => {
  it("are all in the table", () => {
    expect(declaredUseCases()).toEqual(cases.map((c) => c.name).sort());
  });

  describe.each(cases)("$name", (c) => {
    it(`refuses ${c.refused.join(", ")} and writes nothing`, async () => {
      for (const who of c.refused) {
        const prepared = await c.prepare?.();
        const before = [await c.state(), await auditCount(c.audit)];
        const outcome = await c.run(actors[who], prepared);
        expect(outcome.ok, who).toBe(false);
        expect([await c.state(), await auditCount(c.audit)], who).toEqual(before);
      }
    });

    it("rolls the change back when its audit entry cannot be written", async () => {
      const prepared = await c.prepare?.();
      const before = await c.state();
      await testDb.client.execute(
        "CREATE TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END",
      );
      try {
        await expect(c.run(actors[c.allowed ?? "commune"], prepared)).rejects.toThrow(
          /insert into "audit_log"/,
        );
      } finally {
        await testDb.client.execute("DROP TRIGGER audit_down");
      }
      expect(await c.state()).toEqual(before);
    });

    it(`writes the change and its "${c.audit}" entry together`, async () => {
      const prepared = await c.prepare?.();
      const before = [await c.state(), await auditCount(c.audit)];
      const outcome = await c.run(actors[c.allowed ?? "commune"], prepared);
      expect(outcome).toMatchObject({ ok: true });
      const after = [await c.state(), await auditCount(c.audit)];
      expect(after[0]).not.toEqual(before[0]);
      expect(after[1]).toBe(Number(before[1]) + 1);
    });
  });
});
