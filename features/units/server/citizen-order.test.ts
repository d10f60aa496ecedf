import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareVi } from "@/lib/collate";
import { openTestDatabase, type TestDatabase } from "@/test/test-database";

// Lists a citizen reads are in Vietnamese alphabetical order: SQLite's binary order puts "Đ…" after "X…".

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await openTestDatabase();
  const { seedDemo } = await import("@/features/demo/server/demo");
  await seedDemo(testDb.db);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

const inOrder = (names: string[]) => [...names].sort(compareVi);
/** The list holds a name that binary order misplaces: one with "Đ"/"đ" and one after it alphabetically. */
const telling = (names: string[]) => names.some((n) => /^[Đđ]/.test(n) || / [Đđ]/.test(n));

describe("citizens' lists", () => {
  it("list the home page's units and each unit's children alphabetically, Đ after D", async () => {
    const { listRootUnitsWithChildren, listChildUnits } = await import("./unit-queries");
    const roots = await listRootUnitsWithChildren();
    const children = roots.flatMap((r) => r.children.map((u) => u.name));
    expect(telling(children)).toBe(true);
    for (const { unit, children: under } of roots) {
      const names = under.map((u) => u.name);
      expect(names).toEqual(inOrder(names));
      const all = (await listChildUnits(unit.id)).map((u) => u.name);
      expect(all).toEqual(inOrder(all));
    }
  });

  it("list a unit's procedures by field, then name, alphabetically", async () => {
    const { listProceduresForUnit } = await import("@/features/catalog/server/disclosure-queries");
    const unitIds = (await testDb.client.execute("SELECT DISTINCT unit_id FROM unit_procedures")).rows.map(
      (r) => Number(r.unit_id),
    );
    let sawTelling = false;
    for (const id of unitIds) {
      const rows = await listProceduresForUnit(id);
      const keys = rows.map((r) => `${r.fieldName}\u0000${r.name}`);
      const sorted = [...rows]
        .sort((a, b) => compareVi(a.fieldName, b.fieldName) || compareVi(a.name, b.name))
        .map((r) => `${r.fieldName}\u0000${r.name}`);
      expect(keys).toEqual(sorted);
      sawTelling ||= telling(rows.map((r) => r.fieldName)) || telling(rows.map((r) => r.name));
    }
    expect(sawTelling).toBe(true);
  });
});
