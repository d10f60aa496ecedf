import "server-only";
import { asc, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { fields, procedures } from "@/db/schema";

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
