import { openApiDocument } from "@/features/api-docs/openapi";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

let document: string | undefined;

/**
 * GET /api/openapi.json — the OpenAPI 3.1 document of the public APIs (responses, dossiers and their
 * figures, the public feed, health), generated from the routes' own zod schemas. Public and cacheable.
 */
export function GET(): Response {
  document ??= JSON.stringify(openApiDocument(env().PUBLIC_BASE_URL));
  return new Response(document, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "public, max-age=3600",
      "access-control-allow-origin": "*",
    },
  });
}
