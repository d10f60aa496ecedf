import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// change() writes every audit entry of its work in the same transaction, however many there are (an
// import records one per dossier: more than one SQL statement can bind).

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
});

afterAll(async () => {
  await testDb?.close();
});

describe("change", () => {
  it("records thousands of audit entries of one change", async () => {
    const { change } = await import("./change");
    const entries = 25_000;
    const outcome = await change({ console: "test" }, async ({ authorize, audit }) => {
      authorize({ permission: "system.administer" });
      for (let i = 0; i < entries; i++) audit({ action: "test.many", entity: "test", entityId: String(i) });
    });
    expect(outcome.ok).toBe(true);
    expect(await testDb.count("audit_log")).toBe(entries);
  });
});
