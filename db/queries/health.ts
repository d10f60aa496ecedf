import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

export async function pingDatabase(): Promise<void> {
  await getDb().run(sql`SELECT 1`);
}
