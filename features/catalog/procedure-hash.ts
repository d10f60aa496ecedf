import { createHash } from "node:crypto";
import type { ProcedureContent } from "./procedure-content";

/** Stable JSON (sorted keys) so the same content always hashes the same, whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function canonicalContentHash(content: ProcedureContent): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}
