import { expect, type Page, test } from "@playwright/test";
import type { DossierColumn } from "@/features/dossiers/dossier-import";
import { buildDossierTemplate } from "@/features/dossiers/dossier-template";
import { addDays, localDay } from "@/lib/time";
import { scalar, testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard, expectNoAxeViolations } from "./support/pages";
import { createTestUser } from "./support/users";

// A unit whose one-stop software has no API imports its dossier export: dry run (errors by row and column,
// nothing written), commit all or nothing, and the same file again in the other format changes nothing.

const today = localDay(new Date());
const vn = (day: string) => day.split("-").reverse().join("/");
const yesterday = addDays(today, -1);

function row(values: Partial<Record<DossierColumn, string>>): Record<DossierColumn, string> {
  return {
    code: "",
    procedureCode: "",
    receivedAt: "",
    dueAt: "",
    channel: "",
    receivedBy: "",
    status: "",
    returnedAt: "",
    returnedBy: "",
    complained: "",
    newDueAt: "",
    apologyReason: "",
    ...values,
  };
}

/** The export as one-stop software writes it: with columns the import does not use (the applicant). */
function withApplicant(csv: Uint8Array): Uint8Array {
  const lines = new TextDecoder().decode(csv).split("\r\n");
  const extended = lines.map((line, i) =>
    line === "" ? line : `${line},${i === 0 ? "Người nộp" : "Nguyễn Văn An"}`,
  );
  return new TextEncoder().encode(extended.join("\r\n"));
}

async function communeName(): Promise<string> {
  const rs = await testDb.execute("SELECT name FROM units WHERE slug = 'phuong-an-hoa'");
  return String(rs.rows[0]?.name);
}

async function upload(page: Page, name: string, buffer: Uint8Array) {
  await page.getByLabel("Đơn vị tiếp nhận hồ sơ").selectOption({ label: await communeName() });
  const mimeType = name.endsWith(".csv")
    ? "text/csv"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await page.getByLabel(/Tệp cần nhập/).setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });
  await page.getByRole("button", { name: "Kiểm tra tệp (chưa ghi)" }).click();
}

test("a commune manager imports an export as CSV, then the same as XLSX: errors first, then all rows, then nothing changes", async ({
  page,
}) => {
  const stamp = Date.now();
  const codes = [1, 2, 3].map((n) => `E2E-${stamp}-${n}`);
  const rows = [
    row({
      code: codes[0],
      receivedAt: `${vn(yesterday)} 08:00`,
      dueAt: `${vn(today)} 17:00`,
      channel: "Trực tiếp",
      receivedBy: "CB-01",
      status: "Đã trả kết quả",
      returnedAt: `${vn(yesterday)} 16:00`,
      returnedBy: "CB-02",
      complained: "Không",
    }),
    row({
      code: codes[1],
      receivedAt: `${vn(yesterday)} 09:00`,
      dueAt: vn(addDays(today, 2)),
      channel: "Trực tuyến",
    }),
    row({
      code: codes[2],
      receivedAt: `${vn(yesterday)} 10:00`,
      dueAt: `${vn(today)} 08:00`,
      status: "Đang xử lý",
      newDueAt: `${vn(addDays(today, 3))} 17:00`,
      apologyReason: "Chờ ý kiến của cơ quan phối hợp",
    }),
  ];
  const bad = [
    ...rows.slice(0, 2),
    row({ code: codes[2], receivedAt: "hôm qua", channel: "Qua mạng", status: "Đang xử lý" }),
  ];
  const stored = () =>
    scalar(`SELECT count(*) FROM dossiers WHERE code IN (?, ?, ?)`, [
      codes[0] ?? "",
      codes[1] ?? "",
      codes[2] ?? "",
    ]);

  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  await page.getByRole("navigation").getByRole("link", { name: "Nhập hồ sơ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nhập hồ sơ từ tệp CSV hoặc XLSX");
  await expectNoAxeViolations(page);

  // A file with errors: each named by its row and column; nothing written, nothing to commit.
  await upload(page, "ho-so-loi.csv", await buildDossierTemplate("csv", undefined, bad));
  await expect(page.getByRole("heading", { name: /Lỗi trong tệp ho-so-loi\.csv/ })).toBeVisible();
  await expect(page.locator('tr[data-row="4"][data-column="receivedAt"]')).toContainText("Ngày tiếp nhận");
  await expect(page.locator('tr[data-row="4"][data-column="channel"]')).toContainText("Qua mạng");
  await expect(page.locator('tr[data-row="2"]')).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ghi vào hệ thống" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await stored()).toBe(0);

  // The corrected file: a preview, still nothing written; then the commit writes every row.
  await upload(page, "ho-so.csv", withApplicant(await buildDossierTemplate("csv", undefined, rows)));
  await expect(page.getByTestId("import-counts")).toHaveText("3 hồ sơ mới · 0 hồ sơ cập nhật · 0 không đổi");
  // The software's other columns are left out, and named.
  await expect(page.getByTestId("ignored-columns")).toContainText("Người nộp");
  await expect(page.locator('tr[data-action="create"]')).toHaveCount(3);
  expect(await stored()).toBe(0);
  await page.getByRole("button", { name: "Ghi vào hệ thống" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi: 3 hồ sơ mới" })).toBeVisible();
  expect(await stored()).toBe(3);
  expect(
    await scalar(
      "SELECT count(*) FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = ?",
      [codes[2] ?? ""],
    ),
  ).toBe(1);
  expect(await scalar("SELECT timeliness = 'early' FROM dossiers WHERE code = ?", [codes[0] ?? ""])).toBe(1);

  // The same dossiers as an Excel file: every row unchanged, and committing it writes no dossier.
  const audits = await scalar("SELECT count(*) FROM audit_log WHERE entity = 'dossier'");
  await page.reload();
  await upload(page, "ho-so.xlsx", await buildDossierTemplate("xlsx", undefined, rows));
  await expect(page.getByTestId("import-counts")).toHaveText("0 hồ sơ mới · 0 hồ sơ cập nhật · 3 không đổi");
  await page.getByRole("button", { name: "Ghi vào hệ thống" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi: 0 hồ sơ mới" })).toBeVisible();
  expect(await stored()).toBe(3);
  expect(await scalar("SELECT count(*) FROM audit_log WHERE entity = 'dossier'")).toBe(audits);
  expect(
    await scalar(
      "SELECT count(*) FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE d.code = ?",
      [codes[2] ?? ""],
    ),
  ).toBe(1);
});

test("the templates download with the Vietnamese headers", async ({ page }) => {
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  const csv = await page.request.get("/quan-ly/ho-so/nhap/mau?dinh-dang=csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toContain("mau-nhap-ho-so.csv");
  expect((await csv.text()).replace(/^\uFEFF/, "")).toMatch(/^Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Hẹn trả/);
  const xlsx = await page.request.get("/quan-ly/ho-so/nhap/mau?dinh-dang=xlsx");
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  expect((await page.request.get("/quan-ly/ho-so/nhap/mau?dinh-dang=pdf")).status()).toBe(400);
});

test("a viewer is refused: no link and no form (the actions are tried in authorization.spec.ts)", async ({
  page,
}) => {
  const viewer = await createTestUser({ role: "unit_viewer", unitSlug: "phuong-an-hoa" });
  await new Dashboard(page).signIn(viewer.email);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Nhập hồ sơ" })).toHaveCount(0);
  await page.goto("/quan-ly/ho-so/nhap");
  await expect(page.getByText("Bạn không có quyền ghi hồ sơ của đơn vị nào.")).toBeVisible();
  await expect(page.getByLabel(/Tệp cần nhập/)).toHaveCount(0);
});
