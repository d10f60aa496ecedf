import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { procedures, procedureVersions } from "@/db/schema";
import { asCurrentContent } from "@/features/catalog/procedure-content";
import { canonicalContentHash } from "@/features/catalog/procedure-hash";
import { isNationalCode } from "@/features/catalog/procedure-record";

/**
 * Brings stored procedures up to the current content model (idempotent; part of every migration run):
 * content of the first version becomes published text section by section (lib/procedure-content.ts,
 * nothing lost), and codes that are not national ones are marked so they are never linked to the portal.
 */
export async function upgradeProcedureContent(db: Database): Promise<number> {
  const old = await db.all<{ id: number; content: string }>(sql`
    SELECT id, content FROM procedure_versions WHERE json_extract(content, '$.v') IS NULL`);
  const updates = old.map((row) => {
    const content = asCurrentContent(JSON.parse(row.content));
    return db
      .update(procedureVersions)
      .set({ content, contentHash: canonicalContentHash(content) })
      .where(eq(procedureVersions.id, row.id));
  });
  const codes = await db.select({ id: procedures.id, code: procedures.code }).from(procedures);
  const local = codes.filter((p) => !isNationalCode(p.code)).map((p) => p.id);
  const marks =
    local.length > 0
      ? [
          db
            .update(procedures)
            .set({ hasNationalCode: false })
            .where(
              sql`${procedures.id} IN (SELECT value FROM json_each(${JSON.stringify(local)})) AND ${procedures.hasNationalCode} = 1`,
            ),
        ]
      : [];
  const statements = [...updates, ...marks];
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
  return old.length;
}
