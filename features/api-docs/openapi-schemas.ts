/** JSON Schemas from zod schemas for the OpenAPI document (`z.toJSONSchema`, draft 2020-12). Pure. */
import { z } from "zod";
import { quickFormSchema } from "@/features/survey/submission";

export type Json = Record<string, unknown>;
export type Io = "input" | "output";

export const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The JSON Schemas of zod schemas that carry a `.meta({ id })`, by id, referring to each other. */
export function componentSchemas(schemas: z.ZodType[], io: Io): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const schema of schemas) {
    const id = z.globalRegistry.get(schema)?.id;
    if (typeof id !== "string") throw new Error("a component schema needs .meta({ id })");
    registry.add(schema, { id });
  }
  const { schemas: out } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(out).map(([id, { $schema, $id, ...schema }]) => [id, schema as Json]),
  );
}

/** A query or path schema (an object of strings) as OpenAPI parameters. */
export function parameters(
  where: "query" | "path",
  schema: z.ZodType,
  descriptions: Record<string, string> = {},
): Json[] {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: json.required?.includes(name) ?? false,
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: property,
  }));
}

/**
 * The survey pages' plain form (JavaScript off): the quick form's fields, or a questionnaire's answers as
 * `a:<item>` fields; only the link and the idempotency key are required (the rest has defaults).
 */
export function surveyFormSchema(): Json {
  const { $schema, ...json } = z.toJSONSchema(quickFormSchema, { target: "draft-2020-12", io: "input" });
  return {
    ...json,
    required: ["link", "idempotencyKey"],
    patternProperties: {
      "^a:": { type: "string", description: "An item's answer: 1–5, or 0 for no opinion." },
    },
  };
}
