import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import type { ProcedureContent } from "@/features/catalog/procedure-content";
import { contentToRecord, recordKeys } from "@/features/catalog/procedure-record";
import { writeRecords } from "@/features/imports/procedure-import";
import { procedureLink, scalar, testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";

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

test("editing a procedure creates a new version, shown at once on the public page", async ({ page }) => {
  const link = await procedureLink("p.status = 'in_force' AND u.slug = 'phuong-binh-minh-tthcc'");
  const publicUrl = `/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`;
  await page.goto(publicUrl); // warm the cache: the edit must refresh it
  const before = await versionCount(link.procedureCode);

  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto(`/quan-ly/thu-tuc/${link.procedureCode}`);
  await page.getByText("Sửa nội dung (tạo phiên bản mới)").click();
  const newLimit = `07 ngày làm việc (thử nghiệm ${Date.now()})`;
  await page.getByLabel("Thời hạn giải quyết", { exact: true }).fill(newLimit);
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();
  expect(await versionCount(link.procedureCode)).toBe(before + 1);

  await page.goto(publicUrl);
  // In its section, and (issue #15) summed up in the key facts at the top.
  await expect(page.getByRole("paragraph").filter({ hasText: newLimit })).toBeVisible();
  await expect(page.getByTestId("key-facts")).toContainText(newLimit);

  // Saving the same content again writes nothing.
  await page.goto(`/quan-ly/thu-tuc/${link.procedureCode}`);
  await page.getByText("Sửa nội dung (tạo phiên bản mới)").click();
  await page.getByRole("button", { name: "Lưu phiên bản mới" }).click();
  await expect(page.getByText("Nội dung không thay đổi")).toBeVisible();
  expect(await versionCount(link.procedureCode)).toBe(before + 1);
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
  await expect(page.locator("section h3")).toHaveCount(1);
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
  await page.getByText("Edit the content (creates a new version)").click();
  await expect(page.getByLabel("Procedure name", { exact: true })).toBeVisible();
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
