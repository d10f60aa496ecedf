import { describe, expect, it } from "vitest";
import { followUpToken } from "./follow-up";
import { serviceInstrument } from "./instruments";
import {
  followUpFormSchema,
  questionnaireRetry,
  questionnaireRetryHref,
  validateAnswers,
} from "./submission";

const PAGE = "/en/danh-gia/V2DVCP/day-du";

describe("a questionnaire sent back to its page", () => {
  it("goes back to the page itself with every answer given, never the other fields", () => {
    const posted = new URLSearchParams(
      "link=V2DVCP&idempotencyKey=k&lang=en&channel=web&a:I.3=5&a:IV.1=0&a:II.2=7&website=",
    );
    const href = questionnaireRetryHref(PAGE, "web", posted);
    expect(href).toBe(`${PAGE}?loi=1&a%3AI.3=5&a%3AIV.1=0`);
    const retry = questionnaireRetry(serviceInstrument, new URL(href, "http://x").searchParams);
    expect(retry && [...retry.answers]).toEqual([
      ["I.3", 5],
      ["IV.1", null],
    ]);
  });

  it("stays a short address whatever a forged post names", () => {
    const forged = new URLSearchParams([
      ["a:<script>", "5"],
      ...Array.from({ length: 3000 }, (_, i) => [`a:item-${i}`, "4"] as [string, string]),
    ]);
    const href = questionnaireRetryHref(PAGE, "web", forged);
    expect(href.length).toBeLessThan(2100);
    expect(href).toContain("a%3Aitem-0=4");
    expect(href).not.toContain("script");
  });

  it("keeps a known channel and drops an unknown one", () => {
    expect(questionnaireRetryHref(PAGE, "poster", new URLSearchParams())).toBe(`${PAGE}?loi=1&kenh=poster`);
    expect(questionnaireRetryHref(PAGE, "evil", new URLSearchParams())).toBe(`${PAGE}?loi=1`);
  });

  it("says why with the rule that refused it: nothing answered links to the first question", () => {
    const empty = questionnaireRetry(serviceInstrument, new URLSearchParams("loi=1&a:I.1=0"));
    expect(empty).toMatchObject({ firstItem: "I.1", message: { key: "survey.errors.answerOne" } });
    // The same rule as the server's.
    expect(validateAnswers(serviceInstrument, { "I.1": null })).toMatchObject({
      ok: false,
      errors: { answers: { key: "survey.errors.answerOne" } },
    });
    const rated = questionnaireRetry(serviceInstrument, new URLSearchParams("loi=1&a:I.1=4"));
    expect(rated).toMatchObject({ firstItem: null, message: { key: "survey.errors.notRecorded" } });
  });

  it("is nothing on a first visit", () => {
    expect(questionnaireRetry(serviceInstrument, new URLSearchParams("a:I.1=4"))).toBeNull();
  });
});

describe("the follow-up form", () => {
  const base = {
    token: followUpToken(1, "s".repeat(32), Date.now()),
    link: "V2DVCP",
    lang: "en",
    reasons: [],
    comment: "",
  };

  it("neither checks nor keeps contact details when no reply is asked for", () => {
    const parsed = followUpFormSchema.safeParse({ ...base, contactPhone: "abc", contactEmail: "no" });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ contactPhone: null, contactEmail: null });
    expect(parsed.data?.wantsReply).toBeUndefined();
  });

  it("checks them, and asks for consent, when a reply is asked for", () => {
    const parsed = followUpFormSchema.safeParse({ ...base, wantsReply: "1", contactPhone: "abc" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([
        ["contactPhone", "survey.errors.phoneInvalid"],
        ["consent", "survey.errors.consentNeeded"],
      ]),
    );
  });
});
