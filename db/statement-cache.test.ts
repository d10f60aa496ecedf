import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import Database from "libsql";
import { afterAll, describe, expect, it } from "vitest";
import { installStatementCache } from "./statement-cache";

installStatementCache();
const dir = mkdtempSync(join(tmpdir(), "hl-stmt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("statement cache", () => {
  it("hands the compiled statement back for the same text, per connection", () => {
    const a = new Database(":memory:");
    const b = new Database(":memory:");
    expect(a.prepare("SELECT 1")).toBe(a.prepare("SELECT 1"));
    expect(a.prepare("SELECT 1")).not.toBe(a.prepare("SELECT 2"));
    expect(b.prepare("SELECT 1")).not.toBe(a.prepare("SELECT 1"));
    a.close();
    b.close();
  });

  it("keeps results right through reuse, constraint errors, rollbacks and schema changes", async () => {
    const client = createClient({ url: `file:${join(dir, "reuse.db")}` });
    await client.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v INTEGER)");
    const insert = "INSERT INTO t (k, v) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING id";
    expect((await client.execute({ sql: insert, args: ["a", 1] })).rows.map((r) => r.id)).toEqual([1]);
    expect((await client.execute({ sql: insert, args: ["a", 2] })).rows).toHaveLength(0);
    expect((await client.execute({ sql: insert, args: ["b", 2] })).rows.map((r) => r.id)).toEqual([2]);
    const strict = "INSERT INTO t (k, v) VALUES (?, ?)";
    await expect(client.execute({ sql: strict, args: ["a", 9] })).rejects.toThrow(/UNIQUE/);
    expect((await client.execute({ sql: strict, args: ["c", 3] })).rowsAffected).toBe(1);

    const tx = await client.transaction("write");
    await tx.execute({ sql: strict, args: ["d", 4] });
    await tx.rollback();
    const tx2 = await client.transaction("write");
    await tx2.execute({ sql: strict, args: ["e", 5] });
    await tx2.commit();

    const select = "SELECT k, v FROM t ORDER BY id";
    const before = await client.execute(select);
    expect(before.rows.map((r) => [r.k, r.v])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
      ["e", 5],
    ]);
    await client.execute("ALTER TABLE t ADD COLUMN w INTEGER DEFAULT 7");
    const all = await client.execute("SELECT * FROM t ORDER BY id");
    expect(all.columns).toEqual(["id", "k", "v", "w"]);
    expect((await client.execute(select)).rows).toHaveLength(4);
    client.close();
  });

  it("keeps a bounded number of statements", () => {
    const db = new Database(":memory:");
    const first = db.prepare("SELECT 0");
    for (let i = 1; i <= 600; i++) db.prepare(`SELECT ${i}`);
    // The oldest statements were dropped: the same text compiles anew.
    expect(db.prepare("SELECT 0")).not.toBe(first);
    const recent = db.prepare("SELECT 600");
    expect(db.prepare("SELECT 600")).toBe(recent);
    db.close();
  });
});
