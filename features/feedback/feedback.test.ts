import { describe, expect, it } from "vitest";
import { say } from "@/i18n/phrase";
import {
  ageInDays,
  availableFeedbackActions,
  DEFAULT_FEEDBACK_DUE_DAYS,
  excerpt,
  feedbackQueryHref,
  feedbackTransition,
  isOverdue,
  parseDueDays,
  parseFeedbackQuery,
} from "./feedback";

const now = new Date("2026-11-25T03:00:00Z");
const daysAgo = (d: number, extraMs = 0) => new Date(now.getTime() - d * 86_400_000 - extraMs);

describe("feedback age and overdue marking", () => {
  it("counts whole days", () => {
    expect(ageInDays(daysAgo(0), now)).toBe(0);
    expect(ageInDays(daysAgo(3, 60_000), now)).toBe(3);
    expect(ageInDays(new Date(now.getTime() + 5000), now)).toBe(0);
  });
  it("marks open items only, and only once their due instant has passed", () => {
    const due = new Date(now.getTime() - 1);
    expect(isOverdue({ status: "new", dueAt: now }, now)).toBe(false);
    expect(isOverdue({ status: "new", dueAt: due }, now)).toBe(true);
    expect(isOverdue({ status: "assigned", dueAt: daysAgo(20) }, now)).toBe(true);
    expect(isOverdue({ status: "answered", dueAt: daysAgo(20) }, now)).toBe(false);
    expect(isOverdue({ status: "closed", dueAt: daysAgo(20) }, now)).toBe(false);
    expect(isOverdue({ status: "new", dueAt: null }, now)).toBe(false);
  });
  it("reads the due period from the setting, falling back to the default", () => {
    expect(parseDueDays(15)).toBe(15);
    for (const bad of [undefined, null, "15", 0, -3, 2.5, 1000, { days: 5 }]) {
      expect(parseDueDays(bad)).toBe(DEFAULT_FEEDBACK_DUE_DAYS);
    }
  });
});

describe("feedback transitions", () => {
  it("follows new → assigned → answered → closed, and reopens to assigned", () => {
    expect(feedbackTransition("assign", "new")).toMatchObject({ ok: true, to: "assigned" });
    expect(feedbackTransition("assign", "assigned")).toMatchObject({ ok: true, to: "assigned" });
    expect(feedbackTransition("reply", "assigned")).toMatchObject({ ok: true, to: "answered" });
    expect(feedbackTransition("close", "answered")).toEqual({ ok: true, from: ["answered"], to: "closed" });
    expect(feedbackTransition("reopen", "closed")).toMatchObject({ ok: true, to: "assigned" });
  });
  it("closes an unanswered item only with a note", () => {
    const refused = feedbackTransition("close", "new");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(say("vi", refused.message)).toContain("lý do");
    expect(feedbackTransition("close", "assigned", { note: "Trùng với phản ánh số 3" })).toEqual({
      ok: true,
      from: ["new", "assigned", "answered"],
      to: "closed",
    });
  });
  it("refuses invalid transitions with a message", () => {
    for (const [action, status] of [
      ["assign", "answered"],
      ["assign", "closed"],
      ["reply", "answered"],
      ["reply", "closed"],
      ["close", "closed"],
      ["reopen", "new"],
      ["reopen", "answered"],
    ] as const) {
      const result = feedbackTransition(action, status, { note: "x" });
      expect(result.ok, `${action} from ${status}`).toBe(false);
      if (!result.ok) expect(result.message.key).toBe(`feedback.errors.transitions.${action}`);
    }
  });
  it("offers the actions each status allows", () => {
    expect(availableFeedbackActions("new")).toEqual(["assign", "reply", "close"]);
    expect(availableFeedbackActions("answered")).toEqual(["close"]);
    expect(availableFeedbackActions("closed")).toEqual(["reopen"]);
  });
});

describe("inbox query parameters", () => {
  it("parses known filters and ignores the rest", () => {
    expect(
      parseFeedbackQuery({
        "trang-thai": "open",
        "don-vi": "12",
        "qua-han": "1",
        q: " chờ lâu ",
        trang: "2",
      }),
    ).toEqual({ status: "open", unitId: 12, overdue: true, q: "chờ lâu", page: 2 });
    expect(parseFeedbackQuery({ "trang-thai": "deleted", "don-vi": "1 OR 1=1", trang: "-4" })).toEqual({
      status: undefined,
      unitId: undefined,
      overdue: false,
      q: "",
      page: 1,
    });
    expect(parseFeedbackQuery({ "trang-thai": ["closed", "new"] }).status).toBe("closed");
  });
  it("round-trips through the inbox URL", () => {
    const query = { status: "new" as const, unitId: 7, overdue: true, q: "phí & lệ phí", page: 3 };
    const href = feedbackQueryHref(query);
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseFeedbackQuery(params)).toEqual(query);
    expect(feedbackQueryHref({ overdue: false, q: "", page: 1 })).toBe("/quan-ly/phan-anh");
  });
  it("shortens long text to an excerpt", () => {
    expect(excerpt("  Chờ\n\nlâu  ")).toBe("Chờ lâu");
    const long = excerpt("a ".repeat(200), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith("…")).toBe(true);
  });
});
