/**
 * The survey pages' own small script (no framework): public/js/survey.js is built from this file and the
 * rules it imports by `npm run build:survey-script` (scripts/survey-script.ts; a unit test fails when the
 * built file is out of date). It enhances the plain forms the server renders, which work without it:
 * - a survey form (`[data-survey-send]` inside it, quick or full): sent without leaving the page, an empty
 *   questionnaire stopped here with an error summary, an answer the network lost kept on the phone and sent
 *   when it returns (the `online` event, or the next survey page opened), each stored once (its
 *   idempotency key);
 * - a questionnaire (`[data-progress]`): counts answered items, and after a tap (not a keyboard change)
 *   scrolls gently towards the next item, keeping the answer just given on screen.
 * The words come in the page's language, in data attributes the server wrote.
 */
import {
  enqueue,
  flushQueue,
  outcomeOfStatus,
  type QueueItem,
  storageQueue,
} from "@/features/kiosk/kiosk-queue";
import { answersOf, hasRating } from "@/features/survey/answer-fields";

/** Answers a phone could not send wait here (not in the kiosk's queue: another device, another format). */
const OUTBOX_KEY = "hl_survey_outbox";
const outbox = () =>
  storageQueue({
    getItem: () => localStorage.getItem(OUTBOX_KEY),
    setItem: (_key, value) => localStorage.setItem(OUTBOX_KEY, value),
  });

type Sent = { status: number; next?: string; message?: string };

/** Posts the form's fields as the plain form would; the server answers JSON (where to go next, or why not). */
async function post(url: string, body: QueueItem["body"]): Promise<Sent> {
  const res = await fetch(url, {
    method: "POST",
    headers: { accept: "application/json" },
    body: new URLSearchParams(body as Record<string, string>),
    credentials: "same-origin",
  });
  const json = await res.json().catch(() => null);
  return { status: res.status, next: json?.next, message: json?.error?.message };
}

let flushing = false;
/** Sends the answers waiting on this phone, oldest first; each is stored once (its idempotency key). */
async function flush(onSent: (item: QueueItem, sent: Sent) => void): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    await flushQueue(outbox(), async (item) => {
      try {
        const sent = await post(item.url, item.body);
        const outcome = outcomeOfStatus(sent.status);
        if (outcome !== "retry") onSent(item, sent);
        return outcome;
      } catch {
        return "retry";
      }
    });
  } catch {
    // No storage on this browser: nothing can be waiting.
  } finally {
    flushing = false;
  }
}

/** The markup of components/form/form-message.tsx: an error summary whose field error links to its field. */
function errorSummary(message: string, field?: { id: string; message: string }): HTMLElement {
  const box = document.createElement("div");
  box.className = "error-summary";
  box.setAttribute("role", "alert");
  const p = document.createElement("p");
  p.textContent = message;
  box.append(p);
  if (field) {
    const ul = document.createElement("ul");
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#${field.id}`;
    a.textContent = field.message;
    li.append(a);
    ul.append(li);
    box.append(ul);
  }
  return box;
}

function savedNotice(message: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "notice";
  p.setAttribute("role", "status");
  p.textContent = message;
  return p;
}

function enhanceSend(box: HTMLElement): void {
  const form = box.closest("form");
  if (!form) return;
  const text = box.dataset;
  const url = form.getAttribute("action") ?? "";
  const show = (content: HTMLElement, saved = false) => {
    box.replaceChildren(content);
    box.classList.toggle("survey-saved", saved);
    box.focus();
  };
  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(form, event.submitter);
    if (text.firstItem && !hasRating(answersOf(data.entries()).values())) {
      show(errorSummary(text.notSent ?? "", { id: text.firstItem, message: text.answerOne ?? "" }));
      return;
    }
    const body: Record<string, string> = {};
    for (const [name, value] of data) if (typeof value === "string") body[name] = value;
    busy = true;
    try {
      const sent = await post(url, body);
      if (sent.status < 300 && sent.next) {
        window.location.assign(sent.next);
        return;
      }
      show(errorSummary(sent.message ?? text.failed ?? ""));
    } catch {
      try {
        const id = body.idempotencyKey ?? "";
        enqueue(outbox(), { id, url, body });
        waiting.add(id);
        show(savedNotice(text.saved ?? ""), true);
      } catch {
        show(errorSummary(text.failed ?? ""));
      }
    } finally {
      busy = false;
    }
  });
}

function enhanceProgress(bar: HTMLElement): void {
  const form = bar.closest("form");
  if (!form) return;
  const labels: string[] = JSON.parse(bar.dataset.labels ?? "[]");
  const meter = document.createElement("progress");
  meter.max = labels.length - 1;
  const caption = document.createElement("span");
  caption.setAttribute("aria-hidden", "true");
  bar.replaceChildren(meter, caption);
  const count = () => {
    const answered = new Set(
      [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((input) => input.name),
    ).size;
    const label = labels[answered] ?? "";
    meter.value = answered;
    meter.setAttribute("aria-label", label);
    caption.textContent = label;
  };
  form.addEventListener("change", count);
  form.addEventListener("click", (event) => {
    const input = event.target;
    // detail 0 = a click synthesised by the keyboard (arrows, space): no scrolling.
    if (!(input instanceof HTMLInputElement) || input.type !== "radio" || event.detail === 0) return;
    const items = [...form.querySelectorAll("fieldset.item")];
    const next = items[items.indexOf(input.closest("fieldset.item") as Element) + 1];
    const target = next ?? form.querySelector('button[type="submit"]');
    if (!target) return;
    // Bring the next item into view, but never further than keeps the answer just given in sight below
    // the progress bar: the citizen sees what they chose.
    const top = bar.getBoundingClientRect().bottom;
    const answered = (input.closest("label") ?? input).getBoundingClientRect().top;
    const by = Math.min(target.getBoundingClientRect().bottom + 8 - window.innerHeight, answered - top - 8);
    if (by <= 0) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    window.scrollBy({ top: by, behavior: reduce ? "auto" : "smooth" });
  });
  count();
  bar.hidden = false;
}

/** Answers this page kept: when one gets through, on to its thank-you page, as if it had gone at once. */
const waiting = new Set<string>();

function start(): void {
  const onSent = (item: QueueItem, sent: Sent) => {
    if (waiting.has(item.id) && sent.next) window.location.assign(sent.next);
  };
  for (const box of document.querySelectorAll<HTMLElement>("[data-survey-send]")) enhanceSend(box);
  for (const bar of document.querySelectorAll<HTMLElement>("[data-progress]")) enhanceProgress(bar);
  window.addEventListener("online", () => void flush(onSent));
  void flush(onSent);
}

start();
