import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { emptyRecord } from "@/features/catalog/procedure-record";
import { rowsFromText } from "@/features/catalog/row-lists";
import { normalizeText } from "@/features/catalog/structured-text";
import { writeRecords } from "@/features/imports/procedure-import";
import {
  REAL_DIR,
  type RealProcedure,
  realLists,
  realProcedures,
  realRecord,
  SECTION_COLUMNS,
} from "../test/real-procedures";
import { scalar, testDb } from "./support/db";
import { Dashboard, expectNoAxeViolations, PROVINCE_ADMIN } from "./support/pages";

/**
 * Real procedures as ministries and provinces publish them (test/fixtures/procedures/real), loaded as
 * staff would — a file in the import template, a paste from the decision — and read on their pages.
 */
const UNIT = "trung-tam-phuc-vu-hcc-tinh";
const real = realProcedures();
const firstOfCode = real.filter((p, i) => !p.code || real.findIndex((q) => q.code === p.code) === i);
const squeeze = (s: string) => s.replace(/\s+/g, "");

async function importFile(page: Page, name: string, buffer: Buffer, unitName: string) {
  await page.goto("/quan-ly/nhap");
  await page.getByLabel(/Gắn thủ tục mới cho đơn vị/).selectOption({ label: unitName });
  await page.getByLabel(/Tệp cần nhập/).setInputFiles({ name, mimeType: "application/octet-stream", buffer });
  await page.getByRole("button", { name: "Kiểm tra tệp (chưa ghi)" }).click();
  await expect(page.getByTestId("import-counts")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: /ghi vào hệ thống/i }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi" })).toBeVisible({ timeout: 30_000 });
}

/** Every paragraph and list item of each section the source has is on the page (whitespace aside). */
async function expectEverySection(page: Page, p: RealProcedure, code: string) {
  await page.goto(`/vi/don-vi/${UNIT}/thu-tuc/${encodeURIComponent(code)}`);
  // textContent: the cases of a dossier are collapsed (closed <details>), but their text is on the page.
  const shown = squeeze((await page.locator("main article").textContent()) ?? "");
  for (const [section] of Object.entries(SECTION_COLUMNS)) {
    const source = p.sections[section];
    if (!source) continue;
    for (const line of normalizeText(source).split("\n")) {
      expect(shown.includes(squeeze(line)), `${p.id} ${section}: ${line.slice(0, 80)}`).toBe(true);
    }
  }
}

test("real procedures import with no error in JSON and read whole on their pages; a list-only decision reads 'đang cập nhật'", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const unitName = String(
    (await testDb.execute({ sql: "SELECT name FROM units WHERE slug = ?", args: [UNIT] })).rows[0]?.name,
  );
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  const file = Buffer.from(await writeRecords(firstOfCode.map(realRecord), "json"));
  await importFile(page, "that.json", file, unitName);
  const codeOf = async (p: RealProcedure) =>
    p.code ??
    String(
      (
        await testDb.execute({
          sql: "SELECT p.code FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id WHERE v.name = ?",
          args: [p.name],
        })
      ).rows[0]?.code,
    );
  for (const p of firstOfCode) await expectEverySection(page, p, await codeOf(p));

  // A source without a code, level or dated decision: the page says so and invents nothing.
  const bare = firstOfCode.find((p) => p.id === "son-la-01");
  if (bare) {
    await page.goto(`/vi/don-vi/${UNIT}/thu-tuc/${encodeURIComponent(await codeOf(bare))}`);
    await expect(page.getByText("chưa có mã quốc gia")).toBeVisible();
    await expect(page.locator('a[href*="dichvucong.gov.vn"]')).toHaveCount(0);
    const facts = page.locator("dl.facts").first();
    await expect(facts.locator("dt", { hasText: "Cấp thực hiện" }).locator("+ dd")).toHaveText(
      "Chưa có thông tin",
    );
    const publication = page.locator("dl.facts.small");
    await expect(publication.locator("dt", { hasText: "Ngày có hiệu lực" }).locator("+ dd")).toHaveText(
      "Chưa có thông tin",
    );
  }

  // The longest dossier, with its cases, is grouped and collapsible (no JavaScript needed), and passes axe.
  const residence = firstOfCode.find((p) => p.id === "bo-cong-an-qd320-01");
  if (residence?.code) {
    await page.goto(`/vi/don-vi/${UNIT}/thu-tuc/${residence.code}`);
    expect(await page.locator("details.case").count()).toBeGreaterThanOrEqual(2);
    await expectNoAxeViolations(page);
  }

  const [list] = realLists();
  if (!list) throw new Error("no list-only fixture");
  const records = list.rows.map((r) => ({
    ...emptyRecord(),
    code: r.code ?? "",
    name: r.name,
    field: r.field,
    level: r.level ?? "",
  }));
  await importFile(page, "danh-muc.csv", Buffer.from(await writeRecords(records, "csv")), unitName);
  const listed = list.rows.find((r) => r.code);
  await page.goto(`/vi/don-vi/${UNIT}/thu-tuc/${listed?.code}`);
  await expect(page.getByTestId("pending-content")).toContainText("đang được cập nhật");
  await page.goto(`/vi/don-vi/${UNIT}`);
  await expect(
    page
      .locator(".plist li")
      .filter({ hasText: listed?.name ?? "" })
      .first(),
  ).toContainText("Đang cập nhật");
});

test("a procedure pasted from its decision is read field by field, corrected and saved, and reads whole", async ({
  page,
}) => {
  const p = real.find((r) => r.id === "bo-cong-an-qd320-02");
  if (!p) throw new Error("fixture missing");
  const stamp = Date.now();
  await new Dashboard(page).signIn(PROVINCE_ADMIN);
  await page.goto("/quan-ly/thu-tuc/moi");
  await page.getByLabel(/Nội dung một thủ tục/).fill(readFileSync(join(REAL_DIR, `${p.id}.txt`), "utf8"));
  await page.getByRole("button", { name: "Đọc nội dung" }).click();
  await expect(page.getByTestId("pasted-fields")).toContainText("Thành phần, số lượng hồ sơ");
  // The dossier read from the decision fills the rows of "Thành phần hồ sơ", one per line, as published.
  const dossier = page.getByRole("group", { name: "Thành phần hồ sơ" });
  const lines = rowsFromText("dossier", normalizeText(p.sections.dossier ?? ""));
  expect(lines.length).toBeGreaterThan(3);
  for (const [i, line] of lines.entries()) {
    for (const [column, label] of [
      ["name", "Tên giấy tờ"],
      ["copies", "Số lượng"],
      ["formCode", "Mã mẫu"],
    ] as const) {
      await expect(dossier.getByLabel(`${label}, dòng ${i + 1}`, { exact: true })).toHaveValue(
        line.cells[column] ?? "",
      );
    }
  }
  await expect(page.getByLabel("Mã TTHC")).toHaveValue("1.003197");
  // Corrected before saving: a code of its own (the real one may be in the catalogue already) and a field.
  await page.getByLabel("Mã TTHC").fill(`9.${String(stamp).slice(-6)}`);
  await page.getByLabel("Lĩnh vực", { exact: true }).selectOption("HT");
  await page.getByLabel("Thực hiện tại đơn vị").selectOption({ label: await unitNameOf(UNIT) });
  // The pasted text names no decision in the catalogue: the date of QĐ 320/QĐ-BCA is stated instead.
  await page.getByLabel(/^Ngày có hiệu lực/).fill("2024-01-16");
  await page.getByRole("button", { name: "Tạo thủ tục" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu phiên bản" })).toBeVisible();
  const code = `9.${String(stamp).slice(-6)}`;
  expect(await scalar("SELECT count(*) FROM procedures WHERE code = ?", [code])).toBe(1);
  await expectEverySection(page, p, code);
});

async function unitNameOf(slug: string): Promise<string> {
  return String(
    (await testDb.execute({ sql: "SELECT name FROM units WHERE slug = ?", args: [slug] })).rows[0]?.name,
  );
}
