import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { type Client, createClient } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { env, isLocalDatabase } from "@/lib/env";
import * as schema from "./schema";
import { serializeClient } from "./serialized-client";
import { installStatementCache } from "./statement-cache";

export type Database = LibSQLDatabase<typeof schema>;
/** An open transaction: code running inside one uses it, never the database (see serializeClient). */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** The database or an open transaction: what a query that may run inside a use case's change takes. */
export type Executor = Database | Transaction;

interface Handle {
  client: Client;
  db: Database;
  ready: Promise<void>;
  local: boolean;
}

const globalForDb = globalThis as unknown as { hailongDb?: Handle };

function open(): Handle {
  const {
    DATABASE_URL: url,
    DATABASE_AUTH_TOKEN: authToken,
    DATABASE_SYNC_URL: syncUrl,
    DATABASE_SYNC_INTERVAL: syncInterval,
  } = env();
  const local = isLocalDatabase(url);
  if (local && url.startsWith("file:")) {
    mkdirSync(dirname(url.slice("file:".length)), { recursive: true });
  }
  // On a file: one connection, every operation in turn (see serializeClient); wait on other processes'
  // locks instead of failing with SQLITE_BUSY.
  // With DATABASE_SYNC_URL the file is an embedded read replica: reads are local, writes go to the primary.
  if (local && !syncUrl) installStatementCache();
  const raw = createClient({
    url,
    authToken,
    timeout: local ? 5000 : undefined,
    concurrency: local ? 1 : undefined,
    ...(syncUrl ? { syncUrl, syncInterval } : {}),
  });
  const client = local ? serializeClient(raw) : raw;
  const ready =
    local && !syncUrl
      ? client.executeMultiple("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;").then(() => undefined)
      : Promise.resolve();
  return { client, db: drizzle(client, { schema }), ready, local };
}

function handle(): Handle {
  globalForDb.hailongDb ??= open();
  return globalForDb.hailongDb;
}

/** The drizzle database. Only `db/` code imports this. */
export function getDb(): Database {
  return handle().db;
}

export function getClient(): Client {
  return handle().client;
}

/** Resolves once per-connection pragmas have been applied. */
export function dbReady(): Promise<void> {
  return handle().ready;
}

/** Closes the client and forgets it; the next call opens `DATABASE_URL` afresh (tests, scripts). */
export function closeDb(): void {
  globalForDb.hailongDb?.client.close();
  globalForDb.hailongDb = undefined;
}
