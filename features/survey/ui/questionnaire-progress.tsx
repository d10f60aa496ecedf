/**
 * The place of a questionnaire's progress bar: the page's own script (survey-script.ts) fills it in — it
 * counts answered items and, after a tap, scrolls gently towards the next one. Without JavaScript it stays
 * hidden and the form works the same, without the count.
 */
export function QuestionnaireProgress({
  labels,
}: {
  /** "Đã trả lời n/total câu" for every n from 0 to total, in the page's language. */
  labels: readonly string[];
}) {
  return <div className="progress" data-progress="" data-labels={JSON.stringify(labels)} hidden />;
}
