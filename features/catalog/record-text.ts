import type { Lang } from "@/i18n/locales";
import { type Phrase, say, translator } from "@/i18n/phrase";
import type { RecordKey } from "./procedure-record";
import type { RowListKey } from "./row-lists";

/**
 * The record's columns and problems said in a language, for code that knows the reader's language (form
 * actions, route handlers). Kept apart from procedure-record.ts, which the browser loads too.
 */

/** What staff call a column in their language (the form's label, the name in an error). */
export function columnLabel(lang: Lang, key: RecordKey): string {
  return translator(lang)(`catalog.record.columns.${key}.label`);
}

/**
 * A problem of a column in a language. Phrases of column problems name their column as `{column}`, filled
 * here with the column's label in that language.
 */
export function sayColumnIssue(lang: Lang, column: RecordKey | null, message: Phrase): string {
  if (column === null) return say(lang, message);
  return say(lang, { key: message.key, values: { ...message.values, column: columnLabel(lang, column) } });
}

/** A problem of a row of a list (row-lists.ts) in a language, naming its list as `{list}`. */
export function sayRowIssue(lang: Lang, list: RowListKey, message: Phrase): string {
  const title = translator(lang)(`catalog.rows.lists.${list}.title`);
  return say(lang, { key: message.key, values: { ...message.values, list: title } });
}
