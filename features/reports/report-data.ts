/**
 * What a periodic report holds, as features/reports/server gathers it: the reporting unit's figures and
 * its children's, the period, dossiers, feedback, and where an internal annex would go. Pure types.
 */
import type { Block } from "@/features/documents/admin-document";
import type { DossierFigures } from "@/features/dossiers/lifecycle";
import type { Figure, UnitFigures } from "@/features/index/index-engine";
import type { HeaderUnit } from "@/features/index/report-header";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import type { Lang } from "@/i18n/locales";
import type { ReportPeriod } from "./report-period";

export const reportScopes = ["unit", "subtree"] as const;
export type ReportScope = (typeof reportScopes)[number];

/** Feedback of the period: received in it, answered, and not answered by its due time. */
export interface FeedbackCounts {
  received: number;
  answered: number;
  overdue: number;
}

/** An annex after the report's sections (e.g. the unit's internal per-officer figures). */
export interface ReportAnnex {
  title: string;
  blocks: readonly Block[];
}

export interface ReportUnitFigures {
  /** The unit's names, as the header and tables write them. */
  unit: HeaderUnit;
  figures: UnitFigures;
  dossiers: DossierFigures;
}

/** Everything one report holds, gathered by features/reports/server. */
export interface ReportPackData {
  lang: Lang;
  /** The report's date (YYYY-MM-DD, local). */
  today: string;
  period: ReportPeriod;
  scope: ReportScope;
  /** The reporting unit, then its ancestors, nearest first (the header names it under its parent). */
  chain: readonly HeaderUnit[];
  minN: number;
  /** The reporting unit's figures (its subtree's with scope "subtree", else its own). */
  self: ReportUnitFigures;
  /** The quick figure of the period before, for the change. */
  previousQuick: Figure | undefined;
  /** Definitions of the full questionnaires answered, by key. */
  definitions: ReadonlyMap<string, InstrumentDefinition>;
  /** Returned late in the period without an apology letter (the apology sentence is said only when 0). */
  lateWithoutApology: number;
  feedback: FeedbackCounts;
  /** The units directly below, in tree order (empty with scope "unit"). */
  children: readonly ReportUnitFigures[];
  preparedBy: string;
  annexes?: readonly ReportAnnex[];
}
