import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type APIRequestContext, type APIResponse, type Browser, expect, test } from "@playwright/test";
import { type ActionField, type BuiltAction, builtActions, callAction } from "./support/actions";
import { scalar, testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, PROVINCE_ADMIN } from "./support/pages";
import { createTestUser } from "./support/users";

/**
 * Every manager page, route handler and server action, tried as a stranger, as a viewer of the commune,
 * as the commune manager (with another unit's ids) and as the province administrator. The tables are the
 * single list of what exists: a test fails when a page, route or action is added without a row here.
 */

// ---------------------------------------------------------------- fixtures

interface Fixtures {
  commune: number;
  centre: number;
  foreignUnit: number;
  viewer: { id: string; email: string };
  foreignUser: { id: string; assignment: number };
  communeManager: { id: string; assignment: number };
  adminId: string;
  own: {
    poster: number;
    instrument: number;
    feedback: number;
    apiKey: number;
    device: number;
    procedure: string;
    unitProcedure: number;
  };
  foreign: {
    poster: number;
    instrument: number;
    feedback: number;
    apiKey: number;
    device: number;
    procedure: string;
    unitProcedure: number;
  };
}

const unitId = (slug: string) => scalar("SELECT id FROM units WHERE slug = ?", [slug]);

async function insertId(sql: string, args: Array<string | number>): Promise<number> {
  const rs = await testDb.execute({ sql: `${sql} RETURNING id`, args });
  const id = Number(rs.rows[0]?.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`no row from ${sql}`);
  return id;
}

async function unitRows(unit: number, label: string) {
  const code = await testDb.execute({
    sql: "SELECT code FROM short_links WHERE unit_id = ? AND kind = 'unit'",
    args: [unit],
  });
  const poster = await insertId(
    "INSERT INTO posters (unit_id, kind, title, paper_size) VALUES (?, 'survey_poster', ?, 'A4')",
    [unit, `Tờ niêm yết thử ${label}`],
  );
  await testDb.execute({
    sql: "INSERT INTO poster_items (poster_id, position, short_link_code) VALUES (?, 0, ?)",
    args: [poster, String(code.rows[0]?.code)],
  });
  const instrument = await insertId(
    `INSERT INTO instruments (key, version, unit_id, status, definition)
     SELECT ?, 1, ?, 'draft', definition FROM instruments WHERE key = 'quick' ORDER BY version LIMIT 1`,
    [`thu-${label}-${Date.now()}`, unit],
  );
  const feedback = await insertId("INSERT INTO feedback (unit_id, body, status) VALUES (?, ?, 'new')", [
    unit,
    `Phản ánh thử ${label}`,
  ]);
  const apiKey = await insertId(
    "INSERT INTO api_keys (unit_id, name, scope, prefix, key_hash) VALUES (?, ?, 'dossiers', 'test', ?)",
    [unit, `Khóa thử ${label}`, randomUUID()],
  );
  const device = await insertId("INSERT INTO devices (unit_id, name, token_hash) VALUES (?, ?, ?)", [
    unit,
    `Kiosk thử ${label}`,
    randomUUID(),
  ]);
  return { poster, instrument, feedback, apiKey, device };
}

async function offered(where: string, args: number[]) {
  const rs = await testDb.execute({
    sql: `SELECT up.id, p.code FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
          WHERE ${where} ORDER BY up.id LIMIT 1`,
    args,
  });
  const row = rs.rows[0];
  if (!row) throw new Error(`no unit procedure where ${where}`);
  return { unitProcedure: Number(row.id), procedure: String(row.code) };
}

const assignmentOf = (userId: string) =>
  scalar("SELECT id FROM role_assignments WHERE user_id = ? ORDER BY id LIMIT 1", [userId]);
const userIdOf = async (email: string) =>
  String((await testDb.execute({ sql: "SELECT id FROM user WHERE email = ?", args: [email] })).rows[0]?.id);

async function setUp(): Promise<Fixtures> {
  const [commune, centre, foreignUnit] = await Promise.all([
    unitId("phuong-an-hoa"),
    unitId("phuong-an-hoa-tthcc"),
    unitId("xa-tan-phu"),
  ]);
  const viewer = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  const foreignUser = await createTestUser({ role: "unit_admin", unitSlug: "xa-tan-phu" });
  const communeManagerId = await userIdOf(COMMUNE_MANAGER);
  return {
    commune,
    centre,
    foreignUnit,
    viewer,
    foreignUser: { id: foreignUser.id, assignment: await assignmentOf(foreignUser.id) },
    communeManager: { id: communeManagerId, assignment: await assignmentOf(communeManagerId) },
    adminId: await userIdOf(PROVINCE_ADMIN),
    own: {
      ...(await unitRows(centre, "anhoa")),
      ...(await offered("up.unit_id IN (?, ?)", [commune, centre])),
    },
    foreign: {
      ...(await unitRows(foreignUnit, "tanphu")),
      // A procedure offered elsewhere (a department) and nowhere in the commune.
      ...(await offered(
        "up.unit_id NOT IN (?, ?) AND up.procedure_id NOT IN (SELECT procedure_id FROM unit_procedures WHERE unit_id IN (?, ?))",
        [commune, centre, commune, centre],
      )),
    },
  };
}

// ---------------------------------------------------------------- pages and route handlers

/** `sign-in`: ends on the sign-in page; `no-session`: 200 saying there is no session (better-auth). */
type Outcome = number | "sign-in" | "no-session";

interface RouteCase {
  /** The page.tsx / route.ts, relative to app/. */
  file: string;
  method?: "GET" | "POST";
  /** A request on the commune manager's own subtree. */
  own: (f: Fixtures) => { url: string; form?: Record<string, string> };
  /** The same request on another unit's data (the commune manager must get 403/404). */
  foreign?: (f: Fixtures) => { url: string; form?: Record<string, string> };
  stranger: Outcome;
  viewer: Outcome;
  commune: Outcome;
  /** The province administrator, on the foreign request when there is one. */
  admin: Outcome;
}

const page = (file: string, url: string, more: Partial<RouteCase> = {}): RouteCase => ({
  file,
  own: () => ({ url }),
  stranger: "sign-in",
  viewer: 200,
  commune: 200,
  admin: 200,
  ...more,
});

const ROUTES: RouteCase[] = [
  page("(manage)/quan-ly/page.tsx", "/quan-ly"),
  page("(manage)/quan-ly/cong-bo/page.tsx", "/quan-ly/cong-bo"),
  page("(manage)/quan-ly/khoa-api/page.tsx", "/quan-ly/khoa-api"),
  page("(manage)/quan-ly/nhap/page.tsx", "/quan-ly/nhap"),
  page("(manage)/quan-ly/phan-anh/page.tsx", "/quan-ly/phan-anh"),
  page("(manage)/quan-ly/phan-anh/[id]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/phan-anh/${f.own.feedback}` }),
    foreign: (f) => ({ url: `/quan-ly/phan-anh/${f.foreign.feedback}` }),
    commune: 200,
  }),
  page("(manage)/quan-ly/phieu-gan-co/page.tsx", "/quan-ly/phieu-gan-co"),
  page("(manage)/quan-ly/phieu-khao-sat/page.tsx", "/quan-ly/phieu-khao-sat"),
  page("(manage)/quan-ly/phieu-khao-sat/[id]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/phieu-khao-sat/${f.own.instrument}` }),
    foreign: (f) => ({ url: `/quan-ly/phieu-khao-sat/${f.foreign.instrument}` }),
  }),
  // Copying a questionnaire into a new version needs the right to edit it: viewers get a 404.
  page("(manage)/quan-ly/phieu-khao-sat/moi/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/phieu-khao-sat/moi?tu=${f.own.instrument}` }),
    foreign: (f) => ({ url: `/quan-ly/phieu-khao-sat/moi?tu=${f.foreign.instrument}` }),
    viewer: 404,
  }),
  page("(manage)/quan-ly/thu-tuc/page.tsx", "/quan-ly/thu-tuc"),
  // The editing page of a procedure: catalogue editors, or administrators of a unit offering it.
  page("(manage)/quan-ly/thu-tuc/[code]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/thu-tuc/${f.own.procedure}` }),
    foreign: (f) => ({ url: `/quan-ly/thu-tuc/${f.foreign.procedure}` }),
    viewer: 404,
  }),
  page("(manage)/quan-ly/thu-tuc/moi/page.tsx", "/quan-ly/thu-tuc/moi"),
  page("(manage)/quan-ly/to-niem-yet/page.tsx", "/quan-ly/to-niem-yet"),
  page("(manage)/quan-ly/to-niem-yet/moi/page.tsx", "/quan-ly/to-niem-yet/moi"),
  page("(manage)/quan-ly/to-niem-yet/[id]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/to-niem-yet/${f.own.poster}` }),
    foreign: (f) => ({ url: `/quan-ly/to-niem-yet/${f.foreign.poster}` }),
  }),
  page("(manage)/quan-ly/to-niem-yet/[id]/in/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/to-niem-yet/${f.own.poster}/in` }),
    foreign: (f) => ({ url: `/quan-ly/to-niem-yet/${f.foreign.poster}/in` }),
  }),
  page("(manage)/quan-ly/nguoi-dung/page.tsx", "/quan-ly/nguoi-dung", { viewer: 404 }),
  page("(manage)/quan-ly/nguoi-dung/[id]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/nguoi-dung/${f.viewer.id}` }),
    foreign: (f) => ({ url: `/quan-ly/nguoi-dung/${f.foreignUser.id}` }),
    viewer: 404,
  }),
  page("(manage)/quan-ly/tai-khoan/page.tsx", "/quan-ly/tai-khoan"),
  page("(manage)/quan-ly/thiet-bi/page.tsx", "/quan-ly/thiet-bi"),
  page("(manage)/quan-ly/chi-so/[unitId]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/chi-so/${f.commune}` }),
    foreign: (f) => ({ url: `/quan-ly/chi-so/${f.foreignUnit}` }),
  }),
  page("(manage)/quan-ly/bao-cao/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/bao-cao?don-vi=${f.commune}` }),
    foreign: (f) => ({ url: `/quan-ly/bao-cao?don-vi=${f.foreignUnit}` }),
  }),
  {
    file: "(manage)/quan-ly/xuat/chi-so/route.ts",
    own: (f) => ({ url: `/quan-ly/xuat/chi-so?dinh-dang=csv&don-vi=${f.commune}` }),
    foreign: (f) => ({ url: `/quan-ly/xuat/chi-so?dinh-dang=csv&don-vi=${f.foreignUnit}` }),
    stranger: 401,
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    file: "(manage)/quan-ly/xuat/phieu/route.ts",
    own: (f) => ({ url: `/quan-ly/xuat/phieu?dinh-dang=csv&don-vi=${f.commune}` }),
    foreign: (f) => ({ url: `/quan-ly/xuat/phieu?dinh-dang=csv&don-vi=${f.foreignUnit}` }),
    stranger: 401,
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    // Like API keys: viewers may not revoke; the commune manager revokes their own units' devices only.
    file: "(manage)/quan-ly/thiet-bi/thu-hoi/route.ts",
    method: "POST",
    own: (f) => ({ url: "/quan-ly/thiet-bi/thu-hoi", form: { id: String(f.own.device) } }),
    foreign: (f) => ({ url: "/quan-ly/thiet-bi/thu-hoi", form: { id: String(f.foreign.device) } }),
    stranger: 401,
    viewer: 404,
    commune: 303,
    admin: 303,
  },
  {
    file: "(manage)/quan-ly/to-niem-yet/[id]/pdf/route.ts",
    own: (f) => ({ url: `/quan-ly/to-niem-yet/${f.own.poster}/pdf` }),
    foreign: (f) => ({ url: `/quan-ly/to-niem-yet/${f.foreign.poster}/pdf` }),
    stranger: 401,
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    file: "(manage)/quan-ly/nhap/mau/route.ts",
    own: () => ({ url: "/quan-ly/nhap/mau?dinh-dang=csv" }),
    stranger: 401,
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    // Mutating: the viewer is refused on their own unit's key; the commune manager revokes their own key
    // but not another unit's; the province administrator revokes that one.
    file: "(manage)/quan-ly/khoa-api/thu-hoi/route.ts",
    method: "POST",
    own: (f) => ({ url: "/quan-ly/khoa-api/thu-hoi", form: { id: String(f.own.apiKey) } }),
    foreign: (f) => ({ url: "/quan-ly/khoa-api/thu-hoi", form: { id: String(f.foreign.apiKey) } }),
    stranger: 401,
    viewer: 404,
    commune: 303,
    admin: 303,
  },
  {
    // better-auth's own endpoints: without a session they say so and return nothing else.
    file: "api/auth/[...all]/route.ts",
    own: () => ({ url: "/api/auth/get-session" }),
    stranger: "no-session",
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    // Authenticated by a unit API key only: a manager's session cookie is no key.
    file: "api/v1/dossiers/route.ts",
    method: "POST",
    own: () => ({ url: "/api/v1/dossiers", form: { code: "HS-1", receivedAt: "2026-11-25T08:30:00+07:00" } }),
    stranger: 401,
    viewer: 401,
    commune: 401,
    admin: 401,
  },
];

/** Open to everyone by design, with the reason. */
const PUBLIC_FILES: Record<string, string> = {
  "(manage)/dang-nhap/page.tsx": "the sign-in page",
  "api/health/route.ts": "health check, no data",
  "api/health/live/route.ts": "liveness check, no data",
  "api/health/ready/route.ts": "readiness check, no data",
  "api/v1/responses/route.ts": "citizens submit survey responses without an account",
  "api/v1/public/index/route.ts": "the published index: figures only, no comments or personal data",
};

// ---------------------------------------------------------------- server actions

interface ActionCase {
  /** "app/…/actions.ts#name", as the build manifest names it. */
  action: string;
  /** A well-formed request on the viewer's own commune: it must be refused by scope, not by validation. */
  viewer: (f: Fixtures) => Record<string, ActionField>;
  /** Well-formed requests of the commune manager on another unit (or beyond their role). */
  commune?: (f: Fixtures) => Array<Record<string, ActionField>>;
  refusal: RegExp;
}

const FORBIDDEN = /Bạn không có quyền thực hiện thao tác này/;
const csv = { name: "thu.csv", mimeType: "text/csv", buffer: Buffer.from("code,name\nX,Y\n") };
const pdf = { name: "mau.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") };
const today = "2026-11-30";

const quickInstrument = (unit: number) => ({
  mode: "new",
  unitId: String(unit),
  key: `tu-y-${Date.now()}`,
  kind: "quick",
  scale: "3",
  titleVi: "Phiếu thử",
  titleEn: "",
  questionVi: "Ông/Bà có hài lòng không?",
  questionEn: "",
  elementsText: "",
});

const localDifferences = { localTimeLimit: "1 ngày", localFee: "", localPlace: "", localNotes: "" };

const ACTIONS: ActionCase[] = [
  {
    action: "app/(manage)/quan-ly/cong-bo/actions.ts#createAnnouncementAction",
    viewer: () => ({
      number: "99/QĐ-THU",
      title: "Thử",
      issuer: "UBND",
      issuedOn: today,
      effectiveOn: today,
      url: "",
    }),
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/thiet-bi/actions.ts#createDeviceAction",
    viewer: (f) => ({ unitId: String(f.commune), counterId: "", name: "Máy lạ", resetSeconds: "30" }),
    commune: (f) => [{ unitId: String(f.foreignUnit), counterId: "", name: "Máy lạ", resetSeconds: "30" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/khoa-api/actions.ts#createApiKeyAction",
    viewer: (f) => ({ unitId: String(f.commune), name: "Khóa lạ" }),
    commune: (f) => [{ unitId: String(f.foreignUnit), name: "Khóa lạ" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/nhap/actions.ts#dryRunImportAction",
    viewer: () => ({ file: csv, announcementId: "", effectiveFrom: today, offerAtUnitId: "" }),
    commune: (f) => [
      { file: csv, announcementId: "", effectiveFrom: today, offerAtUnitId: String(f.commune) },
    ],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/nhap/actions.ts#commitImportAction",
    viewer: () => ({ jobId: randomUUID() }),
    commune: () => [{ jobId: randomUUID() }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/phan-anh/actions.ts#assignFeedbackAction",
    viewer: (f) => ({ id: String(f.own.feedback), assigneeId: f.viewer.id }),
    commune: (f) => [{ id: String(f.foreign.feedback), assigneeId: f.communeManager.id }],
    refusal: /Bạn không có quyền|Không tìm thấy phản ánh trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/phan-anh/actions.ts#replyFeedbackAction",
    viewer: (f) => ({ id: String(f.own.feedback), reply: "Trả lời giả" }),
    commune: (f) => [{ id: String(f.foreign.feedback), reply: "Trả lời giả" }],
    refusal: /Bạn không có quyền|Không tìm thấy phản ánh trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/phan-anh/actions.ts#closeFeedbackAction",
    viewer: (f) => ({ id: String(f.own.feedback), note: "Đóng giả" }),
    commune: (f) => [{ id: String(f.foreign.feedback), note: "Đóng giả" }],
    refusal: /Bạn không có quyền|Không tìm thấy phản ánh trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/phan-anh/actions.ts#reopenFeedbackAction",
    viewer: (f) => ({ id: String(f.own.feedback) }),
    commune: (f) => [{ id: String(f.foreign.feedback) }],
    refusal: /Bạn không có quyền|Không tìm thấy phản ánh trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/phieu-khao-sat/actions.ts#saveInstrumentAction",
    viewer: (f) => quickInstrument(f.commune),
    commune: (f) => [quickInstrument(f.foreignUnit)],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/phieu-khao-sat/actions.ts#publishInstrumentAction",
    viewer: (f) => ({ id: String(f.own.instrument) }),
    commune: (f) => [{ id: String(f.foreign.instrument) }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/phieu-khao-sat/actions.ts#chooseUnitInstrumentAction",
    viewer: (f) => ({ unitId: String(f.commune), instrumentKey: "service" }),
    commune: (f) => [{ unitId: String(f.foreignUnit), instrumentKey: "service" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/thu-tuc/actions.ts#saveProcedureAction",
    viewer: () => ({ mode: "create", announcementId: "", effectiveFrom: today }),
    commune: () => [{ mode: "create", announcementId: "", effectiveFrom: today }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/thu-tuc/actions.ts#abolishProcedureAction",
    viewer: (f) => ({ code: f.own.procedure, abolishedOn: today, announcementId: "", replacementCode: "" }),
    commune: (f) => [{ code: f.own.procedure, abolishedOn: today, announcementId: "", replacementCode: "" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/thu-tuc/actions.ts#saveOverrideAction",
    viewer: (f) => ({ unitProcedureId: String(f.own.unitProcedure), ...localDifferences }),
    commune: (f) => [{ unitProcedureId: String(f.foreign.unitProcedure), ...localDifferences }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/thu-tuc/actions.ts#uploadFormAction",
    viewer: (f) => ({ code: f.own.procedure, formCode: "TK-01", file: pdf }),
    commune: (f) => [{ code: f.own.procedure, formCode: "TK-01", file: pdf }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/to-niem-yet/actions.ts#createPosterAction",
    viewer: (f) => ({ unitId: String(f.commune), kind: "survey_poster", counterId: "" }),
    commune: (f) => [{ unitId: String(f.foreignUnit), kind: "survey_poster", counterId: "" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/nguoi-dung/actions.ts#createUserAction",
    viewer: (f) => ({
      name: "Người lạ",
      email: `la.${Date.now()}@anhoa.demo`,
      password: "",
      unitId: String(f.commune),
      role: "unit_viewer",
    }),
    commune: (f) => [
      {
        name: "Người lạ",
        email: `la1.${Date.now()}@anhoa.demo`,
        password: "",
        unitId: String(f.foreignUnit),
        role: "unit_viewer",
      },
      {
        name: "Người lạ",
        email: `la2.${Date.now()}@anhoa.demo`,
        password: "",
        unitId: String(f.commune),
        role: "system_admin",
      },
    ],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/nguoi-dung/actions.ts#grantRoleAction",
    viewer: (f) => ({ userId: f.viewer.id, unitId: String(f.commune), role: "unit_admin" }),
    commune: (f) => [
      { userId: f.viewer.id, unitId: String(f.commune), role: "system_admin" },
      { userId: f.viewer.id, unitId: String(f.foreignUnit), role: "unit_admin" },
      { userId: f.foreignUser.id, unitId: String(f.foreignUnit), role: "unit_viewer" },
    ],
    refusal: /Bạn không có quyền|Không tìm thấy người dùng trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/nguoi-dung/actions.ts#revokeRoleAction",
    viewer: (f) => ({ userId: f.communeManager.id, assignmentId: String(f.communeManager.assignment) }),
    commune: (f) => [{ userId: f.foreignUser.id, assignmentId: String(f.foreignUser.assignment) }],
    refusal: /Bạn không có quyền|Không tìm thấy người dùng trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/nguoi-dung/actions.ts#resetPasswordAction",
    viewer: (f) => ({ userId: f.communeManager.id, password: "" }),
    commune: (f) => [
      { userId: f.foreignUser.id, password: "" },
      { userId: f.adminId, password: "" },
    ],
    refusal: /Không tìm thấy người dùng trong phạm vi/,
  },
];

/** Actions every signed-in user (or anyone) may call, with the reason. */
const UNSCOPED_ACTIONS: Record<string, string> = {
  "app/(manage)/dang-nhap/actions.ts#signInAction": "signing in (throttled, see authentication.spec.ts)",
  "app/(manage)/dang-nhap/actions.ts#signOutAction": "ends the caller's own session",
  "app/(manage)/quan-ly/tai-khoan/actions.ts#changePasswordAction":
    "the caller's own password, current one required",
};

/** What a refused action must leave untouched. */
async function fingerprint(): Promise<string> {
  const rs = await testDb.execute(`SELECT
    (SELECT count(*) FROM audit_log), (SELECT count(*) FROM announcements),
    (SELECT count(*) FROM procedure_versions), (SELECT count(*) FROM procedures WHERE status = 'abolished'),
    (SELECT group_concat(coalesce(local_time_limit, '-')) FROM unit_procedures),
    (SELECT count(*) FROM instruments), (SELECT count(*) FROM instruments WHERE status = 'published'),
    (SELECT group_concat(coalesce(survey_instrument_key, '-')) FROM units),
    (SELECT count(*) FROM posters), (SELECT count(*) FROM api_keys WHERE revoked_at IS NULL),
    (SELECT count(*) FROM devices WHERE revoked_at IS NULL),
    (SELECT group_concat(status || coalesce(assignee_id, '-') || coalesce(reply, '-')) FROM feedback),
    (SELECT count(*) FROM role_assignments), (SELECT count(*) FROM user),
    (SELECT group_concat(password) FROM account), (SELECT count(*) FROM import_jobs), (SELECT count(*) FROM forms)`);
  return JSON.stringify(rs.rows[0]);
}

// ---------------------------------------------------------------- the file tree

function filesUnder(dir: string, names: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path, names);
    return names.includes(e.name) ? [relative("app", path)] : [];
  });
}

function exportedActions(): string[] {
  return filesUnder(join("app", "(manage)"), ["actions.ts"]).flatMap((file) =>
    [
      ...readFileSync(join("app", file), "utf8").matchAll(/export (?:const|async function) (\w+Action)\b/g),
    ].map((m) => `app/${file}#${m[1]}`),
  );
}

test("every page and route handler of the manage area and the API is in the table", () => {
  const onDisk = [
    ...filesUnder(join("app", "(manage)"), ["page.tsx", "route.ts"]),
    ...filesUnder(join("app", "api"), ["route.ts"]),
  ].sort();
  const listed = [...ROUTES.map((r) => r.file), ...Object.keys(PUBLIC_FILES)].sort();
  expect(listed).toEqual(onDisk);
});

test("every server action of the manage area is in the table and in the build", () => {
  const listed = [...ACTIONS.map((a) => a.action), ...Object.keys(UNSCOPED_ACTIONS)].sort();
  expect(listed).toEqual(exportedActions().sort());
  const built = builtActions();
  expect(listed.filter((a) => !built.has(a))).toEqual([]);
});

// ---------------------------------------------------------------- the checks

interface Roles {
  stranger: APIRequestContext;
  viewer: APIRequestContext;
  commune: APIRequestContext;
  admin: APIRequestContext;
}

async function signedIn(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  await new Dashboard(await context.newPage()).signIn(email);
  return context.request;
}

async function send(
  request: APIRequestContext,
  method: "GET" | "POST",
  req: { url: string; form?: Record<string, string> },
) {
  return method === "POST"
    ? request.post(req.url, { form: req.form ?? {}, maxRedirects: 0 })
    : request.get(req.url);
}

async function expectOutcome(res: APIResponse, outcome: Outcome, what: string) {
  if (outcome === "sign-in") {
    expect(new URL(res.url()).pathname, what).toBe("/dang-nhap");
  } else if (outcome === "no-session") {
    expect(res.status(), what).toBe(200);
    expect(await res.text(), what).toBe("null");
  } else {
    expect(res.status(), what).toBe(outcome);
  }
}

test.describe("authorization", () => {
  let f: Fixtures;
  let as: Roles;
  let actions: Map<string, BuiltAction>;
  let origin: string;

  test.beforeAll(async ({ browser, baseURL }) => {
    // Three sign-ins (scrypt) and the fixtures, on a busy machine.
    test.setTimeout(120_000);
    f = await setUp();
    origin = baseURL ?? "";
    actions = builtActions();
    const stranger = await browser.newContext();
    as = {
      stranger: stranger.request,
      viewer: await signedIn(browser, f.viewer.email),
      commune: await signedIn(browser, COMMUNE_MANAGER),
      admin: await signedIn(browser, PROVINCE_ADMIN),
    };
  });

  for (const route of ROUTES) {
    test(`route ${route.file}`, async () => {
      const method = route.method ?? "GET";
      const own = route.own(f);
      await expectOutcome(await send(as.stranger, method, own), route.stranger, "stranger");
      await expectOutcome(await send(as.viewer, method, own), route.viewer, "viewer");
      if (route.foreign) {
        const res = await send(as.commune, method, route.foreign(f));
        expect([403, 404], "commune manager on another unit").toContain(res.status());
      }
      await expectOutcome(await send(as.commune, method, own), route.commune, "commune manager");
      await expectOutcome(
        await send(as.admin, method, route.foreign?.(f) ?? own),
        route.admin,
        "province admin",
      );
    });
  }

  for (const c of ACTIONS) {
    test(`action ${c.action.replace(/^app\//, "")} is refused out of scope`, async () => {
      const action = actions.get(c.action);
      if (!action) throw new Error(`${c.action} is not in the build`);
      const before = await fingerprint();
      const attempts: Array<[APIRequestContext, string, Record<string, ActionField>]> = [
        [as.viewer, "viewer", c.viewer(f)],
        ...(c.commune?.(f) ?? []).map((fields): [APIRequestContext, string, Record<string, ActionField>] => [
          as.commune,
          "commune manager",
          fields,
        ]),
      ];
      for (const [request, who, fields] of attempts) {
        const res = await callAction(request, origin, action, fields);
        expect(res.status, `${who}: ${JSON.stringify(Object.keys(fields))}`).toBe(200);
        expect(res.body, `${who} must be refused by scope`).toMatch(c.refusal);
      }
      expect(await fingerprint()).toBe(before);
    });
  }

  test("a stranger's forged action call changes nothing", async () => {
    const action = actions.get("app/(manage)/quan-ly/khoa-api/actions.ts#createApiKeyAction");
    if (!action) throw new Error("createApiKeyAction is not in the build");
    const before = await fingerprint();
    const res = await callAction(as.stranger, origin, action, {
      unitId: String(f.commune),
      name: "Khóa lạ",
    });
    expect(res.body).toContain("Phiên đăng nhập đã hết hạn");
    expect(await fingerprint()).toBe(before);
  });
});
