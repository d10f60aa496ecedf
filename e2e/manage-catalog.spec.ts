import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import type { ProcedureContent } from "../lib/procedure-content";
import { contentToRecord, recordKeys } from "../lib/procedure-record";
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
  await expect(page.getByText(newLimit)).toBeVisible();

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

test("an import with errors shows them per row and column and writes nothing", async ({ page }) => {
  const good = await currentContent("MAU.HT.01");
  const valid = contentToRecord("MAU.NEW.01", good.fieldCode, { ...good.content, name: "Thủ tục nhập thử" });
  const file = csvOf([
    valid,
    { ...valid, code: "MAU.NEW.02", name: "" },
    { ...valid, code: "MAU.NEW.03", fieldCode: "KHONGCO", steps: "" },
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
  await expect(page.locator('tr[data-row="4"][data-column="fieldCode"]')).toHaveCount(1);
  await expect(page.locator('tr[data-row="4"][data-column="steps"]')).toHaveCount(1);
  await expect(page.locator('tr[data-row="2"]')).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ghi vào hệ thống" })).toHaveCount(0);
  expect(await scalar("SELECT count(*) FROM procedures")).toBe(before);
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
