import { expect, test } from "@playwright/test";
import { testDb } from "./support/db";
import { DISCLOSURE_LABELS, textAfterLabel } from "./support/disclosure";

test("every seeded procedure page shows all 12 disclosure fields with content, without JavaScript", async ({
  request,
}) => {
  const rs = await testDb.execute(`
    SELECT DISTINCT p.code, (SELECT u.slug FROM unit_procedures up JOIN units u ON u.id = up.unit_id
                             WHERE up.procedure_id = p.id ORDER BY up.id LIMIT 1) AS slug
    FROM procedures p WHERE EXISTS (SELECT 1 FROM unit_procedures WHERE procedure_id = p.id)`);
  expect(rs.rows.length).toBeGreaterThanOrEqual(40);
  for (const row of rs.rows) {
    const url = `/vi/don-vi/${row.slug}/thu-tuc/${row.code}`;
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const html = await res.text();
    for (const label of DISCLOSURE_LABELS) {
      expect(textAfterLabel(html, label).length, `${url} — ${label}`).toBeGreaterThan(0);
    }
  }
});
