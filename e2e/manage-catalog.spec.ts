import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import type { ProcedureContent } from "@/features/catalog/procedure-content";
import { contentToRecord, recordKeys } from "@/features/catalog/procedure-record";
import { writeRecords } from "@/features/imports/procedure-import";
import { procedureLink, scalar, testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";
import { phoneProblems } from "./support/phone";

async function currentContent(code: string): Promise<{ fieldCode: string; content: ProcedureContent }> {
  const rs = await testDb.execute({
    sql: `SELECT f.code AS field, v.content FROM procedures p JOIN fields f ON f.id = p.field_id
          JOIN procedure_versions v ON v.procedure_id = p.id AND v.effective_to IS NULL WHERE p.code = ?`,
    args: [code],
  });
  const row = rs.rows[0];
  return { fieldCode: String(row?.field), content: JSON.parse(String(row?.content)) };
}

const versionCount = (code: string) =>
  scalar(
    "SELECT count(*) FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id WHERE p.code = ?",
    [code],
  );

async function currentVersion(code: string) {
  const rs = await testDb.execute({
    sql: `SELECT v.effective_from, v.effective_stated, v.announcement_id, v.content FROM procedure_versions v
          JOIN procedures p ON p.id = v.procedure_id WHERE p.code = ? AND v.effective_to IS NULL`,
    args: [code],
  });
  return (rs.rows[0] ?? {}) as Record<string, unknown>;
}

async function amendingDecision(): Promise<{ id: string; effectiveOn: string }> {
  const rs = await testDb.execute("SELECT id, effective_on FROM announcements WHERE number LIKE '845/%'");
  return { id: String(rs.rows[0]?.id), effectiveOn: String(rs.rows[0]?.effective_on) };
}

const BINH_MINH = "p.status = 'in_force' AND u.slug = 'phuong-binh-minh-tthcc'";

/** Another procedure of Phường Bình Minh's centre than those named (each test edits its own). */
async function otherProcedure(...skip: string[]) {
  const codes = skip.map((c) => `'${c.replace(/'/g, "''")}'`).join(", ");
  return procedureLink(`${BINH_MINH} AND p.code NOT IN (${codes})`);
}

test("editing a procedure creates a new version, shown at once on the public page", async ({ page }) => {
  const link = await procedureLink("p.status = 'in_force' AND u.slug = 'phuong-binh-minh-tthcc'");
  const publicUrl = `/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`;
  await page.goto(publicUrl); // warm the cache: the edit must refresh it
  const before = await versionCount(link.procedureCode);

  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly/thu-tuc/${link.procedureCode}`);
  // The edit form is open at the top of the page, before the units' local rules.
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(
    "Sửa nội dung (tạo phiên bản mới)",
  );
  const newLimit = `07 ngày làm việc (thử nghiệm ${Date.now()})`;
  await page.getByLabel("Thời hạn giải quyết", { exact: true }).fill(newLimit);
  const decision = await amendingDecision();
  await page.getByLabel("Quyết định công bố").selectOption(decision.id);
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();
  expect(await versionCount(link.procedureCode)).toBe(before + 1);
  // Without a date of its own, the version takes effect on its decision's date.
  expect(await currentVersion(link.procedureCode)).toMatchObject({
    effective_from: decision.effectiveOn,
    effective_stated: 1,
    announcement_id: Number(decision.id),
  });

  await page.goto(publicUrl);
  // In its section, and (issue #15) summed up in the key facts at the top.
  await expect(page.getByRole("paragraph").filter({ hasText: newLimit })).toBeVisible();
  await expect(page.getByTestId("key-facts")).toContainText(newLimit);

  // Saving the same content again writes nothing (and needs no decision).
  await page.goto(`/quan-ly/thu-tuc/${link.procedureCode}`);
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByText("Nội dung không thay đổi")).toBeVisible();
  expect(await versionCount(link.procedureCode)).toBe(before + 1);
});

test("a procedure's documents are edited as rows: errors name the row, nothing typed is lost, a change needs its decision or a date", async ({
  page,
}) => {
  const { procedureCode: code, slug } = await otherProcedure((await procedureLink(BINH_MINH)).procedureCode);
  const before = await versionCount(code);
  const stamp = Date.now();
  const [name1, name2, name3] = [`Giấy xác nhận ${stamp}`, `Bản sao sổ ${stamp}`, `Ảnh chân dung ${stamp}`];
  const limit = `05 ngày làm việc (thử ${stamp})`;
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly/thu-tuc/${code}`);
  const dossier = page.locator("fieldset#dossier");
  const rows = dossier.locator("li.row");
  const shown = await rows.count();
  await dossier.getByRole("button", { name: "Thêm dòng" }).click();
  await expect(rows).toHaveCount(shown + 3);
  const cell = (column: string, row: number) => page.getByLabel(`${column}, dòng ${row}`, { exact: true });
  const a = shown - 1; // the first of the blank rows the page offers
  await cell("Tên giấy tờ", a).fill(name1);
  await cell("Số lượng", a).fill("01 bản chính");
  await cell("Mã mẫu", a).fill("TK9");
  await cell("Số lượng", a + 1).fill("02 bản");
  await cell("Tên giấy tờ", a + 2).fill(name3);
  await page.getByLabel("Thời hạn giải quyết", { exact: true }).fill(limit);
  await dossier.getByRole("button", { name: `Đưa dòng ${a + 2} lên` }).click();
  await expect(cell("Tên giấy tờ", a + 1)).toHaveValue(name3);
  await expect(cell("Số lượng", a + 2)).toHaveValue("02 bản");
  await expect(page.getByLabel("Thời hạn giải quyết", { exact: true })).toHaveValue(limit);

  // A row with copies but no name: the error names the list, the row and the part; nothing is lost.
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Vui lòng sửa các lỗi" });
  await expect(summary).toContainText(`Thành phần hồ sơ, dòng ${a + 2}: tên giấy tờ không được để trống`);
  await expect(summary.getByRole("link")).toHaveAttribute("href", `#dossier-${a + 1}-name`);
  await expect(cell("Tên giấy tờ", a)).toHaveValue(name1);
  await expect(cell("Mã mẫu", a)).toHaveValue("TK9");
  await expect(cell("Tên giấy tờ", a + 1)).toHaveValue(name3);
  await expect(cell("Số lượng", a + 2)).toHaveValue("02 bản");
  await expect(page.getByLabel("Thời hạn giải quyết", { exact: true })).toHaveValue(limit);
  await expectNoAxeViolations(page);

  // Neither a decision nor a date: refused, not silently effective today.
  await cell("Tên giấy tờ", a + 2).fill(name2);
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.locator(".error-summary")).toContainText(
    "Chọn quyết định công bố, hoặc nhập ngày có hiệu lực.",
  );
  await expect(page.locator(".error-summary")).not.toContainText("Thành phần hồ sơ");
  await expect(cell("Tên giấy tờ", a + 2)).toHaveValue(name2);
  await expect(page.getByLabel("Thời hạn giải quyết", { exact: true })).toHaveValue(limit);
  expect(await versionCount(code)).toBe(before);

  // An explicit date is enough.
  await page.getByLabel(/^Ngày có hiệu lực/).fill("2026-11-30");
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();
  expect(await versionCount(code)).toBe(before + 1);
  const saved = await currentVersion(code);
  expect(saved).toMatchObject({ effective_from: "2026-11-30", effective_stated: 1, announcement_id: null });
  const content = JSON.parse(String(saved.content)) as ProcedureContent;
  expect(content.dossier).toContain(`- ${name1} (mẫu TK9): 01 bản chính\n- ${name3}\n- ${name2}: 02 bản`);
  expect(content.timeLimit).toBe(limit);
  await page.goto(`/vi/don-vi/${slug}/thu-tuc/${code}`);
  await expect(page.getByText(name2)).toBeVisible();
});

test("without JavaScript, rows are added, moved and removed, and the decision gives the effective date", async ({
  page,
  browser,
}) => {
  const first = (await procedureLink(BINH_MINH)).procedureCode;
  const second = (await otherProcedure(first)).procedureCode;
  const { procedureCode: code } = await otherProcedure(first, second);
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const nojs = await context.newPage();
  await nojs.goto(`/quan-ly/thu-tuc/${code}`);
  const legal = nojs.locator("fieldset#legalBasis");
  const rows = legal.locator("li.row");
  const shown = await rows.count();
  await legal.getByRole("button", { name: "Thêm dòng" }).click();
  await expect(rows).toHaveCount(shown + 3);
  const stamp = Date.now();
  const cell = (row: number) => nojs.getByLabel(`Văn bản, dòng ${row}`, { exact: true });
  await cell(shown).fill(`Nghị quyết thử ${stamp}`);
  await cell(shown + 1).fill(`Thông tư sẽ xóa ${stamp}`);
  await cell(shown + 2).fill(`Quyết định thử ${stamp}`);
  await legal.getByRole("button", { name: `Xóa dòng ${shown + 1}` }).click();
  await expect(cell(shown + 1)).toHaveValue(`Quyết định thử ${stamp}`);
  await legal.getByRole("button", { name: `Đưa dòng ${shown + 1} lên` }).click();
  await expect(cell(shown)).toHaveValue(`Quyết định thử ${stamp}`);
  await expect(cell(shown + 1)).toHaveValue(`Nghị quyết thử ${stamp}`);
  const decision = await amendingDecision();
  await nojs.getByLabel("Quyết định công bố").selectOption(decision.id);
  await nojs.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(nojs.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();
  const saved = await currentVersion(code);
  expect(saved).toMatchObject({ effective_from: decision.effectiveOn, effective_stated: 1 });
  const content = JSON.parse(String(saved.content)) as ProcedureContent;
  expect(content.legalBasis).toContain(`- Quyết định thử ${stamp}\n- Nghị quyết thử ${stamp}`);
  expect(content.legalBasis).not.toContain("Thông tư sẽ xóa");
  await context.close();
});

test("the procedure editor fits a 360 px phone and reads in order at 1366 px", async ({ page }) => {
  const { procedureCode: code } = await procedureLink(BINH_MINH);
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/quan-ly/thu-tuc/${code}`);
  const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.slice(0, 2)).toEqual(["Sửa nội dung (tạo phiên bản mới)", "Quy định riêng tại đơn vị"]);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/quan-ly/thu-tuc/${code}`);
  // The header's language switch is the managers' layout's, not this page's.
  const problems = (await phoneProblems(page)).filter((p) => !p.what.startsWith("<button> English"));
  expect(problems.map((p) => `${p.kind}: ${p.what}`)).toEqual([]);
});

test("a bad procedure form names each field in Vietnamese and keeps what was typed", async ({ page }) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/thu-tuc/moi");
  await page.getByLabel("Mã TTHC").fill("MAU.TEST.01");
  await page.getByLabel("Tên thủ tục hành chính").fill("");
  await page.getByLabel("Cơ quan thực hiện").fill("Ủy ban nhân dân cấp xã — giữ nguyên");
  const before = await scalar("SELECT count(*) FROM procedures");
  await page.getByRole("button", { name: "Tạo thủ tục" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Vui lòng sửa các lỗi" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Tên thủ tục hành chính");
  await expect(page.getByLabel("Cơ quan thực hiện")).toHaveValue("Ủy ban nhân dân cấp xã — giữ nguyên");
  await expect(page.getByLabel("Mã TTHC")).toHaveValue("MAU.TEST.01");
  expect(await scalar("SELECT count(*) FROM procedures")).toBe(before);
  await expectNoAxeViolations(page);
});

test("a commune manager sets a local difference for their unit only", async ({ page }) => {
  const link = await procedureLink("p.status = 'in_force' AND u.slug = 'phuong-an-hoa-tthcc'");
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page.goto("/quan-ly/thu-tuc/moi");
  await expect(page.getByText("Bạn không có quyền thêm thủ tục")).toBeVisible();
  await page.goto(`/quan-ly/thu-tuc/${link.procedureCode}`);
  await expect(page.getByText("Sửa nội dung (tạo phiên bản mới)")).toHaveCount(0);
  // One unit in their scope: its local rules are open to edit at once.
  await expect(page.locator("details.unit-rule")).toHaveCount(1);
  await expect(page.locator("details.unit-rule")).toHaveAttribute("open", "");
  const local = `Trả kết quả trong ngày (thử ${Date.now()})`;
  await page.getByLabel("Thời hạn giải quyết tại đơn vị").fill(local);
  await page.getByRole("button", { name: "Lưu quy định riêng" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu quy định riêng" })).toBeVisible();
  await page.goto(`/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`);
  await expect(page.locator(".local").filter({ hasText: local })).toBeVisible();
});

function csvOf(rows: Array<Record<string, string>>): Buffer {
  return Buffer.from(Papa.unparse(rows, { columns: [...recordKeys] }), "utf8");
}

test("an import with errors shows every one per row, column and line, with its text, and writes nothing", async ({
  page,
}) => {
  const good = await currentContent("MAU.HT.01");
  const valid = contentToRecord("MAU.NEW.01", good.fieldCode, { ...good.content, name: "Thủ tục nhập thử" });
  const file = csvOf([
    valid,
    { ...valid, code: "MAU.NEW.02", name: "" },
    {
      ...valid,
      code: "MAU NEW 03",
      level: "Cấp huyện cũ",
      announcementNumber: "9/QĐ",
      announcementDate: "31/02/2025",
    },
    { ...valid, code: "MAU.NEW.04", dossier: "- Đơn;\n- Giấy\u0001 tờ;\n- Bản\u0002 sao;\n- Ảnh\u0003;" },
  ]);
  const before = await scalar("SELECT count(*) FROM procedures");
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/nhap");
  await page
    .getByLabel(/Tệp cần nhập/)
    .setInputFiles({ name: "loi.csv", mimeType: "text/csv", buffer: file });
  await page.getByRole("button", { name: "Kiểm tra tệp (chưa ghi)" }).click();
  await expect(page.getByRole("heading", { name: /Lỗi trong tệp/ })).toBeVisible();
  await expect(page.locator('tr[data-row="3"][data-column="name"]')).toHaveCount(1);
  await expect(page.locator('tr[data-row="4"][data-column="code"]')).toHaveCount(1);
  await expect(page.locator('tr[data-row="4"][data-column="level"]')).toHaveCount(1);
  await expect(page.locator('tr[data-row="4"][data-column="announcementDate"]')).toHaveCount(1);
  // Three bad items of one dossier: all three, each with its line and text.
  const items = page.locator('tr[data-row="5"][data-column="dossier"]');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveAttribute("data-item", "2");
  await expect(items.nth(0)).toContainText("Giấy");
  await expect(items.nth(2)).toHaveAttribute("data-item", "4");
  await expect(page.locator('tr[data-row="2"]')).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Ghi vào hệ thống/ })).toHaveCount(0);
  expect(await scalar("SELECT count(*) FROM procedures")).toBe(before);
});

test("a new field named in an import is created from the dry run in one step and used; a procedure without a national code is marked and linked nowhere", async ({
  page,
}) => {
  const stamp = Date.now();
  const fieldName = `Phòng, chống tệ nạn xã hội ${stamp}`;
  const name = `Cấp phép thi công nút giao đấu nối vào đường tỉnh ${stamp}`;
  const row = {
    name,
    field: fieldName,
    steps: "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.",
    dossier: "- Đơn đề nghị;\nSố lượng hồ sơ: 01 bộ.",
    legalBasis: "- Luật Đường bộ ngày 27 tháng 6 năm 2024.",
    announcementNumber: `${stamp % 10000}/QĐ-UBND`,
    announcementDate: "20/11/2025",
  };
  const file = Buffer.from(JSON.stringify([row]), "utf8");
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/nhap");
  await page.getByLabel(/Ngày có hiệu lực/).fill("");
  await page
    .getByLabel(/Tệp cần nhập/)
    .setInputFiles({ name: "moi.json", mimeType: "application/json", buffer: file });
  await page.getByRole("button", { name: "Kiểm tra tệp (chưa ghi)" }).click();
  await expect(page.getByTestId("new-fields")).toContainText(fieldName);
  await expect(page.getByTestId("new-announcements")).toContainText(row.announcementNumber);
  await page.getByRole("button", { name: "Tạo 1 lĩnh vực mới và ghi vào hệ thống" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi" })).toBeVisible();
  expect(await scalar("SELECT count(*) FROM fields WHERE name = ?", [fieldName])).toBe(1);
  expect(
    await scalar(
      "SELECT count(*) FROM audit_log WHERE action = 'field.create' AND json_extract(details, '$.name') = ?",
      [fieldName],
    ),
  ).toBe(1);
  const created = await testDb.execute({
    sql: `SELECT p.code, p.has_national_code, f.name AS field, v.effective_from, v.effective_stated, a.number
          FROM procedures p JOIN fields f ON f.id = p.field_id
          JOIN procedure_versions v ON v.procedure_id = p.id LEFT JOIN announcements a ON a.id = v.announcement_id
          WHERE v.name = ?`,
    args: [name],
  });
  expect(created.rows[0]).toMatchObject({
    has_national_code: 0,
    field: fieldName,
    effective_from: "2025-11-20",
    effective_stated: 1,
    number: row.announcementNumber,
  });
  const code = String(created.rows[0]?.code);
  expect(code).toMatch(/^DP\./);
  // Offered at a unit, its public page says it has no national code and links nowhere on the portal.
  const unit = await scalar("SELECT id FROM units WHERE slug = 'so-xay-dung'");
  await testDb.execute({
    sql: "INSERT INTO unit_procedures (unit_id, procedure_id) SELECT ?, id FROM procedures WHERE code = ?",
    args: [unit, code],
  });
  await page.goto(`/vi/don-vi/so-xay-dung/thu-tuc/${code}`);
  await expect(page.getByText("chưa có mã quốc gia")).toBeVisible();
  await expect(page.locator('a[href*="dichvucong.gov.vn"]')).toHaveCount(0);
  await expect(page.getByText("Bước 1:")).toBeVisible();
});

test("a good import previews, commits all rows at once, and a re-import changes nothing", async ({
  page,
}) => {
  const existing = await currentContent("MAU.CT.01");
  const stamp = Date.now();
  const rows = [
    contentToRecord(`MAU.IMP.${stamp % 100000}`, existing.fieldCode, {
      ...existing.content,
      name: `Thủ tục nhập ${stamp}`,
    }),
    contentToRecord("MAU.CT.01", existing.fieldCode, { ...existing.content, fees: `Lệ phí mới ${stamp}` }),
  ];
  const versionsBefore = await versionCount("MAU.CT.01");
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  for (const round of [1, 2]) {
    await page.goto("/quan-ly/nhap");
    await page
      .getByLabel(/Tệp cần nhập/)
      .setInputFiles({ name: "tot.csv", mimeType: "text/csv", buffer: csvOf(rows) });
    await page.getByRole("button", { name: "Kiểm tra tệp (chưa ghi)" }).click();
    await expect(page.getByTestId("import-counts")).toHaveText(
      round === 1
        ? "1 thủ tục mới · 1 phiên bản mới · 0 không đổi"
        : "0 thủ tục mới · 0 phiên bản mới · 2 không đổi",
    );
    await page.getByRole("button", { name: "Ghi vào hệ thống" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã ghi" })).toBeVisible();
  }
  // The same rows in XLSX and in JSON change nothing either: one canonical form.
  for (const format of ["xlsx", "json"] as const) {
    await page.goto("/quan-ly/nhap");
    const buffer = Buffer.from(await writeRecords(rows, format));
    await page
      .getByLabel(/Tệp cần nhập/)
      .setInputFiles({ name: `tot.${format}`, mimeType: "application/octet-stream", buffer });
    await page.getByRole("button", { name: "Kiểm tra tệp (chưa ghi)" }).click();
    await expect(page.getByTestId("import-counts")).toHaveText(
      "0 thủ tục mới · 0 phiên bản mới · 2 không đổi",
    );
  }
  expect(await versionCount("MAU.CT.01")).toBe(versionsBefore + 1);
  expect(await scalar("SELECT count(*) FROM procedures WHERE code = ?", [rows[0]?.code ?? ""])).toBe(1);
  const search = await page.request.get(`/search?q=${encodeURIComponent(`Thủ tục nhập ${stamp}`)}`);
  expect(await search.text()).toContain(rows[0]?.code ?? "missing");
});

test("import templates download for staff only", async ({ page, request }) => {
  expect((await request.get("/quan-ly/nhap/mau?dinh-dang=xlsx")).status()).toBe(401);
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const res = await page.request.get("/quan-ly/nhap/mau?dinh-dang=xlsx");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("spreadsheetml");
  expect((await page.request.get("/quan-ly/nhap/mau?dinh-dang=exe")).status()).toBe(400);
});

test("fields are added, renamed and merged by catalogue editors, each audited", async ({ page }) => {
  const stamp = Date.now();
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/linh-vuc");
  for (const name of [`Bảo trợ thử ${stamp}`, `Bảo trợ thử trùng ${stamp}`]) {
    await page.getByLabel("Tên lĩnh vực", { exact: true }).first().fill(name);
    await page.getByRole("button", { name: "Thêm lĩnh vực" }).click();
    await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
  }
  const [keep, duplicate] = await Promise.all([
    scalar("SELECT id FROM fields WHERE name = ?", [`Bảo trợ thử ${stamp}`]),
    scalar("SELECT id FROM fields WHERE name = ?", [`Bảo trợ thử trùng ${stamp}`]),
  ]);
  // A procedure filed under the duplicate moves with the merge.
  await testDb.execute({
    sql: "UPDATE procedures SET field_id = ? WHERE code = 'MAU.XD.01'",
    args: [duplicate],
  });
  await page.goto("/quan-ly/linh-vuc");
  const fieldSection = (name: string) =>
    page.locator("details", { has: page.locator("summary", { hasText: new RegExp(`^${name} \\(`) }) });
  const section = fieldSection(`Bảo trợ thử trùng ${stamp}`);
  await section.locator("summary").click();
  await section.getByLabel("Gộp lĩnh vực này vào").selectOption(String(keep));
  await section.getByRole("button", { name: "Gộp vào lĩnh vực đã chọn" }).click();
  // Merged away: the field is gone from the list, its procedure moved.
  await expect(section).toHaveCount(0);
  expect(await scalar("SELECT count(*) FROM fields WHERE id = ?", [duplicate])).toBe(0);
  expect(await scalar("SELECT field_id FROM procedures WHERE code = 'MAU.XD.01'")).toBe(keep);
  expect(
    await scalar(
      "SELECT count(*) FROM audit_log WHERE action IN ('field.create', 'field.merge') AND entity_id IN (?, ?)",
      [String(keep), String(duplicate)],
    ),
  ).toBe(3);
  await page.goto("/quan-ly/linh-vuc");
  const renamed = fieldSection(`Bảo trợ thử ${stamp}`);
  await renamed.locator("summary").click();
  await renamed.getByLabel("Tên lĩnh vực").fill(`Bảo trợ xã hội thử ${stamp}`);
  await renamed.getByRole("button", { name: "Đổi tên" }).click();
  await expect(fieldSection(`Bảo trợ xã hội thử ${stamp}`).getByRole("status")).toContainText("Đã đổi tên");
  expect(await scalar("SELECT count(*) FROM fields WHERE name = ?", [`Bảo trợ xã hội thử ${stamp}`])).toBe(1);
});

test("a manager who chose English reads the catalogue, its forms and an import's errors in English only", async ({
  page,
  context,
  baseURL,
}) => {
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await context.addCookies([{ name: "hl_lang", value: "en", url: baseURL ?? "" }]);
  const link = await procedureLink("p.status = 'in_force' AND u.slug = 'phuong-binh-minh-tthcc'");
  // Vietnamese text of these screens that must not show in English (the procedures' own content may).
  const vietnamese = [
    "Thủ tục hành chính",
    "Thêm thủ tục",
    "Tìm theo tên",
    "Trạng thái",
    "Đang có hiệu lực",
    "Lưu phiên bản mới",
    "Quy định riêng",
    "Lịch sử phiên bản",
    "Dán nội dung",
    "Quyết định công bố",
    "Thêm quyết định",
    "Thêm lĩnh vực",
    "Gộp lĩnh vực",
    "Nhập thủ tục",
    "Kiểm tra tệp",
    "Các cột của tệp",
    "Ngày có hiệu lực",
    "không bắt buộc",
    "Chưa chọn",
  ];
  const pages: Array<[string, string]> = [
    ["/quan-ly/thu-tuc", "Procedures"],
    ["/quan-ly/thu-tuc/moi", "Add an administrative procedure"],
    ["/quan-ly/cong-bo", "Decisions announcing administrative procedures"],
    ["/quan-ly/linh-vuc", "Fields of administrative procedures"],
    ["/quan-ly/nhap", "Import procedures from a CSV, XLSX or JSON file"],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    const text = ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");
    for (const phrase of vietnamese) expect(text, `${path}: ${phrase}`).not.toContain(phrase);
  }
  await page.goto(`/quan-ly/thu-tuc/${link.procedureCode}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Edit the content (creates a new version)" })).toBeVisible();
  await expect(page.getByLabel("Procedure name", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Dossier components" }).getByLabel("Document, line 1", { exact: true }),
  ).toBeVisible();
  await expect(page.getByLabel("Legal document, line 1", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add lines" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Save a new version" })).toBeVisible();

  // An import's errors name the row and the column in English; the file's own column name is kept.
  const good = await currentContent("MAU.HT.01");
  const valid = contentToRecord("MAU.EN.01", good.fieldCode, { ...good.content, name: "" });
  await page.goto("/quan-ly/nhap");
  await page
    .getByLabel(/File to import/)
    .setInputFiles({ name: "errors.csv", mimeType: "text/csv", buffer: csvOf([valid]) });
  await page.getByRole("button", { name: "Check the file (writes nothing)" }).click();
  await expect(page.getByRole("heading", { name: "Errors in the file errors.csv" })).toBeVisible();
  await expect(page.locator(".error-summary[role=alert]")).toContainText(
    "The file has 1 error. Nothing has been written.",
  );
  const row = page.locator('tr[data-row="2"][data-column="name"]');
  await expect(row.locator("td").nth(1)).toHaveText("Tên thủ tục hành chính");
  await expect(row.locator("td").nth(3)).toHaveText("Procedure name: required");
});
