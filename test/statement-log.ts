import type { Client } from "@libsql/client";
import { vi } from "vitest";

/** SQL text of a statement as handed to the client: a string, `{ sql, args }` or a `[sql, args]` pair. */
function sqlOf(stmt: unknown): string {
  if (typeof stmt === "string") return stmt;
  if (Array.isArray(stmt)) return sqlOf(stmt[0]);
  if (typeof stmt === "object" && stmt !== null && "sql" in stmt) return String(stmt.sql);
  return "";
}

/**
 * Records the SQL of every statement sent through the client (`execute` and `batch`) until `restore()`.
 * Drizzle calls the client's methods when it runs a query, so spying on the process's shared client
 * (`getClient()`, the test database's `client`) sees every statement the app code sends outside a transaction.
 */
export function logStatements(client: Client): { statements(): string[]; restore(): void } {
  const execute = vi.spyOn(client, "execute");
  const batch = vi.spyOn(client, "batch");
  return {
    statements: () => [
      ...execute.mock.calls.map(([stmt]) => sqlOf(stmt)),
      ...batch.mock.calls.flatMap(([stmts]) => stmts.map(sqlOf)),
    ],
    restore() {
      execute.mockRestore();
      batch.mockRestore();
    },
  };
}

/** Statements that read counts from the subtree rollups (db/queries/index-figures.ts `readRollupCounts`). */
export const ROLLUP_READ = /\bFROM (rollup_(facet_)?(daily|monthly)_counts|facet_daily_counts)\b/;
