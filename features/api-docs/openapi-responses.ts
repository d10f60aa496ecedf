/** The answers shared by the operations of the OpenAPI document: errors, JSON bodies. Pure. */
import { examples } from "./openapi-examples";
import { type Json, ref } from "./openapi-schemas";

export const errorContent = (example: Json) => ({
  "application/json": { schema: ref("Error"), example },
});
export const htmlPage = { "text/html": { schema: { type: "string" } } };

/** The error answers a client can get, each with its `{ error }` body. */
export const errorResponses: Record<string, Json> = {
  BadRequest: {
    description:
      "Bad input: `fields` names each bad field. (A malformed address gets the server's own HTML page.)",
    content: { ...errorContent(examples.errors.badRequest), ...htmlPage },
  },
  Unauthorized: {
    description: "No API key, or an unknown or revoked one (checked before anything else is read).",
    headers: { "WWW-Authenticate": { schema: { type: "string" }, example: 'Bearer realm="hailong"' } },
    content: errorContent(examples.errors.unauthorized),
  },
  NotFound: { description: "Unknown, or not the key's.", content: errorContent(examples.errors.notFound) },
  Conflict: {
    description: "The code is registered with other content: `fields` names what differs (update by PATCH).",
    content: errorContent(examples.errors.conflict),
  },
  PayloadTooLarge: {
    description: "The body is over its limit (refused before it is read). HTML when it was not sent as JSON.",
    content: { ...errorContent(examples.errors.tooLarge), ...htmlPage },
  },
  UriTooLong: { description: "The address is over 6 KB (the server's own page).", content: htmlPage },
  UnsupportedMediaType: {
    description: "Another content type than the operation accepts.",
    content: errorContent(examples.errors.unsupportedMediaType),
  },
};

export const use = (name: keyof typeof errorResponses) => ({ $ref: `#/components/responses/${name}` });

export const jsonBody = (schemaId: string, bodyExamples: Record<string, Json>) => ({
  required: true,
  content: {
    "application/json": {
      schema: ref(schemaId),
      examples: Object.fromEntries(Object.entries(bodyExamples).map(([k, value]) => [k, { value }])),
    },
  },
});

export const jsonAnswer = (description: string, schemaId: string, example: Json, headers?: Json) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/json": { schema: ref(schemaId), example } },
});
