/**
 * The download address of a periodic report, `/quan-ly/bao-cao/tai?don-vi=<id>&ky=<period>&pham-vi=cay|don-vi
 * &dinh-dang=docx|pdf|xlsx`, parsed with zod: the first problem is a phrase naming the parameter, said in
 * the staff member's language with a 400. Pure.
 */
import { z } from "zod";
import { type Phrase, schemaPhrase } from "@/i18n/phrase";
import type { ReportScope } from "./report-data";
import { parseReportPeriod, type ReportPeriod } from "./report-period";

export const reportFormats = ["docx", "pdf", "xlsx"] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The address's words for the scope. */
export const SCOPE_PARAMS = { cay: "subtree", "don-vi": "unit" } as const satisfies Record<
  string,
  ReportScope
>;

const schema = z.object({
  "don-vi": z
    .string({ error: "reports.errors.unit" })
    .regex(/^\d{1,9}$/, { error: "reports.errors.unit" })
    .transform(Number),
  ky: z.string({ error: "reports.errors.period" }),
  "pham-vi": z.enum(["cay", "don-vi"], { error: "reports.errors.scope" }).default("cay"),
  "dinh-dang": z.enum(reportFormats, { error: "reports.errors.format" }),
});

export interface ReportRequestParams {
  unitId: number;
  period: ReportPeriod;
  scope: ReportScope;
  format: ReportFormat;
}

export type ParsedReportRequest = { ok: true; value: ReportRequestParams } | { ok: false; problem: Phrase };

/** The report asked for by a query string, on local day `today`. */
export function parseReportRequest(search: URLSearchParams, today: string): ParsedReportRequest {
  const raw = Object.fromEntries([...search].map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problem: schemaPhrase(parsed.error.issues[0]?.message ?? "") };
  }
  const period = parseReportPeriod(parsed.data.ky, today);
  if (!period.ok) return period;
  return {
    ok: true,
    value: {
      unitId: parsed.data["don-vi"],
      period: period.period,
      scope: SCOPE_PARAMS[parsed.data["pham-vi"]],
      format: parsed.data["dinh-dang"],
    },
  };
}
