import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { procedureLink, testDb } from "./support/db";
import { expectNoAxeViolations } from "./support/pages";

test("a procedure page is cached, small and accessible", async ({ page, request }) => {
  const link = await procedureLink("p.status = 'in_force'");
  const url = `/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`;
  await request.get(url);
  const second = await request.get(url);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  const html = await second.body();
  expect(gzipSync(html).length).toBeLessThanOrEqual(30 * 1024);
  await page.goto(url);
  await expectNoAxeViolations(page);
});

test("forms download with their type and file name", async ({ request }) => {
  const rs = await testDb.execute(
    "SELECT p.code, f.code AS form, f.file_name FROM forms f JOIN procedures p ON p.id = f.procedure_id LIMIT 1",
  );
  const row = rs.rows[0];
  const res = await request.get(`/bieu-mau/${row?.code}/${encodeURIComponent(String(row?.form))}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/rtf");
  expect(res.headers()["content-disposition"]).toContain(String(row?.file_name));
  expect((await res.body()).subarray(0, 6).toString()).toBe("{\\rtf1");
  expect((await request.get("/bieu-mau/MAU.HT.01/KHONG-CO")).status()).toBe(404);
});

test("an amended procedure keeps its history, and the old version says it is no longer in force", async ({
  page,
}) => {
  const link = await procedureLink("p.status = 'amended'");
  await page.goto(`/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`);
  await page.getByRole("link", { name: "xem lịch sử các phiên bản" }).click();
  await expect(page.getByRole("heading", { name: "Lịch sử phiên bản" })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Phiên bản 1" }).click();
  await expect(page.getByText(/Đây là phiên bản 1, đã hết hiệu lực từ ngày/)).toBeVisible();
  await page.getByRole("link", { name: "Xem phiên bản hiện hành" }).click();
  await expect(page.getByText("Đã được sửa đổi, bổ sung (đang có hiệu lực)")).toBeVisible();
});
