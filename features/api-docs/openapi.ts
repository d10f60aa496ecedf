/**
 * The OpenAPI 3.1 document of every public API (`GET /api/openapi.json`). Request and response schemas are
 * generated from the zod schemas the routes validate with and answer by (`z.toJSONSchema`, JSON Schema
 * 2020-12: requests as they are sent, responses as they are written), so the document cannot drift from
 * the code; the examples are checked against it (openapi.test.ts). Pure.
 */
import {
  apologyOutput,
  dossierOutput,
  dossierPath,
  figuresOutput,
  figuresQuery,
  registerDossierInput,
  unitQuery,
  updateDossierInput,
} from "@/features/dossiers/api";
import {
  feedQuerySchema,
  publicFeedOutput,
  publicFigureOutput,
  publicUnitOutput,
} from "@/features/index/public-index";
import { jsonSubmissionSchema, submissionResult } from "@/features/survey/submission";
import { apiErrorBody } from "@/lib/http";
import { examples } from "./openapi-examples";
import { errorContent, errorResponses, htmlPage, jsonAnswer, jsonBody, use } from "./openapi-responses";
import { componentSchemas, type Json, parameters, ref, surveyFormSchema } from "./openapi-schemas";

const codeParameters = parameters("path", dossierPath, {
  code: "The dossier's code as registered, URL-encoded (any characters; not “.”, “..” or “figures”).",
});

const unitParameters = parameters("query", unitQuery, {
  unit: "The unit, when several of the key's units use the same code.",
});

const keyed = [{ unitApiKey: [] }];

/** What an address that cannot name a dossier gets (codes no dossier can have: see dossierCode). */
const unaddressable = {
  "308": {
    description:
      "An empty code, “.” or “..”: the address is normalised to another path (no dossier has such a code).",
    headers: { Location: { schema: { type: "string" }, example: "/api/v1" } },
  },
};
const dossierErrors = {
  "400": use("BadRequest"),
  "401": use("Unauthorized"),
  "404": use("NotFound"),
  "413": use("PayloadTooLarge"),
  "414": use("UriTooLong"),
  "415": use("UnsupportedMediaType"),
};

function paths(): Json {
  return {
    "/api/v1/responses": {
      post: {
        operationId: "submitResponse",
        tags: ["Survey"],
        summary: "A citizen's survey answer (public)",
        description:
          "JSON from kiosks, receipts and other clients; also the survey pages' plain form posts " +
          "(application/x-www-form-urlencoded), which go on with `303` to the next page — or, sent with " +
          "`Accept: application/json`, get the JSON answer with `next`. Replays of an idempotency key store " +
          "nothing new. Limits flag or hold answers, never refuse them. At most 32 KB.",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: ref("Submission"),
              examples: {
                quick: { value: examples.submission.quick },
                questionnaire: { value: examples.submission.questionnaire },
              },
            },
            "application/x-www-form-urlencoded": {
              schema: surveyFormSchema(),
              example: examples.submission.form,
            },
          },
        },
        responses: {
          "200": jsonAnswer("A replay: already stored.", "SubmissionResult", { id: 1234, duplicate: true }),
          "201": jsonAnswer("Stored.", "SubmissionResult", { id: 1234, duplicate: false }),
          "303": {
            description:
              "A plain form post: the thank-you page, or the questionnaire again with its answers.",
            headers: { Location: { schema: { type: "string" }, example: "/vi/danh-gia/V2DVCP/cam-on?t=…" } },
          },
          "400": use("BadRequest"),
          "403": {
            description: "A kiosk that is revoked, or a QR code of another unit than the kiosk's.",
            content: { ...errorContent(examples.errors.kiosk), ...htmlPage },
          },
          "404": {
            description: "Unknown QR code or receipt.",
            content: { ...errorContent(examples.errors.unknownLink), ...htmlPage },
          },
          "413": use("PayloadTooLarge"),
          "414": use("UriTooLong"),
          "415": use("UnsupportedMediaType"),
        },
      },
    },
    "/api/v1/dossiers": {
      post: {
        operationId: "registerDossier",
        tags: ["Dossiers"],
        summary: "Register a dossier on receipt",
        description:
          "Gives the receipt's single-use survey link and its QR code (SVG) to print. Idempotent: the same " +
          "registration again answers `200` with the stored dossier and writes nothing; other content under " +
          "a registered code is a `409` naming the fields (send changes by PATCH). At most 16 KB.",
        security: keyed,
        requestBody: jsonBody("DossierRegistration", { onReceipt: examples.registration }),
        responses: {
          "200": jsonAnswer(
            "Registered before with the same content: nothing written.",
            "Dossier",
            examples.registered,
          ),
          "201": jsonAnswer("Registered.", "Dossier", examples.registered),
          ...dossierErrors,
          "409": use("Conflict"),
        },
      },
    },
    "/api/v1/dossiers/{code}": {
      parameters: codeParameters,
      get: {
        operationId: "readDossier",
        tags: ["Dossiers"],
        summary: "A dossier as stored, with its apology letters",
        security: keyed,
        parameters: unitParameters,
        responses: {
          "200": jsonAnswer("The dossier.", "Dossier", examples.returned),
          ...dossierErrors,
          ...unaddressable,
        },
      },
      patch: {
        operationId: "updateDossier",
        tags: ["Dossiers"],
        summary: "Progress, return, complaint, new date with an apology letter",
        description:
          "Only the fields sent change. `newDueAt` with `apologyReason` records an apology letter " +
          "(phiếu xin lỗi và hẹn lại ngày trả kết quả) numbered per unit and year. Sending what is already " +
          "stored changes nothing. At most 16 KB.",
        security: keyed,
        parameters: unitParameters,
        requestBody: jsonBody("DossierUpdate", examples.updates),
        responses: {
          "200": jsonAnswer("The dossier after the change.", "Dossier", examples.returned),
          ...dossierErrors,
          ...unaddressable,
          "405": { description: "“figures” as the code: that address is the figures' (GET only)." },
        },
      },
    },
    "/api/v1/dossiers/figures": {
      get: {
        operationId: "dossierFigures",
        tags: ["Dossiers"],
        summary: "On-time rate and the QĐ 766 ratio of a unit's subtree",
        description:
          "Over local days (Asia/Ho_Chi_Minh), both included, at most five years; the key's unit or a unit below it.",
        security: keyed,
        parameters: parameters("query", figuresQuery, {
          from: "First day (YYYY-MM-DD).",
          to: "Last day (YYYY-MM-DD).",
          unit: "A unit below the key's (default: the key's unit).",
        }),
        responses: {
          "200": jsonAnswer("The figures.", "DossierFigures", examples.figures),
          ...dossierErrors,
        },
      },
    },
    "/api/v1/public/index": {
      get: {
        operationId: "publicIndex",
        tags: ["Public"],
        summary: "The published quick satisfaction index of a unit",
        description:
          "A current unit's subtree, each unit directly below it and a 12-month trend; both days or neither " +
          "(the latest full month), at most 366 days. Held and flagged answers never count; below the " +
          "minimum n no index is published.",
        parameters: parameters("query", feedQuerySchema, {
          unit: "The unit's id (as on the public board).",
          from: "First day (YYYY-MM-DD), with `to`.",
          to: "Last day (YYYY-MM-DD), with `from`.",
        }),
        responses: {
          "200": jsonAnswer("The published figures.", "PublicFeed", examples.feed, {
            "Cache-Control": { schema: { type: "string" }, example: "public, max-age=300" },
          }),
          "400": use("BadRequest"),
          "404": {
            description: "No current unit with this id.",
            content: errorContent(examples.errors.unitNotFound),
          },
          "414": use("UriTooLong"),
        },
      },
    },
    "/api/health": healthPath(
      "readiness",
      "The database answers and every migration is applied (as /ready).",
    ),
    "/api/health/ready": healthPath(
      "ready",
      "The database answers and every migration of this build is applied.",
    ),
    "/api/health/live": {
      get: {
        operationId: "live",
        tags: ["Health"],
        summary: "The process is up (no database)",
        responses: {
          "200": {
            description: "Live.",
            content: { "application/json": { schema: healthSchema(["live"]), example: { status: "live" } } },
          },
        },
      },
    },
  };
}

function healthSchema(statuses: string[]): Json {
  return {
    type: "object",
    properties: { status: { type: "string", enum: statuses } },
    required: ["status"],
    additionalProperties: false,
  };
}

function healthPath(operationId: string, summary: string): Json {
  return {
    get: {
      operationId,
      tags: ["Health"],
      summary,
      responses: {
        "200": {
          description: "Ready.",
          content: { "application/json": { schema: healthSchema(["ok"]), example: { status: "ok" } } },
        },
        "503": {
          description: "Not ready.",
          content: {
            "application/json": { schema: healthSchema(["unavailable"]), example: { status: "unavailable" } },
          },
        },
      },
    },
  };
}

/** The document, with `serverUrl` (the public origin) as its server. */
export function openApiDocument(serverUrl: string): Json {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Hài Lòng API",
      version: "1",
      summary: "Survey answers, dossiers of one-stop software, the published satisfaction index.",
      description:
        "Errors are `{ error: { code, message, fields } }`: `code` and the field names never change; the " +
        "messages are in the language of `Accept-Language` (Vietnamese unless English is preferred). " +
        "Guide: docs/API.md.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "Survey", description: "Citizens' answers (public)." },
      { name: "Dossiers", description: "A unit's one-stop software, with the unit's API key." },
      { name: "Public", description: "Published figures (public, cacheable)." },
      { name: "Health", description: "Probes." },
    ],
    paths: paths(),
    components: {
      schemas: {
        ...componentSchemas([jsonSubmissionSchema, registerDossierInput, updateDossierInput], "input"),
        ...componentSchemas(
          [
            submissionResult,
            dossierOutput,
            apologyOutput,
            figuresOutput,
            publicFeedOutput,
            publicFigureOutput,
            publicUnitOutput,
            apiErrorBody,
          ],
          "output",
        ),
      },
      responses: errorResponses,
      securitySchemes: {
        unitApiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "hl_<prefix>_<secret>",
          description:
            "A unit's API key, created by a unit administrator at /quan-ly/khoa-api (shown once, stored " +
            "hashed, revocable). It reaches its unit and the units below it.",
        },
      },
    },
  };
}
