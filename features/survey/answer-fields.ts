/**
 * How a questionnaire's answers travel as form fields: one radio group per item named "a:<item>", value
 * 1–5, or 0 for "Không ý kiến" (not applicable). No dependencies: the citizen's phone runs it too.
 */

const ANSWER_PREFIX = "a:";

export function answerFieldName(itemKey: string): string {
  return `${ANSWER_PREFIX}${itemKey}`;
}

/** The item a field answers, or null when the field is not an answer. */
export function answeredItem(fieldName: string): string | null {
  return fieldName.startsWith(ANSWER_PREFIX) ? fieldName.slice(ANSWER_PREFIX.length) : null;
}

/** A posted answer: a level, null for "Không ý kiến", undefined when it is neither. */
export function readAnswer(value: string): number | null | undefined {
  if (!/^[0-5]$/.test(value)) return undefined;
  return value === "0" ? null : Number(value);
}

/** Whether a response says anything: at least one item answered with a level ("Không ý kiến" alone does not). */
export function hasRating(values: Iterable<number | null>): boolean {
  for (const value of values) if (value !== null) return true;
  return false;
}

/** The answers among form fields (name, value); fields that are not answers, or not valid ones, are left out. */
export function answersOf(fields: Iterable<[string, unknown]>): Map<string, number | null> {
  const answers = new Map<string, number | null>();
  for (const [name, value] of fields) {
    const item = answeredItem(name);
    const answer = typeof value === "string" ? readAnswer(value) : undefined;
    if (item !== null && answer !== undefined) answers.set(item, answer);
  }
  return answers;
}
