import type { WriteAction } from "@/features/catalog/procedure-record";
import type { ActionState } from "@/lib/action";
import type { ImportIssue, ShownIssue } from "./procedure-import";

/**
 * What the check of an import file found: every issue, or what the commit would write. `I` is how an issue
 * is held: as the use case finds it (its message a phrase), or as the form shows it (said in a language).
 */
export interface ImportPreview<I = ImportIssue> {
  fileName: string;
  issues: I[];
  jobId?: string;
  counts?: Record<WriteAction, number>;
  rows?: Array<{
    rowNumber: number;
    code: string;
    /** False for a code made up because the procedure has no national code yet. */
    national: boolean;
    name: string;
    action: WriteAction;
    pending: boolean;
  }>;
  /** Fields the file names that the catalogue lacks: created with the commit. */
  newFields?: Array<{ name: string; rows: number[] }>;
  /** Decisions the rows name that the catalogue lacks: created with the commit. */
  newAnnouncements?: Array<{ number: string; issuedOn: string }>;
}

/** The import form's state: the check's preview, or the commit's counts. */
export type ImportState = ActionState & {
  preview?: ImportPreview<ShownIssue>;
  committed?: Record<WriteAction, number>;
};

export function countActions(actions: Iterable<WriteAction>): Record<WriteAction, number> {
  const counts: Record<WriteAction, number> = { create: 0, version: 0, unchanged: 0 };
  for (const a of actions) counts[a]++;
  return counts;
}
