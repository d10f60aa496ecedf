import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { copyFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type Client, createClient } from "@libsql/client";
import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import * as schema from "./schema";

/**
 * Online backup and restore of the embedded database file.
 * A backup is `VACUUM INTO`: one read transaction, so the copy is a consistent snapshot of every committed
 * transaction when it began, and in WAL mode the app keeps writing meanwhile. A restore swaps files and
 * so needs every app instance stopped; it checks the copy first and keeps the replaced file.
 */

export class BackupError extends Error {}

export function databaseFile(url: string): string {
  if (!url.startsWith("file:")) {
    throw new BackupError(
      `Chỉ sao lưu được cơ sở dữ liệu dạng tệp / only a file: database can be backed up here (got ${url.split(":")[0]}:…); ` +
        "a libSQL server or Turso has its own backups (point-in-time restore, `turso db shell <db> .dump`).",
    );
  }
  return url.slice("file:".length).split("?")[0] ?? "";
}

const SIDE_FILES = ["-wal", "-shm", "-journal"];

function fsyncFile(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable: the directory entry is on disk, not only the file's bytes. */
function renameDurably(from: string, to: string): void {
  renameSync(from, to);
  fsyncFile(dirname(to));
}

function removeWithSideFiles(file: string): void {
  for (const suffix of ["", ...SIDE_FILES]) rmSync(`${file}${suffix}`, { force: true });
}

export interface DatabaseCheck {
  integrity: string;
  /** Tables of db/schema missing from the file (only judged when no migration is pending). */
  missingTables: string[];
  /** Migrations this code would still apply (an older backup: the next start applies them). */
  pendingMigrations: number;
  /** Migrations recorded in the file that this code does not know (a backup of a newer version). */
  unknownMigrations: number;
  responses: number;
  lastSubmittedAt: Date | null;
}

/** `when` of every migration this code ships (drizzle records it as `created_at`). */
function knownMigrations(): Set<number> {
  const journal: { entries: Array<{ when: number }> } = JSON.parse(
    readFileSync(join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8"),
  );
  return new Set(journal.entries.map((e) => e.when));
}

const schemaTables = (Object.values(schema) as unknown[])
  .filter((value): value is SQLiteTable => is(value, SQLiteTable))
  .map((table) => getTableName(table));

/** integrity_check plus a schema check against this code's tables and migrations. */
export async function checkDatabaseFile(file: string): Promise<DatabaseCheck> {
  if (!existsSync(file) || statSync(file).size === 0)
    throw new BackupError(`${file}: không có tệp / no such file`);
  const client = createClient({ url: `file:${file}` });
  try {
    return await inspect(client);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${file}: không phải cơ sở dữ liệu Hài Lòng hợp lệ / not a valid database (${error instanceof Error ? error.message : error})`,
    );
  } finally {
    client.close();
  }
}

async function inspect(client: Client): Promise<DatabaseCheck> {
  const integrity = (await client.execute("PRAGMA integrity_check")).rows.map((r) => String(r[0])).join("; ");
  const tables = new Set(
    (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) =>
      String(r.name),
    ),
  );
  if (!tables.has("__drizzle_migrations")) {
    throw new BackupError(
      "không có bảng __drizzle_migrations / no migration history: not a Hài Lòng database",
    );
  }
  const applied = new Set(
    (await client.execute("SELECT created_at FROM __drizzle_migrations")).rows.map((r) =>
      Number(r.created_at),
    ),
  );
  const known = knownMigrations();
  const pendingMigrations = [...known].filter((when) => !applied.has(when)).length;
  const unknownMigrations = [...applied].filter((when) => !known.has(when)).length;
  const missingTables = pendingMigrations === 0 ? schemaTables.filter((name) => !tables.has(name)) : [];
  const stats = tables.has("responses")
    ? (await client.execute("SELECT count(*) AS n, max(submitted_at) AS last FROM responses")).rows[0]
    : undefined;
  return {
    integrity,
    missingTables,
    pendingMigrations,
    unknownMigrations,
    responses: Number(stats?.n ?? 0),
    lastSubmittedAt: stats?.last == null ? null : new Date(Number(stats.last)),
  };
}

/** Throws unless the check says the file can serve this version of the app. */
export function assertUsable(file: string, check: DatabaseCheck): void {
  const problems = [
    check.integrity === "ok" ? null : `integrity_check: ${check.integrity}`,
    check.unknownMigrations > 0
      ? `${check.unknownMigrations} migration(s) from a newer version of the app / bản sao của phiên bản mới hơn`
      : null,
    check.missingTables.length > 0 ? `missing tables: ${check.missingTables.join(", ")}` : null,
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) {
    throw new BackupError(`${file}: không dùng được / unusable — ${problems.join("; ")}`);
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
  check: DatabaseCheck;
}

/** A consistent copy of the live database, checked, synced, and renamed into place only when complete. */
export async function backupDatabase(
  databaseUrl: string,
  target: string,
  { force = false }: { force?: boolean } = {},
): Promise<BackupResult> {
  const source = databaseFile(databaseUrl);
  if (!existsSync(source)) throw new BackupError(`${source}: không có cơ sở dữ liệu / no database file`);
  if (existsSync(target) && !force) {
    throw new BackupError(
      `${target} đã có / already exists; thêm --force để ghi đè / add --force to replace it`,
    );
  }
  const partial = `${target}.partial-${process.pid}`;
  removeWithSideFiles(partial);
  const started = Date.now();
  // The app's busy timeout: a checkpoint in progress may hold a lock for a moment.
  const client = createClient({ url: `file:${source}`, timeout: 5000 });
  try {
    await client.execute({ sql: "VACUUM INTO ?", args: [partial] });
  } finally {
    client.close();
  }
  try {
    const check = await checkDatabaseFile(partial);
    assertUsable(partial, check);
    fsyncFile(partial);
    renameDurably(partial, target);
    return { file: target, bytes: statSync(target).size, ms: Date.now() - started, check };
  } finally {
    removeWithSideFiles(partial);
  }
}

/**
 * Fails when any process has the database open: an app instance holds a lock while it runs, so taking
 * the exclusive lock without waiting proves nobody else uses the file. The checkpoint folds the WAL into
 * the main file, so the file about to be kept aside is complete on its own.
 */
async function takeOverIdleDatabase(file: string): Promise<void> {
  const client = createClient({ url: `file:${file}`, timeout: 0 });
  try {
    await client.execute("PRAGMA locking_mode = EXCLUSIVE");
    await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  } catch (error) {
    const busy = error instanceof Error && /SQLITE_BUSY|locked/i.test(error.message);
    if (!busy) throw error;
    throw new BackupError(
      `${file} đang được sử dụng / is in use: dừng mọi tiến trình ứng dụng trước khi khôi phục / stop every app instance first`,
    );
  } finally {
    client.close();
  }
}

export interface RestoreResult {
  file: string;
  /** Where the replaced database was kept, if there was one. */
  previous: string | null;
  check: DatabaseCheck;
}

/**
 * Replaces the database file with a backup: the backup is copied next to the target and checked there
 * (the bytes that will serve are the bytes checked), the old file is kept as `<name>.before-restore`,
 * then the copy is renamed into place.
 */
export async function restoreDatabase(
  backup: string,
  databaseUrl: string,
  { force = false }: { force?: boolean } = {},
): Promise<RestoreResult> {
  const target = databaseFile(databaseUrl);
  const exists = existsSync(target);
  if (exists && !force) {
    throw new BackupError(
      `${target} đã có dữ liệu / already exists; thêm --force để thay thế (bản cũ giữ ở ${target}.before-restore) / add --force to replace it`,
    );
  }
  const staging = join(dirname(target), `.restoring-${process.pid}.db`);
  removeWithSideFiles(staging);
  try {
    await copyFile(backup, staging);
    const check = await checkDatabaseFile(staging);
    assertUsable(backup, check);
    fsyncFile(staging);
    let previous: string | null = null;
    if (exists) {
      await takeOverIdleDatabase(target);
      previous = `${target}.before-restore`;
      removeWithSideFiles(previous);
      renameDurably(target, previous);
    }
    for (const suffix of SIDE_FILES) rmSync(`${target}${suffix}`, { force: true });
    renameDurably(staging, target);
    return { file: target, previous, check };
  } finally {
    removeWithSideFiles(staging);
  }
}
