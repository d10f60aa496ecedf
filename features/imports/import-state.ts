import type { WriteAction } from "@/features/catalog/procedure-record";
import type { ActionState } from "@/lib/action";
import type { ImportIssue } from "./procedure-import";

/** What the check of an import file found: every issue, or what the commit would write. */
export interface ImportPreview {
  fileName: string;
  issues: ImportIssue[];
  jobId?: string;
  counts?: Record<WriteAction, number>;
  rows?: Array<{ rowNumber: number; code: string; name: string; action: WriteAction; pending: boolean }>;
  /** Fields the file names that the catalogue lacks: created with the commit. */
  newFields?: Array<{ name: string; rows: number[] }>;
  /** Decisions the rows name that the catalogue lacks: created with the commit. */
  newAnnouncements?: Array<{ number: string; issuedOn: string }>;
}

/** The import form's state: the check's preview, or the commit's counts. */
export type ImportState = ActionState & { preview?: ImportPreview; committed?: Record<WriteAction, number> };

export function countActions(actions: Iterable<WriteAction>): Record<WriteAction, number> {
  const counts: Record<WriteAction, number> = { create: 0, version: 0, unchanged: 0 };
  for (const a of actions) counts[a]++;
  return counts;
}
