import { sayColumnIssue } from "@/features/catalog/record-text";
import type { Lang } from "@/i18n/locales";
import type { ImportIssue, ShownIssue } from "./procedure-import";

/** An issue's message in a language, naming its column in that language. */
export function sayIssue(lang: Lang, issue: ImportIssue): string {
  return sayColumnIssue(lang, issue.column, issue.message);
}

/** An issue as the form shows it: its message said in the staff member's language. */
export function showIssue(lang: Lang, issue: ImportIssue): ShownIssue {
  return { ...issue, message: sayIssue(lang, issue) };
}
