import { describe, expect, it } from "vitest";
import { retryDelayMs, smtpResult, webhookResult } from "./delivery-rules";

describe("outbox delivery rules", () => {
  it("back off from 30 s, doubling, to at most an hour", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(30)).toBe(3_600_000);
  });

  it("a 5xx SMTP reply refuses for good; a dropped connection is tried again", () => {
    expect(smtpResult(Object.assign(new Error("550 no such user"), { responseCode: 550 }))).toMatchObject({
      permanent: true,
    });
    expect(smtpResult(Object.assign(new Error("451 try later"), { responseCode: 451 }))).toMatchObject({
      permanent: false,
    });
    expect(
      smtpResult(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toMatchObject({
      permanent: false,
    });
  });

  it("the webhook's 4xx refuses for good, but 408 and 429 and 5xx are tried again", () => {
    expect(webhookResult(202)).toEqual({ ok: true });
    expect(webhookResult(400)).toMatchObject({ permanent: true });
    expect(webhookResult(429)).toMatchObject({ permanent: false });
    expect(webhookResult(408)).toMatchObject({ permanent: false });
    expect(webhookResult(503)).toMatchObject({ permanent: false });
  });
});
