import { createClient } from "@libsql/client";
import { E2E_DATABASE_FILE } from "./env";

/** Read access to the e2e server's throwaway database, to check what was (or was not) written. */
export const testDb = createClient({ url: `file:${E2E_DATABASE_FILE}`, timeout: 5000 });

export async function scalar(sql: string, args: Array<string | number> = []): Promise<number> {
  const rs = await testDb.execute({ sql, args });
  return Number(rs.rows[0]?.[0] ?? 0);
}

export async function unitLinkCode(unitSlug: string): Promise<string> {
  const rs = await testDb.execute({
    sql: "SELECT l.code FROM short_links l JOIN units u ON u.id = l.unit_id WHERE u.slug = ? AND l.kind = 'unit'",
    args: [unitSlug],
  });
  const code = rs.rows[0]?.code;
  if (typeof code !== "string") throw new Error(`no unit link for ${unitSlug}`);
  return code;
}

export async function procedureLink(
  where: string,
): Promise<{ code: string; slug: string; procedureCode: string }> {
  const rs = await testDb.execute(`
    SELECT l.code, u.slug, p.code AS procedure_code
    FROM short_links l JOIN unit_procedures up ON up.id = l.unit_procedure_id
    JOIN units u ON u.id = up.unit_id JOIN procedures p ON p.id = up.procedure_id
    WHERE ${where} ORDER BY l.code LIMIT 1`);
  const row = rs.rows[0];
  if (!row) throw new Error(`no procedure link where ${where}`);
  return { code: String(row.code), slug: String(row.slug), procedureCode: String(row.procedure_code) };
}

export const responseCount = () => scalar("SELECT count(*) FROM responses");
