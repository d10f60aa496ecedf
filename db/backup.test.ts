import { existsSync, rmSync, writeFileSync } from "node:fs";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";
import { BackupError, backupDatabase, checkDatabaseFile, restoreDatabase } from "./backup";

// The live path (backup under concurrent writes, restore next to a stopped server) is e2e/durability.spec.ts.

let t: TestDatabase;
const made: string[] = [];

function scratch(name: string): string {
  const file = `data/vitest-backup-${process.pid}-${name}.db`;
  made.push(file);
  for (const suffix of ["", "-wal", "-shm", ".before-restore"]) rmSync(`${file}${suffix}`, { force: true });
  return file;
}

beforeAll(async () => {
  t = await openTestDatabase();
});

afterAll(async () => {
  await t.close();
  for (const file of made) {
    for (const suffix of ["", "-wal", "-shm", ".before-restore"]) rmSync(`${file}${suffix}`, { force: true });
  }
});

describe("durability settings", () => {
  it("commits in WAL mode with synchronous=FULL, so an acknowledged answer survives a power cut", async () => {
    const rs = await t.client.execute("PRAGMA journal_mode");
    expect(rs.rows[0]?.[0]).toBe("wal");
    // 2 = FULL: SQLite's default, kept on purpose; group commit pays one fsync per batch of answers.
    expect((await t.client.execute("PRAGMA synchronous")).rows[0]?.[0]).toBe(2);
  });
});

describe("backupDatabase", () => {
  it("writes a checked copy holding the committed rows, and replaces a file only with force", async () => {
    await t.client.execute(
      "INSERT INTO settings (key, value, updated_at) VALUES ('backup.test', '\"kept\"', 0)",
    );
    const file = scratch("copy");
    const result = await backupDatabase(t.url, file);
    expect(result.check).toMatchObject({
      integrity: "ok",
      pendingMigrations: 0,
      unknownMigrations: 0,
      missingTables: [],
    });
    const copy = createClient({ url: `file:${file}` });
    const rs = await copy.execute("SELECT value FROM settings WHERE key = 'backup.test'");
    copy.close();
    expect(rs.rows[0]?.value).toBe('"kept"');
    await expect(backupDatabase(t.url, file)).rejects.toThrow(/--force/);
    await expect(backupDatabase(t.url, file, { force: true })).resolves.toMatchObject({ file });
  });

  it("refuses a database that is not a file", async () => {
    await expect(backupDatabase("libsql://example.turso.io", scratch("remote"))).rejects.toThrow(BackupError);
  });
});

describe("restoreDatabase", () => {
  it("refuses a database some process has open", async () => {
    const backup = scratch("for-live");
    await backupDatabase(t.url, backup);
    await expect(restoreDatabase(backup, t.url, { force: true })).rejects.toThrow(/in use/);
  });

  it("restores into a new file, then replaces an idle one only with force, keeping the old file", async () => {
    const backup = scratch("source");
    await backupDatabase(t.url, backup);
    const target = scratch("target");
    const first = await restoreDatabase(backup, `file:${target}`);
    expect(first).toMatchObject({ file: target, previous: null });
    expect((await checkDatabaseFile(target)).integrity).toBe("ok");

    await expect(restoreDatabase(backup, `file:${target}`)).rejects.toThrow(/--force/);
    const second = await restoreDatabase(backup, `file:${target}`, { force: true });
    expect(second.previous).toBe(`${target}.before-restore`);
    expect(existsSync(`${target}.before-restore`)).toBe(true);
  });

  it("refuses a file that is not a database, and a backup of a newer version, leaving the target alone", async () => {
    const target = scratch("kept");
    await backupDatabase(t.url, target);
    const garbage = scratch("garbage");
    writeFileSync(garbage, "not a database ".repeat(500));
    await expect(restoreDatabase(garbage, `file:${target}`, { force: true })).rejects.toThrow(
      /not a valid database/,
    );

    const newer = scratch("newer");
    await backupDatabase(t.url, newer);
    const client = createClient({ url: `file:${newer}` });
    await client.execute(
      "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 99999999999999)",
    );
    client.close();
    await expect(restoreDatabase(newer, `file:${target}`, { force: true })).rejects.toThrow(/newer version/);
    expect(existsSync(`${target}.before-restore`)).toBe(false);
    expect((await checkDatabaseFile(target)).integrity).toBe("ok");
  });
});
