// Built by `npm run build:survey-script` from features/survey/ui/survey-script.ts and what it imports: do not edit.
"use strict";
(() => {
  // features/kiosk/kiosk-queue.ts
  var QUEUE_STORAGE_KEY = "hl_kiosk_queue";
  function storageQueue(storage) {
    return {
      read() {
        try {
          const items = JSON.parse(storage.getItem(QUEUE_STORAGE_KEY) ?? "[]");
          return Array.isArray(items) ? items.filter(isQueueItem) : [];
        } catch {
          return [];
        }
      },
      write(items) {
        storage.setItem(QUEUE_STORAGE_KEY, JSON.stringify(items));
      }
    };
  }
  function isQueueItem(value) {
    if (typeof value !== "object" || value === null) return false;
    const v = value;
    return typeof v.id === "string" && typeof v.url === "string" && typeof v.body === "object" && v.body !== null;
  }
  function enqueue(store, item) {
    const items = store.read().filter((i) => i.id !== item.id);
    items.push(item);
    store.write(items);
    return items.length;
  }
  async function flushQueue(store, send) {
    for (; ; ) {
      const next = store.read()[0];
      if (!next) return 0;
      const outcome = await send(next);
      if (outcome === "retry") return store.read().length;
      store.write(store.read().filter((i) => i.id !== next.id));
    }
  }
  function outcomeOfStatus(status) {
    if (status >= 200 && status < 300) return "sent";
    if (status >= 400 && status < 500 && status !== 408 && status !== 429) return "rejected";
    return "retry";
  }

  // features/survey/answer-fields.ts
  var ANSWER_PREFIX = "a:";
  function answeredItem(fieldName) {
    return fieldName.startsWith(ANSWER_PREFIX) ? fieldName.slice(ANSWER_PREFIX.length) : null;
  }
  function readAnswer(value) {
    if (!/^[0-5]$/.test(value)) return void 0;
    return value === "0" ? null : Number(value);
  }
  function hasRating(values) {
    for (const value of values) if (value !== null) return true;
    return false;
  }
  function answersOf(fields) {
    const answers = /* @__PURE__ */ new Map();
    for (const [name, value] of fields) {
      const item = answeredItem(name);
      const answer = typeof value === "string" ? readAnswer(value) : void 0;
      if (item !== null && answer !== void 0) answers.set(item, answer);
    }
    return answers;
  }

  // features/survey/ui/survey-script.ts
  var OUTBOX_KEY = "hl_survey_outbox";
  var outbox = () => storageQueue({
    getItem: () => localStorage.getItem(OUTBOX_KEY),
    setItem: (_key, value) => localStorage.setItem(OUTBOX_KEY, value)
  });
  async function post(url, body) {
    const res = await fetch(url, {
      method: "POST",
      headers: { accept: "application/json" },
      body: new URLSearchParams(body),
      credentials: "same-origin"
    });
    const json = await res.json().catch(() => null);
    return { status: res.status, next: json?.next, message: json?.error?.message };
  }
  var flushing = false;
  async function flush(onSent) {
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
    } finally {
      flushing = false;
    }
  }
  function errorSummary(message, field) {
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
  function savedNotice(message) {
    const p = document.createElement("p");
    p.className = "notice";
    p.setAttribute("role", "status");
    p.textContent = message;
    return p;
  }
  function enhanceSend(box) {
    const form = box.closest("form");
    if (!form) return;
    const text = box.dataset;
    const url = form.getAttribute("action") ?? "";
    const show = (content, saved = false) => {
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
      const body = {};
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
  function enhanceProgress(bar) {
    const form = bar.closest("form");
    if (!form) return;
    const labels = JSON.parse(bar.dataset.labels ?? "[]");
    const meter = document.createElement("progress");
    meter.max = labels.length - 1;
    const caption = document.createElement("span");
    caption.setAttribute("aria-hidden", "true");
    bar.replaceChildren(meter, caption);
    const count = () => {
      const answered = new Set(
        [...form.querySelectorAll('input[type="radio"]:checked')].map((input) => input.name)
      ).size;
      const label = labels[answered] ?? "";
      meter.value = answered;
      meter.setAttribute("aria-label", label);
      caption.textContent = label;
    };
    form.addEventListener("change", count);
    form.addEventListener("click", (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== "radio" || event.detail === 0) return;
      const items = [...form.querySelectorAll("fieldset.item")];
      const next = items[items.indexOf(input.closest("fieldset.item")) + 1];
      const target = next ?? form.querySelector('button[type="submit"]');
      if (!target) return;
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
  var waiting = /* @__PURE__ */ new Set();
  function start() {
    const onSent = (item, sent) => {
      if (waiting.has(item.id) && sent.next) window.location.assign(sent.next);
    };
    for (const box of document.querySelectorAll("[data-survey-send]")) enhanceSend(box);
    for (const bar of document.querySelectorAll("[data-progress]")) enhanceProgress(bar);
    window.addEventListener("online", () => void flush(onSent));
    void flush(onSent);
  }
  start();
})();
