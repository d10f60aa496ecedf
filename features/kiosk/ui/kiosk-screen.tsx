"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createTranslator } from "use-intl/core";
import type { KioskFeedbackReceipt } from "@/features/feedback/feedback";
import { kioskHome, thanksSeconds } from "@/features/kiosk/kiosk";
import {
  enqueue,
  flushQueue,
  newIdempotencyKey,
  outcomeOfStatus,
  type QueueItem,
  type SendOutcome,
  storageQueue,
} from "@/features/kiosk/kiosk-queue";
import { type Lang, otherLang } from "@/i18n/locales";

/**
 * The screen's words in its language (kiosk.screen in the catalogue); `waiting` and `countdown` are ICU
 * messages ({count}).
 */
export interface KioskText {
  thanks: string;
  recorded: string;
  why: string;
  comment: string;
  send: string;
  followUpRecorded: string;
  /** ICU: {reference} */
  reference: string;
  /** ICU: {due} */
  due: string;
  scan: string;
  waiting: string;
  countdown: string;
  next: string;
  switchLanguage: string;
}

const RETRY_MS = 15_000;

/** After "Không hài lòng" the follow-up is offered, then thanked for; other answers have none. */
export type FollowUpState = "offer" | "sent" | "none";
type Phase =
  | { name: "question" }
  | { name: "thanks"; key: string; followUp: FollowUpState; receipt?: KioskFeedbackReceipt };

interface Props {
  lang: Lang;
  text: KioskText;
  resetSeconds: number;
  linkCode: string;
  /** Idempotency key of the plain form (JavaScript off); with JavaScript every tap makes its own. */
  formKey: string;
  /** The thank-you of a plain form post (JavaScript off), with the feedback item's receipt once followed up. */
  initial?: { key: string; followUp: FollowUpState; receipt?: KioskFeedbackReceipt };
  unitName: string;
  counterName?: string;
  /** The quick-kind questionnaire the unit chose (its key and the exact version shown). */
  instrument: { key: string; id: number };
  question: string;
  choices: Array<{ value: number; label: string }>;
  /** Answers at or below it are "not satisfied": the follow-up is offered. */
  dissatisfiedMax: number;
  elements: Array<{ key: string; title: string }>;
  maxComment: number;
  otherLangHref: string;
}

async function send(item: QueueItem): Promise<{ outcome: SendOutcome; status?: number }> {
  try {
    const res = await fetch(item.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(item.body),
      credentials: "same-origin",
    });
    const outcome = outcomeOfStatus(res.status);
    if (outcome === "rejected") console.warn("Kiosk: answer refused, dropped", res.status, await res.text());
    return { outcome, status: res.status };
  } catch {
    return { outcome: "retry" };
  }
}

/**
 * The kiosk screen. Server-rendered as plain forms (they work without JavaScript); with JavaScript a tap
 * queues the answer in localStorage, thanks the citizen at once and sends the queue in the background.
 */
export function KioskScreen(props: Props) {
  const t = props.text;
  const say = useMemo(() => {
    const messages = { waiting: props.text.waiting, countdown: props.text.countdown };
    const translate = createTranslator({ locale: props.lang, messages });
    return (key: keyof typeof messages, count: number) => translate(key, { count });
  }, [props.lang, props.text.waiting, props.text.countdown]);
  const sayReceipt = useMemo(() => {
    const messages = { reference: props.text.reference, due: props.text.due };
    const translate = createTranslator({ locale: props.lang, messages });
    return (receipt: KioskFeedbackReceipt) => ({
      reference: translate("reference", { reference: receipt.reference }),
      due: translate("due", { due: receipt.due }),
    });
  }, [props.lang, props.text.reference, props.text.due]);
  const [phase, setPhase] = useState<Phase>(
    props.initial ? { name: "thanks", ...props.initial } : { name: "question" },
  );
  const [waiting, setWaiting] = useState(0);
  const flushing = useRef(false);
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const deadline = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const thanksHeading = useRef<HTMLHeadingElement>(null);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    let revoked = false;
    try {
      const left = await flushQueue(storageQueue(localStorage), async (item) => {
        const { outcome, status } = await send(item);
        if (status === 403) revoked = true;
        return outcome;
      });
      setWaiting(left);
    } finally {
      flushing.current = false;
    }
    // 403: the device was revoked (or moved to another unit); reloading shows the activation notice.
    if (revoked) window.location.reload();
  }, []);

  const queue = useCallback(
    (item: QueueItem) => {
      setWaiting(enqueue(storageQueue(localStorage), item));
      void flush();
    },
    [flush],
  );

  const backToQuestion = useCallback(() => {
    clearTimeout(resetTimer.current);
    setPhase({ name: "question" });
    if (window.location.search.includes("k=")) {
      window.history.replaceState(null, "", kioskHome(props.lang));
    }
  }, [props.lang]);

  // The follow-up form, or a feedback receipt to scan, keeps the thank-you longer.
  const offered = phase.name === "thanks" && (phase.followUp === "offer" || Boolean(phase.receipt));
  const armReset = useCallback(() => {
    clearTimeout(resetTimer.current);
    const seconds = thanksSeconds(props.resetSeconds, offered);
    deadline.current = Date.now() + seconds * 1000;
    setSecondsLeft(seconds);
    resetTimer.current = setTimeout(backToQuestion, seconds * 1000);
  }, [props.resetSeconds, offered, backToQuestion]);

  // The document speaks the screen's language, also when the tablet switches it without a reload.
  useEffect(() => {
    document.documentElement.lang = props.lang;
  }, [props.lang]);

  useEffect(() => {
    setWaiting(storageQueue(localStorage).read().length);
    void flush();
    const retry = setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      clearInterval(retry);
      window.removeEventListener("online", online);
    };
  }, [flush]);

  // Any touch, key or typing on the thank-you screen restarts the countdown back to the question; the
  // seconds left are shown, counted from the deadline (a slow tick never makes the countdown lie).
  useEffect(() => {
    if (phase.name !== "thanks") return;
    armReset();
    const tick = setInterval(() => {
      setSecondsLeft(Math.max(1, Math.ceil((deadline.current - Date.now()) / 1000)));
    }, 250);
    const events = ["pointerdown", "keydown", "input"] as const;
    for (const e of events) document.addEventListener(e, armReset);
    return () => {
      clearTimeout(resetTimer.current);
      clearInterval(tick);
      for (const e of events) document.removeEventListener(e, armReset);
    };
  }, [phase, armReset]);

  function next(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    backToQuestion();
  }

  function answer(event: React.FormEvent<HTMLFormElement>) {
    const button = (event.nativeEvent as SubmitEvent).submitter;
    const value = Number(button instanceof HTMLButtonElement ? button.value : Number.NaN);
    if (!props.choices.some((c) => c.value === value)) return;
    event.preventDefault();
    const key = newIdempotencyKey();
    queue({
      id: key,
      url: "/api/v1/responses",
      body: {
        link: props.linkCode,
        idempotencyKey: key,
        instrument: props.instrument.key,
        instrumentVersion: props.instrument.id,
        answers: { quick: value },
        channel: "kiosk",
      },
    });
    setPhase({ name: "thanks", key, followUp: value <= props.dissatisfiedMax ? "offer" : "none" });
    requestAnimationFrame(() => thanksHeading.current?.focus());
  }

  function sendFollowUp(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (phase.name !== "thanks") return;
    const form = new FormData(event.currentTarget);
    const reasons = form.getAll("reasons").filter((r): r is string => typeof r === "string");
    const comment = String(form.get("comment") ?? "").trim();
    if (!(reasons.length > 0 || comment)) {
      setPhase({ ...phase, followUp: "sent" });
      return;
    }
    const item = {
      id: `${phase.key}:follow-up`,
      url: "/kiosk/gop-y",
      body: { idempotencyKey: phase.key, reasons, comment, lang: props.lang },
    };
    setPhase({ ...phase, followUp: "sent" });
    // A comment becomes a feedback item: sent at once when the answer has left the tablet, so its
    // receipt (reference, due date, a code to follow it) can be shown; otherwise queued like the answer.
    void (async () => {
      await flush();
      if (comment && storageQueue(localStorage).read().length === 0) {
        try {
          const res = await fetch(item.url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(item.body),
            credentials: "same-origin",
            signal: AbortSignal.timeout(5000),
          });
          if (res.ok) {
            const { receipt } = (await res.json()) as { receipt?: KioskFeedbackReceipt | null };
            if (receipt)
              setPhase((p) => (p.name === "thanks" && p.key === phase.key ? { ...p, receipt } : p));
            return;
          }
        } catch {
          // No network: queued below.
        }
      }
      queue(item);
    })();
  }

  return (
    <main id="main" className="kiosk" data-reset-seconds={props.resetSeconds}>
      <header className="kiosk-head">
        <p>
          <strong>{props.unitName}</strong>
          {props.counterName ? <span className="kiosk-counter">{props.counterName}</span> : null}
        </p>
        <a href={props.otherLangHref} lang={otherLang(props.lang)} hrefLang={otherLang(props.lang)}>
          {t.switchLanguage}
        </a>
      </header>
      {phase.name === "question" ? (
        <form method="post" action="/kiosk/tra-loi" onSubmit={answer}>
          <input type="hidden" name="idempotencyKey" value={props.formKey} />
          <input type="hidden" name="lang" value={props.lang} />
          <input type="hidden" name="instrument" value={props.instrument.key} />
          <input type="hidden" name="instrumentVersion" value={props.instrument.id} />
          <fieldset>
            <legend>
              <h1>{props.question}</h1>
            </legend>
            <div className="kiosk-choices">
              {props.choices.map((c) => (
                <button key={c.value} type="submit" name="value" value={c.value} className={`v${c.value}`}>
                  {c.label}
                </button>
              ))}
            </div>
          </fieldset>
        </form>
      ) : (
        <section className="kiosk-thanks">
          <h1 ref={thanksHeading} tabIndex={-1}>
            {t.thanks}
          </h1>
          <p role="status">{phase.followUp === "sent" ? t.followUpRecorded : t.recorded}</p>
          {phase.receipt ? (
            <div className="kiosk-receipt" data-testid="kiosk-receipt">
              <p>
                <strong>{sayReceipt(phase.receipt).reference}</strong>
                <br />
                {sayReceipt(phase.receipt).due}
              </p>
              <figure>
                <img className="kiosk-qr" src={phase.receipt.qr} alt="" width={220} height={220} />
                <figcaption>{t.scan}</figcaption>
              </figure>
            </div>
          ) : null}
          {phase.followUp === "offer" ? (
            <form method="post" action="/kiosk/gop-y" onSubmit={sendFollowUp}>
              <input type="hidden" name="idempotencyKey" value={phase.key} />
              <input type="hidden" name="lang" value={props.lang} />
              <fieldset>
                <legend>{t.why}</legend>
                <div className="kiosk-toggles">
                  {props.elements.map((e) => (
                    <label key={e.key} className="kiosk-toggle">
                      <input type="checkbox" name="reasons" value={e.key} />
                      <span>{e.title}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <label htmlFor="kiosk-comment">{t.comment}</label>
              <textarea id="kiosk-comment" name="comment" rows={3} maxLength={props.maxComment} />
              <p>
                <button type="submit" className="kiosk-send">
                  {t.send}
                </button>
              </p>
            </form>
          ) : null}
          <p className="kiosk-next">
            <a href={kioskHome(props.lang)} className="button" onClick={next}>
              {t.next}
            </a>
            <span data-testid="kiosk-countdown">
              {say("countdown", secondsLeft || thanksSeconds(props.resetSeconds, offered))}
            </span>
          </p>
        </section>
      )}
      <p className="kiosk-queue" role="status" data-testid="kiosk-queue" data-waiting={waiting}>
        {waiting > 0 ? say("waiting", waiting) : ""}
      </p>
    </main>
  );
}
