import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { addDays, lastDays } from "../lib/time";
import { scalar, testDb } from "./support/db";
import { COMMUNE_MANAGER, Dashboard } from "./support/pages";

const unitId = (slug: string) => scalar("SELECT id FROM units WHERE slug = ?", [slug]);

interface DbResponse {
  id: number;
  localDay: string;
  unitId: number;
  channel: string;
  instrument: string;
  flagged: number;
  comment: string | null;
  answers: Map<string, number | null>;
}

/** The responses of a unit's subtree and of the units merged into them, read straight from the tables. */
async function responsesOf(slug: string, from: string, to: string): Promise<DbResponse[]> {
  const rs = await testDb.execute({
    sql: `WITH RECURSIVE sub(id) AS (
            SELECT id FROM units WHERE slug = ?
            UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id
            UNION SELECT l.predecessor_id FROM unit_lineage l JOIN sub ON l.successor_id = sub.id)
          SELECT r.id, r.local_day, r.unit_id, r.channel, i.key, r.flagged, r.comment,
            (SELECT json_group_object(a.item_key, a.value) FROM answers a WHERE a.response_id = r.id) AS answers
          FROM responses r JOIN instruments i ON i.id = r.instrument_id
          WHERE r.unit_id IN (SELECT id FROM sub) AND r.local_day BETWEEN ? AND ?`,
    args: [slug, from, to],
  });
  return rs.rows.map((r) => ({
    id: Number(r.id),
    localDay: String(r.local_day),
    unitId: Number(r.unit_id),
    channel: String(r.channel),
    instrument: String(r.key),
    flagged: Number(r.flagged),
    comment: r.comment === null ? null : String(r.comment),
    answers: new Map(Object.entries(JSON.parse(String(r.answers ?? "{}")) as Record<string, number | null>)),
  }));
}

function parseCsv(text: string): Array<Record<string, string>> {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
}

const ID = "Mã phiếu";

function expectRowsMatch(rows: Array<Record<string, string>>, expected: DbResponse[]) {
  expect(rows.map((r) => Number(r[ID])).sort((a, b) => a - b)).toEqual(
    expected.map((r) => r.id).sort((a, b) => a - b),
  );
  const byId = new Map(expected.map((r) => [r.id, r]));
  for (const row of rows) {
    const db = byId.get(Number(row[ID]));
    if (!db) throw new Error(`unexpected row ${row[ID]}`);
    expect(row.Ngày).toBe(db.localDay);
    expect(Number(row["Mã đơn vị"])).toBe(db.unitId);
    expect(row.Kênh).toBe(db.channel);
    expect(row["Phiếu khảo sát"]).toBe(db.instrument);
    expect(row["Gắn cờ"]).toBe(String(db.flagged));
    // A comment a spreadsheet would run as a formula is written with a leading apostrophe.
    const comment = db.comment ?? "";
    expect(row["Góp ý"]).toBe(/^[=+\-@\t\r]/.test(comment) ? `'${comment}` : comment);
    expect(row["Trả lời nhanh (1–3)"]).toBe(String(db.answers.get("quick") ?? ""));
    if (db.instrument === "service") {
      for (const key of ["I.1", "II.3", "III.5", "V.3"]) {
        expect(row[key], `${key} of response ${db.id}`).toBe(String(db.answers.get(key) ?? ""));
      }
    }
  }
}

test("a commune manager downloads the raw responses of a unit and period, and only in scope", async ({
  page,
  playwright,
}) => {
  // Several downloads, each checked row by row against the database.
  test.slow();
  await new Dashboard(page).signIn(COMMUNE_MANAGER);
  const commune = await unitId("phuong-an-hoa");
  await page.goto(`/quan-ly/chi-so/${commune}`);
  const audits = await scalar("SELECT count(*) FROM audit_log WHERE action = 'export.responses'");

  // The drill-down's link: the period in view (last 30 days) for the unit's subtree.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Tải phiếu trả lời \(CSV\)/ }).click();
  const file = await (await download).path();
  const { from, to } = lastDays(30);
  const expected = await responsesOf("phuong-an-hoa", from, to);
  expect(expected.length).toBeGreaterThan(50);
  expect(expected.some((r) => r.instrument === "service")).toBe(true);
  const rows = parseCsv(readFileSync(file, "utf8"));
  expectRowsMatch(rows, expected);
  expect(Object.keys(rows[0] ?? {})).toContain("III.5");
  expect(rows.some((r) => r["Góp ý"] !== "")).toBe(true);

  // One unit and a custom period through the URL.
  const centre = await unitId("phuong-an-hoa-tthcc");
  const since = addDays(to, -90);
  const res = await page.request.get(
    `/quan-ly/xuat/phieu?dinh-dang=csv&tu=${since}&den=${to}&don-vi=${centre}`,
  );
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers()["content-disposition"]).toContain(`phieu-tra-loi-${centre}-${since}-${to}.csv`);
  expectRowsMatch(parseCsv(await res.text()), await responsesOf("phuong-an-hoa-tthcc", since, to));
  expect(await scalar("SELECT count(*) FROM audit_log WHERE action = 'export.responses'")).toBe(audits + 2);

  // Another commune is outside the manager's scope: it does not exist for them.
  const other = await unitId("xa-phu-my");
  const outside = await page.request.get(`/quan-ly/xuat/phieu?dinh-dang=csv&don-vi=${other}`);
  expect(outside.status()).toBe(404);
  expect(await outside.text()).not.toContain("Mã phiếu");
  expect((await page.request.get(`/quan-ly/xuat/phieu?tu=${to}&den=${since}`)).status()).toBe(400);

  // Without a session the route refuses.
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const refused = await anonymous.get(`/quan-ly/xuat/phieu?dinh-dang=csv&don-vi=${commune}`, {
    maxRedirects: 0,
  });
  expect([401, 302, 303, 307]).toContain(refused.status());
  expect(await refused.text()).not.toContain("Mã phiếu");
  await anonymous.dispose();
  expect(await scalar("SELECT count(*) FROM audit_log WHERE action = 'export.responses'")).toBe(audits + 2);
});
