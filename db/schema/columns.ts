import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

/**
 * A JSON column's value as stored. The feature that writes it owns its shape and reads it back through
 * its own parser (procedure content: asCurrentContent; questionnaires: instrumentDefinitionSchema;
 * import jobs: importPayloadOf), so the schema knows no feature's types.
 */
export type StoredJson = { [key: string]: unknown };

export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
export const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);
