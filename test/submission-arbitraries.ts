import fc from "fast-check";
import { serviceElements } from "@/features/survey/instruments";
import { MAX_COMMENT_LENGTH, MAX_SUBMISSION_BYTES } from "@/features/survey/submission";
import { channels } from "@/lib/constants";
import { fixtureLinks } from "./survey-fixture";

/** Generators for JSON submissions to POST /api/v1/responses: valid ones, and valid ones with one flaw. */

export type Payload = Record<string, unknown> & {
  instrument: string;
  answers: Record<string, number | null>;
};

/** Stands in for the idempotency key; each run swaps in a fresh one so shrinking never replays a key. */
export const KEY_PLACEHOLDER = "vitest-placeholder-key";

export function withFreshKey(payload: unknown, key: string): unknown {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return payload;
  const p = payload as Record<string, unknown>;
  return p.idempotencyKey === KEY_PLACEHOLDER ? { ...p, idempotencyKey: key } : p;
}

export const serviceItemKeys = serviceElements.flatMap((e) => e.items.map((i) => i.key));
const elementKeys = ["I", "II", "III", "IV", "V"];
const schemaKeys = ["link", "idempotencyKey", "instrument", "answers", "channel", "reasons", "comment"];

/** Text an attacker would try; each must be stored as typed and rendered escaped. */
export const hostileTexts = [
  "<script>alert(1)</script>",
  "'); DROP TABLE responses;--",
  '" OR 1=1; --',
  "<img src=x onerror=alert(1)>",
  "Robert'); DELETE FROM answers; --",
  "{{constructor.constructor('alert(1)')()}}",
  "$(rm -rf /) `id`",
  "Hài lòng 😀 <b>đậm</b> &amp; &lt;",
];

const quickSurvey = fc.record(
  {
    instrument: fc.constant("quick"),
    answers: fc.record({ quick: fc.integer({ min: 1, max: 3 }) }),
    reasons: fc.subarray(elementKeys),
  },
  { requiredKeys: ["instrument", "answers"] },
);

const serviceSurvey = fc.record({
  instrument: fc.constant("service"),
  answers: fc
    .dictionary(
      fc.constantFrom(...serviceItemKeys),
      fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      {
        minKeys: 1,
      },
    )
    .filter((a) => Object.values(a).some((v) => v !== null)),
});

/** A valid submission without its idempotency key (each test run adds a fresh one). */
export const validPayload: fc.Arbitrary<Payload> = fc
  .record(
    {
      link: fc.constantFrom(
        fixtureLinks.unit,
        fixtureLinks.counter,
        fixtureLinks.otherUnit,
        "aaaa22",
        " CCCC33 ",
      ),
      survey: fc.oneof(quickSurvey, serviceSurvey),
      channel: fc.constantFrom(...channels),
      comment: fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 })),
      website: fc.constantFrom("", "   ", "https://spam.example"),
    },
    { requiredKeys: ["link", "survey"] },
  )
  .map(({ survey, ...rest }) => ({ ...rest, ...survey, idempotencyKey: KEY_PLACEHOLDER }));

export type Expected =
  | { kind: "stored"; answers: Record<string, number | null> }
  | { kind: "refused"; status: number; field?: string };

export interface Mutation {
  label: string;
  payload: unknown;
  expected: Expected;
}

const refused = (status: number, field?: string): Expected => ({ kind: "refused", status, field });

const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const notARecord = fc.oneof(
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([3]),
  fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 5 }),
);
/** Anything that is not a level of the instrument's scale (null, "not applicable", is a valid answer). */
const notALevel = (levels: number) =>
  fc.oneof(
    fc.integer().filter((n) => n < 1 || n > levels),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
    fc.integer({ min: 1, max: levels }).map(String),
    fc.boolean(),
    fc.constant([3]),
    fc.constant({ value: 3 }),
  );

function with_(p: Payload, changes: Record<string, unknown>): Record<string, unknown> {
  return { ...p, ...changes };
}

function without(p: Payload, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = p;
  return rest;
}

/** One flaw (or one harmless change) applied to a valid submission, with the outcome it must have. */
export function mutationOf(p: Payload): fc.Arbitrary<Mutation> {
  const stored: Expected = { kind: "stored", answers: p.answers };
  const itemKeys = p.instrument === "quick" ? ["quick"] : serviceItemKeys;
  const answered = Object.keys(p.answers);
  const levels = p.instrument === "quick" ? 3 : 5;
  return fc.oneof(
    fc
      .tuple(
        fc.constantFrom("link", "idempotencyKey", "instrument", "channel", "comment", "website"),
        notAString,
      )
      .map(([field, value]) => ({
        label: `${field} is not a string`,
        payload: with_(p, { [field]: value }),
        expected: refused(400, field),
      })),
    notARecord.map((value) => ({
      label: "answers is not an object",
      payload: with_(p, { answers: value }),
      expected: refused(400, "answers"),
    })),
    fc
      .oneof(
        notAString.filter((v) => !Array.isArray(v)),
        fc.constant([1]),
      )
      .map((value) => ({
        label: "reasons is not a list of element keys",
        payload: with_(p, { reasons: value }),
        expected: refused(400, "reasons"),
      })),
    fc.constantFrom("link", "idempotencyKey", "instrument", "answers").map((field) => ({
      label: `${field} is missing`,
      payload: without(p, field),
      expected: refused(400, field),
    })),
    fc.constantFrom("channel", "comment", "website", "reasons").map((field) => ({
      label: `optional ${field} is missing`,
      payload: without(p, field),
      expected: stored,
    })),
    fc
      .tuple(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 60 }),
          fc.constantFrom("I.1 ", "i.1", "quick", "VI.1", "toString", "constructor", "__proto__"),
        ),
        fc.integer({ min: 1, max: levels }),
      )
      .filter(([key]) => !itemKeys.includes(key))
      .map(([key, value]) => ({
        label: `unknown item ${JSON.stringify(key)}`,
        payload: with_(p, { answers: Object.fromEntries([...Object.entries(p.answers), [key, value]]) }),
        expected: refused(400, `answers.${key}`),
      })),
    fc.tuple(fc.constantFrom(...answered), notALevel(levels)).map(([item, value]) => ({
      label: `answer ${item} = ${JSON.stringify(value)}`,
      payload: with_(p, { answers: { ...p.answers, [item]: value } }),
      expected: refused(400, `answers.${item}`),
    })),
    fc.constantFrom({}, Object.fromEntries(answered.map((k) => [k, null]))).map((answers) => ({
      label: "nothing answered",
      payload: with_(p, { answers }),
      expected: refused(400, "answers"),
    })),
    fc
      .tuple(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 30 }),
          fc.constantFrom("__proto__", "constructor", "Link"),
        ),
        fc.jsonValue({ maxDepth: 1 }),
      )
      .filter(([key]) => !schemaKeys.includes(key) && key !== "website" && key !== "receipt")
      .map(([key, value]) => ({
        label: `extra key ${JSON.stringify(key)}`,
        payload: with_(p, { [key]: value }),
        expected: refused(400, key),
      })),
    fc.constantFrom([p], [], JSON.stringify(p), 42, null, true).map((payload) => ({
      label: "not an object",
      payload,
      expected: refused(400, "form"),
    })),
    fc.integer({ min: MAX_COMMENT_LENGTH + 1, max: MAX_SUBMISSION_BYTES - 1024 }).map((n) => ({
      label: `comment of ${n} characters`,
      payload: with_(p, { comment: "x".repeat(n) }),
      expected: refused(400, "comment"),
    })),
    fc.integer({ min: MAX_SUBMISSION_BYTES, max: 4 * MAX_SUBMISSION_BYTES }).map((n) => ({
      label: `body over the cap (${n} character comment)`,
      payload: with_(p, { comment: "x".repeat(n) }),
      expected: refused(413),
    })),
    fc.integer({ min: 100, max: 5000 }).map((n) => ({
      label: `link of ${n} characters`,
      payload: with_(p, { link: "A".repeat(n) }),
      expected: refused(400, "link"),
    })),
    fc
      .oneof(fc.constantFrom(...hostileTexts), fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }))
      .map((comment) => ({
        label: "hostile or unicode comment",
        payload: with_(p, { comment }),
        expected: stored,
      })),
    fc.constantFrom(["VI"], ["I", "I", "x"], Array(11).fill("I"), ["IIIIIIIIIII"]).map((reasons) => ({
      label: `reasons ${JSON.stringify(reasons)}`,
      payload: with_(p, { reasons }),
      expected: refused(400, "reasons"),
    })),
    fc.constantFrom("ZZZZ99", "DDDD44").map((link) => ({
      label: `unknown or disabled link ${link}`,
      payload: with_(p, { link }),
      expected: refused(404, "link"),
    })),
    fc.constantFrom("nope", "quick2", "QUICK", "").map((instrument) => ({
      label: `instrument ${JSON.stringify(instrument)}`,
      payload: with_(p, { instrument }),
      expected: refused(400, "instrument"),
    })),
    fc
      .constantFrom("short", "has spaces in it ....", "x".repeat(101), "<script>alert(1)</script>")
      .map((key) => ({
        label: `idempotency key ${JSON.stringify(key)}`,
        payload: with_(p, { idempotencyKey: key }),
        expected: refused(400, "idempotencyKey"),
      })),
    fc.constantFrom("email", "KIOSK", "").map((channel) => ({
      label: `channel ${JSON.stringify(channel)}`,
      payload: with_(p, { channel }),
      expected: refused(400, "channel"),
    })),
    fc.constantFrom("short", "<script>xxxxxxxxxxxxxxxx", "aaaaaaaaaaaaaaaaaaaaaaaa").map((receipt) => ({
      label: `receipt ${receipt}`,
      payload: with_(p, { receipt }),
      expected: refused(receipt.startsWith("a") ? 404 : 400, "receipt"),
    })),
  );
}
