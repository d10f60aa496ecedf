import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { fieldCodeFor } from "@/lib/field-code";
import { getDb } from "../client";
import { auditLog, fields, procedures } from "../schema";
import { reindexProcedures } from "../search-index";

/** Fields with the number of procedures in each, by name. */
export async function listFieldsWithCounts() {
  return getDb()
    .select({
      id: fields.id,
      code: fields.code,
      name: fields.name,
      nameEn: fields.nameEn,
      procedures:
        sql<number>`(SELECT count(*) FROM ${procedures} WHERE ${procedures.fieldId} = ${fields.id})`.mapWith(
          Number,
        ),
    })
    .from(fields)
    .orderBy(asc(fields.name));
}

type Outcome =
  | { ok: true; procedureIds?: number[] }
  | { ok: false; field: "name" | "code" | "targetId" | "id"; message: string };

const folded = (s: string) => s.trim().toLocaleLowerCase("vi").normalize("NFC");

/** A new field (code made from its name when none is given), audited in the same transaction. */
export async function createField(
  input: { code: string | null; name: string; nameEn: string | null },
  userId: string,
): Promise<Outcome> {
  return getDb().transaction(
    async (tx) => {
      const all = await tx.select({ code: fields.code, name: fields.name }).from(fields);
      if (all.some((f) => folded(f.name) === folded(input.name))) {
        return { ok: false, field: "name", message: "Đã có lĩnh vực cùng tên / a field of that name exists" };
      }
      const taken = new Set(all.map((f) => f.code));
      if (input.code && taken.has(input.code)) {
        return { ok: false, field: "code", message: "Mã lĩnh vực đã có / code already used" };
      }
      const code = input.code ?? fieldCodeFor(input.name, taken);
      const [row] = await tx
        .insert(fields)
        .values({ code, name: input.name, nameEn: input.nameEn })
        .returning({ id: fields.id });
      if (!row) throw new Error("field not created");
      await tx.insert(auditLog).values({
        userId,
        action: "field.create",
        entity: "field",
        entityId: String(row.id),
        details: { code, name: input.name, nameEn: input.nameEn },
      });
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

/** Renames a field (its procedures follow; search is reindexed), audited in the same transaction. */
export async function renameField(
  id: number,
  input: { name: string; nameEn: string | null },
  userId: string,
): Promise<Outcome> {
  const touched = await getDb().transaction(
    async (tx) => {
      const [current] = await tx.select().from(fields).where(eq(fields.id, id));
      if (!current)
        return { ok: false, field: "id", message: "Không tìm thấy lĩnh vực / unknown field" } as const;
      const same = await tx.select({ id: fields.id, name: fields.name }).from(fields);
      if (same.some((f) => f.id !== id && folded(f.name) === folded(input.name))) {
        return {
          ok: false,
          field: "name",
          message: "Đã có lĩnh vực cùng tên; hãy gộp / a field of that name exists: merge",
        } as const;
      }
      await tx.update(fields).set({ name: input.name, nameEn: input.nameEn }).where(eq(fields.id, id));
      await tx.insert(auditLog).values({
        userId,
        action: "field.rename",
        entity: "field",
        entityId: String(id),
        details: { from: { name: current.name, nameEn: current.nameEn }, to: input },
      });
      const ids = (
        await tx.select({ id: procedures.id }).from(procedures).where(eq(procedures.fieldId, id))
      ).map((p) => p.id);
      await reindexProcedures(tx, ids);
      return { ok: true, procedureIds: ids } as const;
    },
    { behavior: "immediate" },
  );
  return touched;
}

/**
 * Merges a field into another: its procedures move to the target and it is removed — what an import that
 * created "Bảo trợ xã hội" beside "Bảo trợ xã hội (BTXH)" needs. Audited in the same transaction.
 */
export async function mergeField(sourceId: number, targetId: number, userId: string): Promise<Outcome> {
  if (sourceId === targetId) {
    return { ok: false, field: "targetId", message: "Chọn một lĩnh vực khác / choose another field" };
  }
  return getDb().transaction(
    async (tx) => {
      const found = await tx.select().from(fields).where(sql`${fields.id} IN (${sourceId}, ${targetId})`);
      const source = found.find((f) => f.id === sourceId);
      const target = found.find((f) => f.id === targetId);
      if (!source)
        return { ok: false, field: "id", message: "Không tìm thấy lĩnh vực / unknown field" } as const;
      if (!target)
        return {
          ok: false,
          field: "targetId",
          message: "Không tìm thấy lĩnh vực đích / unknown target",
        } as const;
      const moved = await tx
        .update(procedures)
        .set({ fieldId: targetId, updatedAt: new Date() })
        .where(eq(procedures.fieldId, sourceId))
        .returning({ id: procedures.id });
      // Short links and posters made for the field keep working: they move to the target too.
      await tx.run(sql`UPDATE short_links SET field_id = ${targetId} WHERE field_id = ${sourceId}`);
      await tx.delete(fields).where(eq(fields.id, sourceId));
      await tx.insert(auditLog).values({
        userId,
        action: "field.merge",
        entity: "field",
        entityId: String(sourceId),
        details: {
          from: { code: source.code, name: source.name },
          into: { code: target.code, name: target.name },
          procedures: moved.length,
        },
      });
      await reindexProcedures(
        tx,
        moved.map((p) => p.id),
      );
      return { ok: true, procedureIds: moved.map((p) => p.id) } as const;
    },
    { behavior: "immediate" },
  );
}
