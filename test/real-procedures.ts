import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { emptyRecord, type ProcedureRecord, readDate } from "@/features/catalog/procedure-record";

/**
 * Real procedures copied from published sources (test/fixtures/procedures/real/SOURCES.md): each as its
 * whole text (`<id>.txt`) and split by section by hand (`<id>.json`), with where it was published.
 */
export const REAL_DIR = join(process.cwd(), "test/fixtures/procedures/real");

export interface RealProcedure {
  id: string;
  text: string;
  source: { decision: string | null; date: string | null; issuer: string | null; url: string | null };
  code: string | null;
  name: string;
  field: string | null;
  level: string | null;
  sections: Record<string, string | null> & { other?: Record<string, string> };
}

export function realProcedures(): RealProcedure[] {
  return readdirSync(REAL_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -".txt".length);
      const json = JSON.parse(readFileSync(join(REAL_DIR, `${id}.json`), "utf8"));
      return { id, text: readFileSync(join(REAL_DIR, f), "utf8"), ...json };
    });
}

/** The record's column for each section name of the fixtures. */
export const SECTION_COLUMNS = {
  steps: "steps",
  channels: "channelsText",
  dossier: "dossier",
  timeLimit: "timeLimit",
  applicants: "applicants",
  agencies: "agencies",
  result: "result",
  fees: "fees",
  forms: "forms",
  conditions: "conditions",
  legalBasis: "legalBasis",
} as const;

/** A fixture as staff put it into the import template: each section's text in its column, unedited. */
export function realRecord(p: RealProcedure): ProcedureRecord {
  const record = emptyRecord();
  record.code = p.code ?? "";
  record.name = p.name;
  record.field = p.field ?? "Chưa phân loại";
  record.level = p.level ?? "";
  for (const [section, column] of Object.entries(SECTION_COLUMNS)) {
    record[column] = p.sections[section] ?? "";
  }
  const number = /số\s+(\S+)/iu.exec(p.source.decision ?? "")?.[1];
  if (number && p.source.date && readDate(p.source.date)) {
    record.announcementNumber = number;
    record.announcementDate = p.source.date;
  }
  return record;
}

export interface RealList {
  source: RealProcedure["source"];
  rows: Array<{ code: string | null; name: string; field: string; level: string | null }>;
}

export function realLists(): Array<{ id: string } & RealList> {
  return readdirSync(REAL_DIR)
    .filter((f) => f.endsWith("-list.json"))
    .map((f) => ({
      id: f.slice(0, -".json".length),
      ...JSON.parse(readFileSync(join(REAL_DIR, f), "utf8")),
    }));
}
