"use client";

import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/form/form-message";
import {
  enqueue,
  flushQueue,
  outcomeOfStatus,
  type QueueItem,
  storageQueue,
} from "@/features/kiosk/kiosk-queue";
import { answersOf, hasRating } from "@/features/survey/answer-fields";

/** The survey form's words in the page's language (survey.send in the catalogue). */
export interface SurveySendText {
  notSent: string;
  saved: string;
  failed: string;
  answerOne: string;
}

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

type State = { kind: "idle" } | { kind: "saved" } | { kind: "error"; message: string; field?: string };

/**
 * Enhancement of a survey form (quick or full): with JavaScript the answer is sent without leaving the
 * page, an empty questionnaire is stopped here with an error summary, and an answer the network lost is
 * kept on the phone and sent when it returns (the `online` event, or the next survey page opened).
 * Without JavaScript the form posts as it is.
 */
export function SurveySend({
  text,
  firstItem,
  refused,
}: {
  text: SurveySendText;
  /** A questionnaire's first radio button: set when at least one item must be answered. */
  firstItem?: string;
  /** Why the server sent the form back (JavaScript off), and the radio button it is about. */
  refused?: { message: string; field?: string };
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>(refused ? { kind: "error", ...refused } : { kind: "idle" });
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const url = form.getAttribute("action") ?? "";
    let busy = false;
    let waiting: string | null = null;
    // The answer this page kept got through: on to its thank-you page, as if it had gone at once.
    const onSent = (item: QueueItem, sent: Sent) => {
      if (item.id === waiting && sent.next) window.location.assign(sent.next);
    };
    const onSubmit = async (event: SubmitEvent) => {
      event.preventDefault();
      if (busy) return;
      const data = new FormData(form, event.submitter);
      if (firstItem && !hasRating(answersOf(data.entries()).values())) {
        setState({ kind: "error", message: text.answerOne, field: firstItem });
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
        setState({ kind: "error", message: sent.message ?? text.failed });
      } catch {
        try {
          waiting = body.idempotencyKey ?? "";
          enqueue(outbox(), { id: waiting, url, body });
          setState({ kind: "saved" });
        } catch {
          setState({ kind: "error", message: text.failed });
        }
      } finally {
        busy = false;
      }
    };
    const online = () => void flush(onSent);
    form.addEventListener("submit", onSubmit);
    window.addEventListener("online", online);
    void flush(onSent);
    return () => {
      form.removeEventListener("submit", onSubmit);
      window.removeEventListener("online", online);
    };
  }, [text, firstItem]);
  useEffect(() => {
    if (state.kind !== "idle") ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} className={`survey-send${state.kind === "saved" ? " survey-saved" : ""}`}>
      {state.kind === "saved" ? (
        <p className="notice" role="status">
          {text.saved}
        </p>
      ) : null}
      {state.kind === "error" ? (
        <FormMessage
          state={
            state.field
              ? { message: text.notSent, fieldErrors: { [state.field]: state.message } }
              : { message: state.message }
          }
          failed
        />
      ) : null}
    </div>
  );
}
