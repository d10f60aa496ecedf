import "server-only";
import { eq, sql } from "drizzle-orm";
import { fields, procedures } from "@/db/schema";
import type { Actor } from "@/features/access/permissions";
import { change, invalid, type Outcome } from "@/features/access/server/change";
import { phrase } from "@/i18n/phrase";
import { fieldCodeFor } from "../field-code";
import { unitSlugsShowing } from "./procedure-writes";
import { reindexProcedures } from "./search-index";

const folded = (s: string) => s.trim().toLocaleLowerCase("vi").normalize("NFC");

const UNKNOWN_FIELD = invalid("id", phrase("catalog.errors.field.unknown"));

/** Units whose cached pages group the moved or renamed procedures by field. */
export interface FieldChange {
  procedures: number;
  unitSlugs: string[];
}

/** A new field of the catalogue (its code made from its name when none is given). */
export async function createField(
  actor: Actor,
  input: { code: string | null; name: string; nameEn: string | null },
): Promise<Outcome<void>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "catalog.edit" });
    const all = await tx.select({ code: fields.code, name: fields.name }).from(fields);
    if (all.some((f) => folded(f.name) === folded(input.name))) {
      return refuse(invalid("name", phrase("catalog.errors.field.nameTaken")));
    }
    const taken = new Set(all.map((f) => f.code));
    if (input.code && taken.has(input.code)) {
      return refuse(invalid("code", phrase("catalog.errors.field.codeTaken")));
    }
    const code = input.code ?? fieldCodeFor(input.name, taken);
    const [row] = await tx
      .insert(fields)
      .values({ code, name: input.name, nameEn: input.nameEn })
      .returning({ id: fields.id });
    if (!row) throw new Error("field not created");
    audit({
      action: "field.create",
      entity: "field",
      entityId: String(row.id),
      details: { code, name: input.name, nameEn: input.nameEn },
    });
  });
}

/** Renames a field; its procedures follow (search is reindexed). */
export async function renameField(
  actor: Actor,
  input: { id: number; name: string; nameEn: string | null },
): Promise<Outcome<FieldChange>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "catalog.edit" });
    const [current] = await tx.select().from(fields).where(eq(fields.id, input.id));
    if (!current) return refuse(UNKNOWN_FIELD);
    const same = await tx.select({ id: fields.id, name: fields.name }).from(fields);
    if (same.some((f) => f.id !== input.id && folded(f.name) === folded(input.name))) {
      return refuse(invalid("name", phrase("catalog.errors.field.nameTakenMerge")));
    }
    await tx.update(fields).set({ name: input.name, nameEn: input.nameEn }).where(eq(fields.id, input.id));
    audit({
      action: "field.rename",
      entity: "field",
      entityId: String(input.id),
      details: {
        from: { name: current.name, nameEn: current.nameEn },
        to: { name: input.name, nameEn: input.nameEn },
      },
    });
    const ids = (
      await tx.select({ id: procedures.id }).from(procedures).where(eq(procedures.fieldId, input.id))
    ).map((p) => p.id);
    await reindexProcedures(tx, ids);
    return { procedures: ids.length, unitSlugs: await unitSlugsShowing(tx, ids) };
  });
}

/**
 * Merges a field into another: its procedures move to the target and it is removed — what an import that
 * created "Bảo trợ xã hội" beside "Bảo trợ xã hội (BTXH)" needs.
 */
export async function mergeField(
  actor: Actor,
  input: { id: number; targetId: number },
): Promise<Outcome<FieldChange>> {
  return change(actor, async ({ tx, authorize, refuse, audit }) => {
    authorize({ permission: "catalog.edit" });
    if (input.id === input.targetId) {
      return refuse(invalid("targetId", phrase("catalog.errors.field.sameTarget")));
    }
    const found = await tx.select().from(fields).where(sql`${fields.id} IN (${input.id}, ${input.targetId})`);
    const source = found.find((f) => f.id === input.id);
    const target = found.find((f) => f.id === input.targetId);
    if (!source) return refuse(UNKNOWN_FIELD);
    if (!target) return refuse(invalid("targetId", phrase("catalog.errors.field.unknownTarget")));
    const moved = await tx
      .update(procedures)
      .set({ fieldId: target.id, updatedAt: new Date() })
      .where(eq(procedures.fieldId, source.id))
      .returning({ id: procedures.id });
    // Short links and posters made for the field keep working: they move to the target too.
    await tx.run(sql`UPDATE short_links SET field_id = ${target.id} WHERE field_id = ${source.id}`);
    await tx.delete(fields).where(eq(fields.id, source.id));
    audit({
      action: "field.merge",
      entity: "field",
      entityId: String(source.id),
      details: {
        from: { code: source.code, name: source.name },
        into: { code: target.code, name: target.name },
        procedures: moved.length,
      },
    });
    const ids = moved.map((p) => p.id);
    await reindexProcedures(tx, ids);
    return { procedures: ids.length, unitSlugs: await unitSlugsShowing(tx, ids) };
  });
}
