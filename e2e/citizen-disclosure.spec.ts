import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { procedureLink, testDb } from "./support/db";
import { expectNoAxeViolations } from "./support/pages";
import { expectFitsPhone, PHONE } from "./support/phone";

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

// ---------------------------------------------------------------- issue #15: the top of the page, forms

test.describe("on a 360 px phone", () => {
  test.use(PHONE);

  test("the top of a procedure page sums it up: time limit, fee, where, documents, channels, the rating", async ({
    page,
  }) => {
    // A procedure the commune centre of An Hòa shortens: its own rule is the one summed up.
    const link = await procedureLink(
      "u.slug = 'phuong-an-hoa-tthcc' AND up.local_time_limit IS NOT NULL AND p.status = 'in_force'",
    );
    const local = await testDb.execute({
      sql: `SELECT up.local_time_limit, up.local_place FROM unit_procedures up JOIN units u ON u.id = up.unit_id
            JOIN procedures p ON p.id = up.procedure_id WHERE u.slug = ? AND p.code = ?`,
      args: [link.slug, link.procedureCode],
    });
    const row = local.rows[0];
    await page.goto(`/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`);
    const facts = page.getByTestId("key-facts");
    await expect(facts.getByRole("heading", { level: 2, name: "Thông tin chính" })).toBeVisible();
    // It comes before the first section of the full text.
    const factsBox = await facts.boundingBox();
    const steps = await page.getByRole("heading", { level: 2, name: "Trình tự thực hiện" }).boundingBox();
    expect(factsBox && steps && factsBox.y < steps.y).toBe(true);
    await expect(facts.locator("dt")).toContainText([
      "Thời hạn giải quyết",
      "Phí, lệ phí",
      "Nơi tiếp nhận",
      "Hồ sơ cần nộp",
      "Cách thức thực hiện",
    ]);
    await expect(facts).toContainText(`${row?.local_time_limit} (quy định riêng của đơn vị)`);
    await expect(facts).toContainText(String(row?.local_place));
    await expect(facts).toContainText(/\d+ loại giấy tờ|Tùy trường hợp/);
    await expect(facts).not.toContainText(/undefined|null|NaN/);
    // The rating is reachable from the top as well as at the bottom.
    const rate = facts.getByRole("link", { name: "Đã làm thủ tục này? Đánh giá sự hài lòng" });
    await expect(rate).toHaveAttribute("href", `/vi/danh-gia/${link.code}`);
    await expect(page.getByRole("link", { name: "Đánh giá sự hài lòng", exact: true })).toHaveAttribute(
      "href",
      `/vi/danh-gia/${link.code}`,
    );
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
    // Links down to the sections work without JavaScript.
    await facts.getByRole("link", { name: "Phí, lệ phí" }).click();
    await expect(page).toHaveURL(/#phi-le-phi$/);
    await rate.click();
    await expect(page).toHaveURL(new RegExp(`/vi/danh-gia/${link.code}`));
  });

  test("a unit's 'shortened' limit is never shown beside a national limit it does not shorten", async ({
    page,
  }) => {
    // Same-day procedures at the centre with its local rules: the demo gives them a place but no time limit.
    const rs = await testDb.execute(`
      SELECT p.code, up.local_time_limit FROM unit_procedures up JOIN units u ON u.id = up.unit_id
      JOIN procedures p ON p.id = up.procedure_id
      JOIN procedure_versions v ON v.procedure_id = p.id AND v.effective_to IS NULL
      WHERE u.slug = 'phuong-an-hoa-tthcc' AND up.local_place IS NOT NULL AND p.status <> 'abolished'
        AND (json_extract(v.content, '$.timeLimit') LIKE 'Ngay trong ngày%'
          OR json_extract(v.content, '$.timeLimit') LIKE 'Trong ngày%')`);
    expect(rs.rows.length).toBeGreaterThan(0);
    for (const row of rs.rows) expect(row.local_time_limit, String(row.code)).toBeNull();
    await page.goto(`/vi/don-vi/phuong-an-hoa-tthcc/thu-tuc/${rs.rows[0]?.code}`);
    await expect(page.getByTestId("key-facts")).toContainText(
      /Thời hạn giải quyết\s*(Ngay trong|Trong) ngày/,
    );
    await expect(page.getByText(/Rút ngắn/)).toHaveCount(0);
  });

  test("forms say their type and size, with a PDF beside the RTF", async ({ page, request }) => {
    const link = await procedureLink("p.status = 'in_force' AND u.slug = 'xa-long-hung-tthcc'");
    await page.goto(`/vi/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`);
    const forms = page.locator("h2#bieu-mau + ul");
    const rtf = forms.getByRole("link", { name: /\(RTF, \d+ KB\)$/ }).first();
    const pdf = forms.getByRole("link", { name: /^bản PDF \(\d+ KB\)/ }).first();
    await expect(rtf).toBeVisible();
    await expect(pdf).toBeVisible();
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
    const pdfHref = String(await pdf.getAttribute("href"));
    expect(pdfHref).toBe(`${await rtf.getAttribute("href")}/pdf`);
    const res = await request.get(pdfHref);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toMatch(/\.pdf"/);
    const body = await res.body();
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    // The size said on the page is the file's.
    const kb = Number(/\((\d+) KB\)/.exec((await pdf.textContent()) ?? "")?.[1]);
    expect(kb).toBe(Math.max(1, Math.ceil(body.length / 1024)));
    expect((await request.get("/bieu-mau/MAU.HT.01/KHONG-CO/pdf")).status()).toBe(404);
  });

  test("an RTF form without its PDF says so", async ({ page }) => {
    // A procedure page no other test opens: its forms lose their PDFs, then the page is rendered.
    const rs = await testDb.execute(`
      SELECT p.id, p.code FROM procedures p JOIN forms f ON f.procedure_id = p.id
      JOIN unit_procedures up ON up.procedure_id = p.id JOIN units u ON u.id = up.unit_id
      WHERE u.slug = 'xa-my-xuyen-tthcc' AND p.status = 'in_force' ORDER BY p.id DESC LIMIT 1`);
    const row = rs.rows[0];
    const saved = await testDb.execute({
      sql: "SELECT id, pdf_data, pdf_size, pdf_sha256 FROM forms WHERE procedure_id = ?",
      args: [Number(row?.id)],
    });
    await testDb.execute({
      sql: "UPDATE forms SET pdf_data = NULL, pdf_size = NULL, pdf_sha256 = NULL WHERE procedure_id = ?",
      args: [Number(row?.id)],
    });
    try {
      await page.goto(`/vi/don-vi/xa-my-xuyen-tthcc/thu-tuc/${row?.code}`);
      const forms = page.locator("h2#bieu-mau + ul");
      await expect(forms.getByText("chưa có bản PDF").first()).toBeVisible();
      await expect(forms.getByRole("link", { name: /bản PDF/ })).toHaveCount(0);
    } finally {
      for (const f of saved.rows) {
        await testDb.execute({
          sql: "UPDATE forms SET pdf_data = ?, pdf_size = ?, pdf_sha256 = ? WHERE id = ?",
          args: [f.pdf_data ?? null, f.pdf_size ?? null, f.pdf_sha256 ?? null, f.id ?? null],
        });
      }
    }
  });

  test("the national portal is linked only where the link resolves", async ({ page }) => {
    // A demo procedure made official for this test, on pages no other test opens.
    const rs = await testDb.execute(`
      SELECT p.id, p.code FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id
      JOIN units u ON u.id = up.unit_id
      WHERE u.slug = 'xa-vinh-thanh-tthcc' AND p.status = 'in_force' ORDER BY p.id DESC LIMIT 1`);
    const id = Number(rs.rows[0]?.id);
    const code = String(rs.rows[0]?.code);
    const portalPage =
      "https://thutuc.dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=7200";
    await testDb.execute({
      sql: "UPDATE procedures SET is_sample = 0, has_national_code = 1 WHERE id = ?",
      args: [id],
    });
    try {
      // Without the portal's own id: its search, with the code to type — never a page built from the code.
      await page.goto(`/vi/don-vi/xa-vinh-thanh-tthcc/thu-tuc/${code}`);
      const search = page.getByRole("link", {
        name: `tra cứu trên Cổng Dịch vụ công quốc gia (nhập mã ${code})`,
      });
      await expect(search).toHaveAttribute(
        "href",
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html",
      );
      await expect(page.locator(`a[href*="ma_thu_tuc=${code}"]`)).toHaveCount(0);
      // With it: the procedure's page on the portal.
      await testDb.execute({
        sql: "UPDATE procedures SET portal_url = ? WHERE id = ?",
        args: [portalPage, id],
      });
      await page.goto(`/vi/don-vi/dac-khu-hon-ngoc-tthcc/thu-tuc/${code}`);
      await expect(page.getByRole("link", { name: "xem trên Cổng Dịch vụ công quốc gia" })).toHaveAttribute(
        "href",
        portalPage,
      );
    } finally {
      await testDb.execute({
        sql: "UPDATE procedures SET is_sample = 1, has_national_code = 0, portal_url = NULL WHERE id = ?",
        args: [id],
      });
    }
  });

  test("in English: the summary, the rating and the downloads speak English", async ({ page }) => {
    const link = await procedureLink("p.status = 'in_force' AND u.slug = 'phuong-hoa-lac-tthcc'");
    await page.goto(`/en/don-vi/${link.slug}/thu-tuc/${link.procedureCode}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const facts = page.getByTestId("key-facts");
    await expect(facts.getByRole("heading", { name: "At a glance" })).toBeVisible();
    await expect(facts.locator("dt").first()).toHaveText("Processing time");
    await expect(facts.getByRole("link", { name: "Done this procedure? Rate our service" })).toHaveAttribute(
      "href",
      `/en/danh-gia/${link.code}`,
    );
    await expect(
      page
        .locator("h2#bieu-mau + ul")
        .getByRole("link", { name: /^PDF version \(\d+ KB\)/ })
        .first(),
    ).toBeVisible();
    await expect(page.getByText("Thông tin chính")).toHaveCount(0);
    await expectFitsPhone(page);
    await expectNoAxeViolations(page);
  });
});
