import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import type { Client } from "@libsql/client";
import type { Database } from "@/db/client";
import { SECRET_FILE_SUFFIX } from "@/lib/secret-file";

export interface TestDatabase {
  url: string;
  db: Database;
  client: Client;
  /** `SELECT count(*)` of a table; the name comes from test code, never from generated input. */
  count(table: string): Promise<number>;
  /** Closes the database and deletes its files (and the auth secret generated beside it, if any). */
  close(): Promise<void>;
}

/**
 * A throwaway, migrated libSQL file database for DB-backed unit tests. It points `DATABASE_URL` at
 * `data/vitest-<random>.db`, so call it in `beforeAll` before any app code has opened the database, and
 * import that code dynamically afterwards. One per test file: Vitest isolates each file's modules.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const file = `data/vitest-${randomBytes(6).toString("hex")}.db`;
  const url = `file:./${file}`;
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  const { env } = await import("@/lib/env");
  if (env().DATABASE_URL !== url) {
    throw new Error("The environment was read before openTestDatabase(); open the test database first.");
  }
  const { closeDb, getClient, getDb } = await import("@/db/client");
  const { prepareDatabase } = await import("@/features/operations/server/prepare-database");
  await prepareDatabase();
  const client = getClient();
  return {
    url,
    db: getDb(),
    client,
    async count(table) {
      const rs = await client.execute(`SELECT count(*) FROM ${table}`);
      return Number(rs.rows[0]?.[0] ?? 0);
    },
    async close() {
      closeDb();
      if (previousUrl === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previousUrl;
      for (const suffix of ["", "-wal", "-shm", "-journal", SECRET_FILE_SUFFIX]) {
        rmSync(`${file}${suffix}`, { force: true });
      }
    },
  };
}
