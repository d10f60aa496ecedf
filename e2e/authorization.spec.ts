import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type APIRequestContext, type APIResponse, type Browser, expect, test } from "@playwright/test";
import { localDay } from "../lib/time";
import { type ActionField, type BuiltAction, builtActions, callAction } from "./support/actions";
import { scalar, testDb, unitLinkCode } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, PROVINCE_ADMIN } from "./support/pages";
import { lastFullQuarter } from "./support/report-periods";
import { createTestUser } from "./support/users";

/**
 * Every manager page, route handler and server action, tried as a stranger, as a viewer of the commune,
 * as the commune manager (with another unit's ids) and as the province administrator; every action on
 * staff accounts also as a sub-unit administrator of every kind (commune, commune service centre,
 * department) against accounts above and beside them. The tables are the single list of what exists: a
 * test fails when a page, route or action is added without a row here.
 */

// ---------------------------------------------------------------- fixtures

/** An administrator of a unit below the root, and the unit they administer. */
interface SubAdmin {
  kind: string;
  email: string;
  unit: number;
}

interface Fixtures {
  /** Two fields of the catalogue (rename and merge are tried on them). */
  field: number;
  otherField: number;
  province: number;
  commune: number;
  centre: number;
  department: number;
  foreignUnit: number;
  viewer: { id: string; email: string };
  foreignUser: { id: string; email: string; assignment: number };
  communeManager: { id: string; assignment: number };
  adminId: string;
  adminAssignment: number;
  /** Viewer roles on the commune's centre, on a department and on another commune. */
  mixedUser: { id: string; assignments: Record<"centre" | "department" | "foreign", number> };
  subAdmins: SubAdmin[];
  own: {
    poster: number;
    instrument: number;
    feedback: number;
    apiKey: number;
    device: number;
    burst: number;
    procedure: string;
    unitProcedure: number;
    dossier: number;
    letter: number;
  };
  foreign: {
    poster: number;
    instrument: number;
    feedback: number;
    apiKey: number;
    device: number;
    burst: number;
    procedure: string;
    unitProcedure: number;
    dossier: number;
    letter: number;
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
  // A burst held by surge detection (with no answers: only its page and decision are tried here).
  const now = Date.now();
  const burst = await insertId(
    `INSERT INTO bursts (unit_id, short_link_code, window_minutes, threshold, baseline, started_at, last_at, open_until)
     VALUES (?, ?, 10, 50, 0, ?, ?, 0)`,
    [unit, String(code.rows[0]?.code), now, now],
  );
  return { poster, instrument, feedback, apiKey, device, burst };
}

/** A late dossier of the unit with one apology letter (the letter pages and files are tried on it). */
async function dossierRows(unit: number, label: string) {
  const now = Date.now();
  const dossier = await insertId(
    `INSERT INTO dossiers (unit_id, code, status, received_at, received_day, due_at, survey_token_hash)
     VALUES (?, ?, 'processing', ?, ?, ?, ?)`,
    [unit, `HS-THU-${label}-${now}`, now - 3 * 86_400_000, "2026-11-27", now - 86_400_000, randomUUID()],
  );
  const letter = await insertId(
    `INSERT INTO dossier_apologies (dossier_id, unit_id, year, number, previous_due_at, new_due_at, reason, issued_at)
     VALUES (?, ?, 2026, (SELECT coalesce(max(number), 0) + 1 FROM dossier_apologies WHERE unit_id = ? AND year = 2026),
       ?, ?, 'Thử', ?)`,
    [dossier, unit, unit, now - 86_400_000, now + 3 * 86_400_000, now],
  );
  return { dossier, letter };
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
const assignmentAt = (userId: string, unit: number) =>
  scalar("SELECT id FROM role_assignments WHERE user_id = ? AND unit_id = ?", [userId, unit]);

async function addRole(userId: string, unit: number, role: string): Promise<number> {
  return insertId("INSERT INTO role_assignments (user_id, unit_id, role) VALUES (?, ?, ?)", [
    userId,
    unit,
    role,
  ]);
}
const userIdOf = async (email: string) =>
  String((await testDb.execute({ sql: "SELECT id FROM user WHERE email = ?", args: [email] })).rows[0]?.id);

async function setUp(): Promise<Fixtures> {
  const [province, commune, centre, department, foreignUnit] = await Promise.all([
    unitId("tinh-an-hoa"),
    unitId("phuong-an-hoa"),
    unitId("phuong-an-hoa-tthcc"),
    unitId("so-tu-phap"),
    unitId("xa-tan-phu"),
  ]);
  const viewer = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  const foreignUser = await createTestUser({ role: "unit_admin", unitSlug: "xa-tan-phu" });
  const communeManagerId = await userIdOf(COMMUNE_MANAGER);
  const [field, otherField] = await Promise.all([
    scalar("SELECT id FROM fields WHERE code = 'HT'"),
    scalar("SELECT id FROM fields WHERE code = 'CT'"),
  ]);
  const mixed = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa-tthcc" });
  const centreAdmin = await createTestUser({ role: "unit_admin", unitSlug: "phuong-an-hoa-tthcc" });
  const departmentAdmin = await createTestUser({ role: "unit_admin", unitSlug: "so-tu-phap" });
  const adminId = await userIdOf(PROVINCE_ADMIN);
  return {
    field,
    otherField,
    province,
    commune,
    centre,
    department,
    foreignUnit,
    viewer,
    foreignUser: {
      id: foreignUser.id,
      email: foreignUser.email,
      assignment: await assignmentOf(foreignUser.id),
    },
    communeManager: { id: communeManagerId, assignment: await assignmentOf(communeManagerId) },
    adminId,
    adminAssignment: await assignmentAt(adminId, province),
    mixedUser: {
      id: mixed.id,
      assignments: {
        centre: await assignmentOf(mixed.id),
        department: await addRole(mixed.id, department, "unit_viewer"),
        foreign: await addRole(mixed.id, foreignUnit, "unit_viewer"),
      },
    },
    subAdmins: [
      { kind: "commune administrator", email: COMMUNE_MANAGER, unit: commune },
      { kind: "commune service centre administrator", email: centreAdmin.email, unit: centre },
      { kind: "department administrator", email: departmentAdmin.email, unit: department },
    ],
    own: {
      ...(await unitRows(centre, "anhoa")),
      ...(await dossierRows(centre, "anhoa")),
      ...(await offered("up.unit_id IN (?, ?)", [commune, centre])),
    },
    foreign: {
      ...(await unitRows(foreignUnit, "tanphu")),
      ...(await dossierRows(foreignUnit, "tanphu")),
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
  method?: "GET" | "POST" | "PATCH";
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

const REPORT_PERIOD = lastFullQuarter(localDay(new Date())).key;

const ROUTES: RouteCase[] = [
  page("(manage)/quan-ly/page.tsx", "/quan-ly"),
  page("(manage)/quan-ly/cong-bo/page.tsx", "/quan-ly/cong-bo"),
  page("(manage)/quan-ly/khoa-api/page.tsx", "/quan-ly/khoa-api"),
  page("(manage)/quan-ly/nhap/page.tsx", "/quan-ly/nhap"),
  page("(manage)/quan-ly/ho-so/nhap/page.tsx", "/quan-ly/ho-so/nhap"),
  page("(manage)/quan-ly/phan-anh/page.tsx", "/quan-ly/phan-anh"),
  page("(manage)/quan-ly/phan-anh/[id]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/phan-anh/${f.own.feedback}` }),
    foreign: (f) => ({ url: `/quan-ly/phan-anh/${f.foreign.feedback}` }),
    commune: 200,
  }),
  page("(manage)/quan-ly/phieu-gan-co/page.tsx", "/quan-ly/phieu-gan-co"),
  page("(manage)/quan-ly/ho-so/page.tsx", "/quan-ly/ho-so"),
  page("(manage)/quan-ly/ho-so/[id]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/ho-so/${f.own.dossier}` }),
    foreign: (f) => ({ url: `/quan-ly/ho-so/${f.foreign.dossier}` }),
  }),
  page("(manage)/quan-ly/linh-vuc/page.tsx", "/quan-ly/linh-vuc"),
  page("(manage)/quan-ly/phieu-gan-co/dot/[id]/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/phieu-gan-co/dot/${f.own.burst}` }),
    foreign: (f) => ({ url: `/quan-ly/phieu-gan-co/dot/${f.foreign.burst}` }),
  }),
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
  // A unit's one-stop officers and their figures: the unit's administrators only (viewers get a 404).
  page("(manage)/quan-ly/can-bo/page.tsx", "", {
    own: (f) => ({ url: `/quan-ly/can-bo?don-vi=${f.commune}` }),
    foreign: (f) => ({ url: `/quan-ly/can-bo?don-vi=${f.foreignUnit}` }),
    viewer: 404,
  }),
  // One's own figures as an officer: every signed-in user, showing only the codes linked to them.
  page("(manage)/quan-ly/can-bo/cua-toi/page.tsx", "/quan-ly/can-bo/cua-toi"),
  // Only for a user who must change a temporary password; anyone else is sent on to /quan-ly.
  page("(manage)/dang-nhap/doi-mat-khau/page.tsx", "/dang-nhap/doi-mat-khau"),
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
    // The periodic report of the last full quarter (XLSX: the quickest of its three formats).
    file: "(manage)/quan-ly/bao-cao/tai/route.ts",
    own: (f) => ({ url: `/quan-ly/bao-cao/tai?don-vi=${f.commune}&ky=${REPORT_PERIOD}&dinh-dang=xlsx` }),
    foreign: (f) => ({
      url: `/quan-ly/bao-cao/tai?don-vi=${f.foreignUnit}&ky=${REPORT_PERIOD}&dinh-dang=xlsx`,
    }),
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
    // An apology letter's files: whoever may see the dossier's unit (read and print, no change).
    file: "(manage)/quan-ly/ho-so/[id]/xin-loi/[letterId]/pdf/route.ts",
    own: (f) => ({ url: `/quan-ly/ho-so/${f.own.dossier}/xin-loi/${f.own.letter}/pdf` }),
    foreign: (f) => ({ url: `/quan-ly/ho-so/${f.foreign.dossier}/xin-loi/${f.foreign.letter}/pdf` }),
    stranger: 401,
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    // The download form posts the addressee typed for the file.
    file: "(manage)/quan-ly/ho-so/[id]/xin-loi/[letterId]/docx/route.ts",
    method: "POST",
    own: (f) => ({
      url: `/quan-ly/ho-so/${f.own.dossier}/xin-loi/${f.own.letter}/docx`,
      form: { addressee: "Nguyễn Văn A", lang: "vi" },
    }),
    foreign: (f) => ({
      url: `/quan-ly/ho-so/${f.foreign.dossier}/xin-loi/${f.foreign.letter}/docx`,
      form: { addressee: "Nguyễn Văn A", lang: "vi" },
    }),
    stranger: 401,
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    file: "(manage)/quan-ly/to-niem-yet/phong-chu/[weight]/route.ts",
    own: () => ({ url: "/quan-ly/to-niem-yet/phong-chu/400" }),
    stranger: 401,
    viewer: 200,
    commune: 200,
    admin: 200,
  },
  {
    file: "(manage)/quan-ly/ho-so/nhap/mau/route.ts",
    own: () => ({ url: "/quan-ly/ho-so/nhap/mau?dinh-dang=csv" }),
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
  {
    file: "api/v1/dossiers/[code]/route.ts",
    own: () => ({ url: "/api/v1/dossiers/HS-1" }),
    stranger: 401,
    viewer: 401,
    commune: 401,
    admin: 401,
  },
  {
    file: "api/v1/dossiers/[code]/route.ts",
    method: "PATCH",
    own: () => ({ url: "/api/v1/dossiers/HS-1", form: { complained: "true" } }),
    stranger: 401,
    viewer: 401,
    commune: 401,
    admin: 401,
  },
  {
    file: "api/v1/dossiers/figures/route.ts",
    own: () => ({ url: "/api/v1/dossiers/figures?from=2026-11-01&to=2026-11-30" }),
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
  "api/openapi.json/route.ts": "the OpenAPI document of the public APIs: their description, no data",
};

// ---------------------------------------------------------------- server actions

interface ActionCase {
  /** "app/…/actions.ts#name", as the build manifest names it. */
  action: string;
  /** A well-formed request on the viewer's own commune: it must be refused by scope, not by validation. */
  viewer: (f: Fixtures) => Record<string, ActionField>;
  /** Well-formed requests of the commune manager on another unit (or beyond their role). */
  commune?: (f: Fixtures) => Array<Record<string, ActionField>>;
  /** Staff accounts: requests of each sub-unit administrator on accounts above and beside them. */
  subAdmins?: (f: Fixtures, actor: SubAdmin) => Array<Record<string, ActionField>>;
  /** Requests even the province's system administrator must be refused. */
  admin?: (f: Fixtures) => Array<Record<string, ActionField>>;
  refusal: RegExp;
}

let serial = 0;
const newEmail = (label: string) => `${label}.${Date.now()}.${++serial}@anhoa.demo`;

/** The accounts out of a sub-unit administrator's reach: above (the province), beside, and astride. */
const outOfReach = (f: Fixtures) => [f.adminId, f.foreignUser.id, f.mixedUser.id];

/** The mixed user's role inside the actor's subtree: revoking it is refused too, the user is not theirs. */
const insideRole = (f: Fixtures, actor: SubAdmin) =>
  actor.unit === f.department ? f.mixedUser.assignments.department : f.mixedUser.assignments.centre;

const FORBIDDEN = /Bạn không có quyền thực hiện thao tác này/;
const csv = { name: "thu.csv", mimeType: "text/csv", buffer: Buffer.from("code,name\nX,Y\n") };
const dossierCsv = {
  name: "ho-so.csv",
  mimeType: "text/csv",
  buffer: Buffer.from("Mã hồ sơ,Ngày tiếp nhận\nHS-LA-1,01/11/2026 08:00\n"),
};
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
    // Reading pasted text writes nothing, but it is part of adding to the catalogue: editors only.
    action: "app/(manage)/quan-ly/thu-tuc/actions.ts#pasteProcedureAction",
    viewer: () => ({ pasted: "1. Trình tự thực hiện: Nộp hồ sơ." }),
    commune: () => [{ pasted: "1. Trình tự thực hiện: Nộp hồ sơ." }],
    refusal: FORBIDDEN,
  },
  // The shared catalogue's fields: catalogue editors only (system administrators, top-level units).
  {
    action: "app/(manage)/quan-ly/linh-vuc/actions.ts#createFieldAction",
    viewer: () => ({ code: "", name: `Lĩnh vực lạ ${Date.now()}`, nameEn: "" }),
    commune: () => [{ code: "", name: `Lĩnh vực lạ ${Date.now()}`, nameEn: "" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/linh-vuc/actions.ts#renameFieldAction",
    viewer: (f) => ({ id: String(f.field), name: "Đổi tên lạ", nameEn: "" }),
    commune: (f) => [{ id: String(f.field), name: "Đổi tên lạ", nameEn: "" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/linh-vuc/actions.ts#mergeFieldAction",
    viewer: (f) => ({ id: String(f.field), targetId: String(f.otherField) }),
    commune: (f) => [{ id: String(f.field), targetId: String(f.otherField) }],
    refusal: FORBIDDEN,
  },
  {
    // Only the unit's administrators decide on a held burst; viewers see it and decide nothing.
    action: "app/(manage)/quan-ly/phieu-gan-co/actions.ts#decideBurstAction",
    viewer: (f) => ({ id: String(f.own.burst), decision: "confirmed" }),
    commune: (f) => [
      { id: String(f.foreign.burst), decision: "confirmed" },
      { id: String(f.foreign.burst), decision: "rejected" },
    ],
    refusal: FORBIDDEN,
  },
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
    action: "app/(manage)/quan-ly/thiet-bi/actions.ts#reissueActivationAction",
    viewer: (f) => ({ id: String(f.own.device) }),
    commune: (f) => [{ id: String(f.foreign.device) }],
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
    action: "app/(manage)/quan-ly/ho-so/nhap/actions.ts#dryRunDossierImportAction",
    viewer: (f) => ({ unitId: String(f.commune), file: dossierCsv }),
    commune: (f) => [{ unitId: String(f.foreignUnit), file: dossierCsv }],
    refusal: FORBIDDEN,
  },
  {
    // A job is its uploader's: anybody else's, or an unknown one, is not found.
    action: "app/(manage)/quan-ly/ho-so/nhap/actions.ts#commitDossierImportAction",
    viewer: () => ({ jobId: randomUUID() }),
    commune: () => [{ jobId: randomUUID() }],
    refusal: /Bạn không có quyền thực hiện thao tác này|Không tìm thấy lần nhập này/,
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
    // Only the unit's administrators write an apology letter; viewers read and print.
    action: "app/(manage)/quan-ly/ho-so/actions.ts#issueApologyLetterAction",
    viewer: (f) => ({ dossierId: String(f.own.dossier), newDueAt: "2099-01-05", apologyReason: "Lý do giả" }),
    commune: (f) => [
      { dossierId: String(f.foreign.dossier), newDueAt: "2099-01-05", apologyReason: "Lý do giả" },
    ],
    refusal: FORBIDDEN,
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
    subAdmins: (f, actor) =>
      [
        [f.province, "unit_viewer"],
        [f.foreignUnit, "unit_viewer"],
        [actor.unit === f.department ? f.commune : f.department, "unit_admin"],
        [actor.unit, "system_admin"],
      ].map(([unit, role]) => ({
        name: "Người lạ",
        email: newEmail("la"),
        password: "",
        unitId: String(unit),
        role: String(role),
      })),
    // A system administrator exists only at the root.
    admin: (f) => [
      {
        name: "Người lạ",
        email: newEmail("la"),
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
    // A role inside the actor's own subtree, for someone who is not theirs.
    subAdmins: (f, actor) =>
      outOfReach(f).map((userId) => ({ userId, unitId: String(actor.unit), role: "unit_admin" })),
    admin: (f) => [{ userId: f.viewer.id, unitId: String(f.commune), role: "system_admin" }],
    refusal: /Bạn không có quyền|Không tìm thấy người dùng trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/nguoi-dung/actions.ts#revokeRoleAction",
    viewer: (f) => ({ userId: f.communeManager.id, assignmentId: String(f.communeManager.assignment) }),
    commune: (f) => [{ userId: f.foreignUser.id, assignmentId: String(f.foreignUser.assignment) }],
    subAdmins: (f, actor) => [
      { userId: f.adminId, assignmentId: String(f.adminAssignment) },
      { userId: f.foreignUser.id, assignmentId: String(f.foreignUser.assignment) },
      { userId: f.mixedUser.id, assignmentId: String(insideRole(f, actor)) },
      { userId: f.mixedUser.id, assignmentId: String(f.mixedUser.assignments.foreign) },
    ],
    refusal: /Bạn không có quyền|Không tìm thấy người dùng trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/nguoi-dung/actions.ts#resetPasswordAction",
    viewer: (f) => ({ userId: f.communeManager.id, password: "" }),
    commune: (f) => [
      { userId: f.foreignUser.id, password: "" },
      { userId: f.adminId, password: "" },
    ],
    subAdmins: (f) => [
      ...outOfReach(f).map((userId) => ({ userId, password: "" })),
      ...outOfReach(f).map((userId) => ({ userId, password: "Mat-khau-cua-ke-la-2026" })),
    ],
    refusal: /Bạn không có quyền|Không tìm thấy người dùng trong phạm vi/,
  },
  {
    action: "app/(manage)/quan-ly/can-bo/actions.ts#setOfficerEvaluationAction",
    viewer: (f) => ({ unitId: String(f.commune), enabled: "1" }),
    commune: (f) => [{ unitId: String(f.foreignUnit), enabled: "1" }],
    refusal: FORBIDDEN,
  },
  {
    action: "app/(manage)/quan-ly/can-bo/actions.ts#saveOfficerAction",
    viewer: (f) => ({ unitId: String(f.commune), code: "CB-LA", name: "Người lạ", userId: f.viewer.id }),
    commune: (f) => [
      { unitId: String(f.foreignUnit), code: "CB-LA", name: "Người lạ", userId: "" },
      // An account with no role in the commune's subtree cannot be linked to one of its officers.
      { unitId: String(f.commune), code: "CB-LA", name: "Người lạ", userId: f.foreignUser.id },
    ],
    refusal: /Bạn không có quyền|Chỉ gắn được tài khoản có vai trò/,
  },
];

/** Actions every signed-in user (or anyone) may call, with the reason. */
const UNSCOPED_ACTIONS: Record<string, string> = {
  "app/(manage)/dang-nhap/actions.ts#signInAction": "signing in (throttled, see authentication.spec.ts)",
  "app/(manage)/dang-nhap/actions.ts#signOutAction": "ends the caller's own session",
  "app/(manage)/quan-ly/tai-khoan/actions.ts#changePasswordAction":
    "the caller's own password, current one required",
  "app/(manage)/quan-ly/tai-khoan/actions.ts#preferencesAction":
    "the caller's own notification preferences (account.own: no other user can be named)",
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
    (SELECT group_concat(password) FROM account), (SELECT count(*) FROM import_jobs), (SELECT count(*) FROM forms),
    (SELECT group_concat(must_change_password) FROM user), (SELECT count(*) FROM session),
    (SELECT group_concat(token_hash || coalesce(activation_token_hash, '-')) FROM devices),
    (SELECT group_concat(status || coalesce(decided_by, '-')) FROM bursts),
    (SELECT count(*) FROM responses WHERE flagged = 1),
    (SELECT count(*) FROM dossier_apologies), (SELECT group_concat(coalesce(new_due_at, '-')) FROM dossiers),
    (SELECT group_concat(code || name) FROM fields),
    (SELECT group_concat(field_id) FROM procedures),
    (SELECT group_concat(unit_id || code || coalesce(name, '-') || coalesce(user_id, '-')) FROM officers),
    (SELECT group_concat(officer_evaluation) FROM units)`);
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
  // A file answering several methods has a row per method: it is listed once.
  const listed = [...new Set([...ROUTES.map((r) => r.file), ...Object.keys(PUBLIC_FILES)])].sort();
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
  /** Each sub-unit administrator by email (the commune manager among them). */
  subAdmins: Map<string, APIRequestContext>;
}

async function signedIn(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  await new Dashboard(await context.newPage()).signIn(email);
  return context.request;
}

async function send(
  request: APIRequestContext,
  method: "GET" | "POST" | "PATCH",
  req: { url: string; form?: Record<string, string> },
) {
  if (method === "PATCH") return request.patch(req.url, { data: req.form ?? {}, maxRedirects: 0 });
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
    // Five sign-ins (scrypt) and the fixtures, on a busy machine.
    test.setTimeout(180_000);
    f = await setUp();
    origin = baseURL ?? "";
    actions = builtActions();
    const stranger = await browser.newContext();
    const commune = await signedIn(browser, COMMUNE_MANAGER);
    const subAdmins = new Map([[COMMUNE_MANAGER, commune]]);
    for (const actor of f.subAdmins) {
      if (!subAdmins.has(actor.email)) subAdmins.set(actor.email, await signedIn(browser, actor.email));
    }
    as = {
      stranger: stranger.request,
      viewer: await signedIn(browser, f.viewer.email),
      commune,
      admin: await signedIn(browser, PROVINCE_ADMIN),
      subAdmins,
    };
  });

  test("list pages show the commune manager only their own units' rows", async ({ request }) => {
    // A flagged answer in the commune's centre and one in another commune (the honeypot field flags it).
    const [ownLink, foreignLink] = await Promise.all([
      unitLinkCode("phuong-an-hoa-tthcc"),
      unitLinkCode("xa-tan-phu"),
    ]);
    for (const link of [ownLink, foreignLink]) {
      const idempotencyKey = randomUUID();
      const res = await request.post("/api/v1/responses", {
        data: {
          link,
          idempotencyKey,
          instrument: "quick",
          answers: { quick: 3 },
          website: "http://spam.example",
        },
      });
      expect(res.status()).toBe(201);
      expect(await scalar("SELECT flagged FROM responses WHERE idempotency_key = ?", [idempotencyKey])).toBe(
        1,
      );
    }
    const foreignUnitName = String(
      (await testDb.execute({ sql: "SELECT name FROM units WHERE id = ?", args: [f.foreignUnit] })).rows[0]
        ?.name,
    );
    const lists: Array<{ url: string; own: string; foreign: string[] }> = [
      { url: "/quan-ly/thiet-bi", own: "Kiosk thử anhoa", foreign: ["Kiosk thử tanphu", foreignUnitName] },
      { url: "/quan-ly/khoa-api", own: "Khóa thử anhoa", foreign: ["Khóa thử tanphu", foreignUnitName] },
      { url: "/quan-ly/to-niem-yet", own: "Tờ niêm yết thử anhoa", foreign: ["Tờ niêm yết thử tanphu"] },
      { url: "/quan-ly/phieu-gan-co", own: ownLink, foreign: [foreignLink, foreignUnitName] },
      { url: "/quan-ly/nguoi-dung", own: COMMUNE_MANAGER, foreign: [f.foreignUser.email, PROVINCE_ADMIN] },
    ];
    for (const list of lists) {
      const mine = await (await as.commune.get(list.url)).text();
      expect(mine, `${list.url}: the commune's own row`).toContain(list.own);
      for (const row of list.foreign) expect(mine, `${list.url}: another unit's row`).not.toContain(row);
      // The province administrator does see the other unit's row: the check above can fail.
      const all = await (await as.admin.get(list.url)).text();
      expect(all, `${list.url} as the province administrator`).toContain(list.foreign[0] ?? "");
    }
  });

  test("a sub-unit administrator cannot open, or is offered nothing on, an account beyond reach", async () => {
    for (const actor of f.subAdmins) {
      const request = as.subAdmins.get(actor.email);
      if (!request) throw new Error(`${actor.email} is not signed in`);
      for (const id of [f.adminId, f.foreignUser.id]) {
        expect((await request.get(`/quan-ly/nguoi-dung/${id}`)).status(), `${actor.kind}: ${id}`).toBe(404);
      }
      // The mixed user holds a role inside the actor's subtree, so the page opens — with no form at all.
      const page = await request.get(`/quan-ly/nguoi-dung/${f.mixedUser.id}`);
      expect(page.status(), actor.kind).toBe(200);
      const html = await page.text();
      expect(html, actor.kind).toContain('data-testid="not-manageable"');
      expect(html, actor.kind).not.toMatch(
        />Giao vai trò<\/button|>Đặt lại mật khẩu<\/button|aria-label="Gỡ vai trò/,
      );
      // And the staff form never offers the system administrator role below the root.
      expect(await (await request.get("/quan-ly/nguoi-dung")).text(), actor.kind).not.toContain(
        'value="system_admin"',
      );
    }
  });

  for (const route of ROUTES) {
    test(`route ${route.method ?? "GET"} ${route.file}`, async () => {
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
      type Attempt = [APIRequestContext, string, Record<string, ActionField>];
      const attempts: Attempt[] = [
        [as.viewer, "viewer", c.viewer(f)],
        ...(c.commune?.(f) ?? []).map((fields): Attempt => [as.commune, "commune manager", fields]),
        ...f.subAdmins.flatMap((actor) =>
          (c.subAdmins?.(f, actor) ?? []).map((fields): Attempt => {
            const request = as.subAdmins.get(actor.email);
            if (!request) throw new Error(`${actor.email} is not signed in`);
            return [request, actor.kind, fields];
          }),
        ),
        ...(c.admin?.(f) ?? []).map((fields): Attempt => [as.admin, "province administrator", fields]),
      ];
      for (const [request, who, fields] of attempts) {
        const res = await callAction(request, origin, action, fields);
        expect(res.status, `${who}: ${JSON.stringify(Object.keys(fields))}`).toBe(200);
        expect(res.body, `${who} must be refused: ${JSON.stringify(fields)}`).toMatch(c.refusal);
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
