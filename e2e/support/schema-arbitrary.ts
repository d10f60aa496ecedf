import fc from "fast-check";

// fast-check arbitraries from the JSON Schemas of an OpenAPI document: values the schema allows (mostly),
// and hostile ones — wrong types, huge and odd strings, bad dates, negative ids, missing and extra fields.

type Json = Record<string, unknown>;

/** Values no schema here allows, or that break naive code. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    -9007199254740991,
    1.5,
    1e308,
    "",
    " ",
    "x".repeat(5000),
    "\u0000",
    "\ud800",
    "Đăng ký khai sinh 🎉",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "__proto__",
    "2026-02-30T25:61:00Z",
    "2026-13-01",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59+07:00",
    "NaN",
    [],
    {},
    JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}'),
  ),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.integer(),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/**
 * A time in 2018–2019 with a +07:00 offset: dossiers the fuzzer registers stay far from the dates other
 * specs count.
 */
const instant = fc
  .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2019, 11, 31) })
  .map((ms) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`);
const day = fc
  .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2027, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

export function schemaArbitrary(schema: Json, document: Json, depth = 0): fc.Arbitrary<unknown> {
  const target = schema.$ref;
  if (typeof target === "string") {
    const resolved = target
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, k) => (node as Json)[k], document) as Json;
    return schemaArbitrary(resolved, document, depth);
  }
  const options = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (options) return fc.oneof(...options.map((o) => schemaArbitrary(o, document, depth)));
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  return fc.oneof(...types.map((type) => typed(String(type), schema, document, depth)));
}

function typed(type: string, schema: Json, document: Json, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const min = Number(
        schema.minimum ??
          (schema.exclusiveMinimum === undefined ? -1000 : Number(schema.exclusiveMinimum) + 1),
      );
      const max = Number(schema.maximum ?? 1000);
      return fc.oneof(fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) }), fc.constant(max));
    }
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case "array":
      return fc.array(schemaArbitrary((schema.items as Json) ?? {}, document, depth + 1), {
        maxLength: Math.min(Number(schema.maxItems ?? 3), 3),
      });
    case "object":
      return objectArbitrary(schema, document, depth);
    case "string":
      return stringArbitrary(schema);
    default:
      return hostile;
  }
}

function stringArbitrary(schema: Json): fc.Arbitrary<string> {
  if (schema.format === "date-time") return instant;
  if (schema.format === "date") return day;
  if (typeof schema.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 200);
    } catch {
      // A pattern fast-check cannot generate from: plain strings below.
    }
  }
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.min(Number(schema.maxLength ?? 40), 40);
  return fc.string({ unit: "grapheme", minLength, maxLength: Math.max(minLength, maxLength) });
}

function objectArbitrary(schema: Json, document: Json, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties as Record<string, Json> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  if (depth > 3) return fc.constant({});
  const shape = Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [k, schemaArbitrary(v, document, depth + 1)]),
  );
  const requiredKeys = [...required].filter((k) => k in shape);
  const known = fc.oneof(
    fc.record(shape, { requiredKeys }),
    // Only what is required: the shortest request the server may accept.
    fc.record(Object.fromEntries(requiredKeys.map((k) => [k, shape[k] ?? fc.constant(null)]))),
  );
  const extra =
    typeof schema.additionalProperties === "object"
      ? fc.dictionary(
          fc.string({ minLength: 1, maxLength: 8 }),
          schemaArbitrary(schema.additionalProperties as Json, document, depth + 1),
          { maxKeys: 2 },
        )
      : fc.constant({});
  return fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...a }));
}

/** A value of `schema`, or one spoiled: a field dropped, changed to a hostile value, or an extra field. */
export function fuzzedValue(schema: Json, document: Json): fc.Arbitrary<unknown> {
  const value = schemaArbitrary(schema, document);
  const spoiled = fc
    .tuple(value, fc.nat(), hostile, fc.constantFrom("drop", "replace", "extra"))
    .map(([v, i, bad, how]) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return bad;
      const out: Record<string, unknown> = { ...v };
      const keys = Object.keys(out);
      const k = keys.length > 0 ? keys[i % keys.length] : undefined;
      if (how === "drop" && k) delete out[k];
      else if (how === "replace" && k) out[k] = bad;
      else out[`extra${i % 3}`] = bad;
      return out;
    });
  return fc.oneof(
    { arbitrary: value, weight: 3 },
    { arbitrary: spoiled, weight: 2 },
    { arbitrary: hostile, weight: 1 },
  );
}
