"use client";

import { useEffect, useState } from "react";

/**
 * Enhancement of a questionnaire form: counts answered items, and after a tap (not a keyboard change,
 * which must leave focus where it is) scrolls gently towards the next item, keeping the answer just given
 * on screen. Without JavaScript the form works the same, without the count.
 */
export function QuestionnaireProgress({
  formId,
  total,
  labels,
}: {
  formId: string;
  total: number;
  /** "Đã trả lời n/total câu" for every n from 0 to total, in the page's language. */
  labels: readonly string[];
}) {
  const [answered, setAnswered] = useState<number | null>(null);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const count = () =>
      new Set(
        [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map(
          (input) => input.name,
        ),
      ).size;
    const onChange = () => setAnswered(count());
    const onClick = (event: MouseEvent) => {
      const input = event.target;
      // detail 0 = a click synthesised by the keyboard (arrows, space): no scrolling.
      if (!(input instanceof HTMLInputElement) || input.type !== "radio" || event.detail === 0) return;
      const items = [...form.querySelectorAll("fieldset.item")];
      const next = items[items.indexOf(input.closest("fieldset.item") as Element) + 1];
      const target = next ?? form.querySelector('button[type="submit"]');
      if (!target) return;
      // Bring the next item into view, but never further than keeps the answer just given in sight
      // below the progress bar: the citizen sees what they chose.
      const bar = form.querySelector(".progress")?.getBoundingClientRect().bottom ?? 0;
      const answered = (input.closest("label") ?? input).getBoundingClientRect().top;
      const by = Math.min(target.getBoundingClientRect().bottom + 8 - window.innerHeight, answered - bar - 8);
      if (by <= 0) return;
      const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      window.scrollBy({ top: by, behavior: reduce ? "auto" : "smooth" });
    };
    setAnswered(count());
    form.addEventListener("change", onChange);
    form.addEventListener("click", onClick);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("click", onClick);
    };
  }, [formId]);
  // Server-rendered (and with JavaScript off) it only says how many questions there are.
  if (answered === null) return null;
  const label = labels[answered] ?? "";
  return (
    <div className="progress">
      <progress max={total} value={answered} aria-label={label} />
      <span aria-hidden="true">{label}</span>
    </div>
  );
}
