import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { DISCLOSURE_LABELS, disclosureProblem, textAfterLabel } from "./support/disclosure";

test("every seeded procedure page shows all 12 disclosure fields with content (or says the source states none), without JavaScript", async ({
  request,
}) => {
  const rs = await testDb.execute(`
    SELECT DISTINCT p.code, p.is_sample, (SELECT u.slug FROM unit_procedures up JOIN units u ON u.id = up.unit_id
                             WHERE up.procedure_id = p.id ORDER BY up.id LIMIT 1) AS slug,
      (SELECT json_extract(v.content, '$.forms') FROM procedure_versions v
       WHERE v.procedure_id = p.id ORDER BY v.version_no DESC LIMIT 1) AS forms
    FROM procedures p WHERE EXISTS (SELECT 1 FROM unit_procedures WHERE procedure_id = p.id)`);
  expect(rs.rows.length).toBeGreaterThanOrEqual(40);
  for (const row of rs.rows) {
    const url = `/vi/don-vi/${row.slug}/thu-tuc/${row.code}`;
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const html = await res.text();
    for (const label of DISCLOSURE_LABELS) {
      expect(textAfterLabel(html, label).length, `${url} — ${label}`).toBeGreaterThan(0);
      if (label === "Mã TTHC" && Number(row.is_sample) === 1) {
        // The demo's sample codes are no national codes, and the page says so instead of passing one off.
        expect(textAfterLabel(html, label), url).toBe(
          "chưa có mã quốc gia (mã mẫu, không phải mã chính thức)",
        );
        continue;
      }
      if (label === "Tên mẫu đơn, mẫu tờ khai" && row.forms === "") {
        // The stored content states no forms (the demo's two chứng thực procedures): the page says it has no
        // information rather than inventing any.
        expect(textAfterLabel(html, label), url).toBe("Chưa có thông tin");
        continue;
      }
      // Content, not what a page shows in its place ("Chưa có thông tin", "đang cập nhật", "—").
      expect(disclosureProblem(html, label), `${url} — ${label}`).toBeNull();
    }
  }
});
