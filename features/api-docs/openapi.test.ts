import { describe, expect, it } from "vitest";
import { registerDossierInput, updateDossierInput } from "@/features/dossiers/api";
import { feedQuerySchema } from "@/features/index/public-index";
import { jsonSubmissionSchema } from "@/features/survey/submission";
import { openApiValidator, pointer } from "@/test/openapi-validator";
import { openApiDocument } from "./openapi";
import { examples } from "./openapi-examples";

type Json = Record<string, unknown>;

const document = openApiDocument("https://hailong.example.gov.vn");
const validator = openApiValidator(document);
const paths = document.paths as Record<string, Record<string, Json>>;
const METHODS = ["get", "post", "patch", "put", "delete"];

const operations = Object.entries(paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, operation]) => ({ path, method, operation })),
);

/** Every `$ref` of the document, with where it is. */
function refs(value: unknown, at = "#"): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((v, i) => refs(v, `${at}/${i}`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === "$ref" && typeof v === "string" ? [[at, v] as [string, string]] : refs(v, `${at}/${k}`),
  );
}

function resolve(target: string): unknown {
  return target
    .replace(/^#\//, "")
    .split("/")
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every public API, each operation named and answered", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual([
      "GET /api/health",
      "GET /api/health/live",
      "GET /api/health/ready",
      "GET /api/v1/dossiers/figures",
      "GET /api/v1/dossiers/{code}",
      "GET /api/v1/public/index",
      "PATCH /api/v1/dossiers/{code}",
      "POST /api/v1/dossiers",
      "POST /api/v1/responses",
    ]);
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { operation } of operations)
      expect(Object.keys(operation.responses as Json)).not.toHaveLength(0);
  });

  it("resolves every $ref inside the document", () => {
    const all = refs(document);
    expect(all.length).toBeGreaterThan(20);
    for (const [at, target] of all) {
      expect(target, at).toMatch(/^#\/components\/(schemas|responses)\/[A-Za-z]+$/);
      expect(resolve(target), `${at} → ${target}`).toBeDefined();
    }
  });

  it("documents the dossier API's key, errors and statuses", () => {
    const schemes = (document.components as { securitySchemes: Json }).securitySchemes;
    expect(schemes.unitApiKey).toMatchObject({ type: "http", scheme: "bearer" });
    for (const { path, operation } of operations.filter((o) => o.path.startsWith("/api/v1/dossiers"))) {
      expect(operation.security, path).toEqual([{ unitApiKey: [] }]);
      expect(Object.keys(operation.responses as Json), path).toEqual(
        expect.arrayContaining(["200", "400", "401", "404", "413", "415"]),
      );
    }
    expect(Object.keys(validator.operation("post", "/api/v1/dossiers").responses as Json)).toEqual(
      expect.arrayContaining(["201", "409"]),
    );
  });

  it("takes its request schemas from the routes' zod schemas", () => {
    const schemas = (document.components as { schemas: Record<string, Json> }).schemas;
    expect(schemas.DossierRegistration).toMatchObject({
      required: ["code", "receivedAt"],
      additionalProperties: false,
    });
    expect(Object.keys(schemas.DossierUpdate?.properties as Json)).toEqual(
      Object.keys(updateDossierInput.shape),
    );
    expect(Object.keys(schemas.Submission?.properties as Json)).toEqual(
      Object.keys(jsonSubmissionSchema.shape),
    );
    const registration = schemas.DossierRegistration?.properties as Record<string, { enum?: string[] }>;
    const channels = registration.channel?.enum ?? [];
    expect(channels).toContain("trực tiếp");
    for (const channel of channels) {
      const sent = { ...examples.registration, channel };
      expect(registerDossierInput.safeParse(sent).success, channel).toBe(true);
    }
    const feed = validator.operation("get", "/api/v1/public/index").parameters as Json[];
    expect(feed.map((p) => [p.name, p.required])).toEqual([
      ["unit", true],
      ["from", false],
      ["to", false],
    ]);
    expect(Object.keys(feedQuerySchema.shape)).toEqual(feed.map((p) => p.name));
    const figures = validator.operation("get", "/api/v1/dossiers/figures").parameters as Json[];
    expect(figures.map((p) => [p.name, p.required])).toEqual([
      ["from", true],
      ["to", true],
      ["unit", false],
    ]);
  });

  it("has examples that the routes accept and that its schemas allow", () => {
    expect(registerDossierInput.safeParse(examples.registration).success).toBe(true);
    for (const update of Object.values(examples.updates)) {
      expect(updateDossierInput.safeParse(update).success).toBe(true);
    }
    for (const body of [examples.submission.quick, examples.submission.questionnaire]) {
      expect(jsonSubmissionSchema.safeParse(body).success).toBe(true);
    }
    let checked = 0;
    const checkMedia = (at: string, media: Json) => {
      const shown = [
        ...(media.example !== undefined ? [media.example] : []),
        ...Object.values((media.examples as Record<string, { value: unknown }> | undefined) ?? {}).map(
          (e) => e.value,
        ),
      ];
      for (const example of shown) {
        expect(validator.checkValue(`${at}/schema`, example), at).toEqual([]);
        checked++;
      }
    };
    for (const { path, method, operation } of operations) {
      const base = `paths/${pointer(path)}/${method}`;
      const body = operation.requestBody as { content: Record<string, Json> } | undefined;
      for (const [type, media] of Object.entries(body?.content ?? {})) {
        if (type === "application/json") checkMedia(`${base}/requestBody/content/${pointer(type)}`, media);
      }
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        const media = (response.content as Record<string, Json> | undefined)?.["application/json"];
        if (media) checkMedia(`${base}/responses/${status}/content/${pointer("application/json")}`, media);
      }
    }
    for (const [name, response] of Object.entries(
      (document.components as { responses: Record<string, Json> }).responses,
    )) {
      const media = (response.content as Record<string, Json> | undefined)?.["application/json"];
      if (media) checkMedia(`components/responses/${name}/content/${pointer("application/json")}`, media);
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("refuses answers it does not describe", () => {
    const json = (status: number, body: unknown) => ({
      status,
      contentType: "application/json",
      body: JSON.stringify(body),
    });
    const ok = json(200, examples.figures);
    expect(validator.check("GET", "/api/v1/dossiers/figures", ok)).toEqual([]);
    expect(validator.check("GET", "/api/v1/dossiers/figures", { ...ok, status: 500 })).not.toEqual([]);
    expect(
      validator.check("GET", "/api/v1/dossiers/figures", { ...ok, contentType: "text/plain" }),
    ).not.toEqual([]);
    for (const wrong of [
      { ...examples.figures, extra: 1 },
      { ...examples.figures, onTimeRate: 101 },
      { ...examples.figures, late: -1 },
      { ...examples.figures, from: "01/12/2026" },
    ]) {
      expect(
        validator.check("GET", "/api/v1/dossiers/figures", json(200, wrong)),
        JSON.stringify(wrong),
      ).not.toEqual([]);
    }
    const error = json(404, { error: { code: "not_found", message: "x", fields: {} } });
    expect(validator.check("GET", "/api/v1/dossiers/{code}", error)).toEqual([]);
    expect(
      validator.check("GET", "/api/v1/dossiers/{code}", json(404, { error: { code: "not_found" } })),
    ).not.toEqual([]);
    expect(validator.check("GET", "/api/v1/dossiers/{code}", { ...error, body: "<html>" })).toEqual([
      "the body is not JSON",
    ]);
  });
});
