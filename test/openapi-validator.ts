/**
 * Checks answers against an OpenAPI 3.1 document with ajv (JSON Schema 2020-12): the status must be
 * documented for the operation, the content type listed for that status, and a JSON body valid against its
 * schema. Used by the document's unit test and by the contract and fuzz specs (e2e/api-*.spec.ts).
 * Formats are not checked here (ajv-formats is not a dependency): the schemas carry zod's patterns for
 * dates and times, and the specs check the links they rely on.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";

type Json = Record<string, unknown>;

export interface Answer {
  status: number;
  /** The Content-Type header, if any. */
  contentType: string | null;
  /** The body as text. */
  body: string;
}

/** A JSON pointer as a URI fragment: each part escaped (~0, ~1), then percent-encoded. */
export const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/");

export interface OpenApiValidator {
  /** What is wrong with an answer of `method path` (a path template of the document); empty when valid. */
  check(method: string, path: string, answer: Answer): string[];
  /** Errors of `value` against the schema at `#/<pointer>` of the document (e.g. components/schemas/Dossier). */
  checkValue(at: string, value: unknown): string[];
  /** The operation of `method path`. */
  operation(method: string, path: string): Json;
}

export function openApiValidator(document: Json): OpenApiValidator {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, validateSchema: false, allErrors: true });
  ajv.addSchema(document, "openapi.json");
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (at: string): ValidateFunction => {
    let validate = compiled.get(at);
    if (!validate) {
      validate = ajv.getSchema(`openapi.json#/${at}`);
      if (!validate) throw new Error(`no schema at #/${at}`);
      compiled.set(at, validate);
    }
    return validate;
  };
  const checkValue = (at: string, value: unknown): string[] => {
    const validate = validatorAt(at);
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`,
    );
  };
  const paths = document.paths as Record<string, Record<string, Json>>;
  const operation = (method: string, path: string): Json => {
    const found = paths[path]?.[method.toLowerCase()];
    if (!found) throw new Error(`no operation ${method} ${path} in the document`);
    return found;
  };

  return {
    operation,
    checkValue,
    check(method, path, answer) {
      const responses = operation(method, path).responses as Record<string, Json>;
      let at = pointer("paths", path, method.toLowerCase(), "responses", String(answer.status));
      let response = responses[String(answer.status)];
      if (!response) return [`status ${answer.status} is not documented for ${method} ${path}`];
      const target = response.$ref;
      if (typeof target === "string") {
        at = target.replace(/^#\//, "");
        response = (document.components as { responses: Record<string, Json> }).responses[
          target.split("/").pop() ?? ""
        ];
        if (!response) return [`${target} is missing`];
      }
      const content = response.content as Record<string, Json> | undefined;
      // A redirect's body is a courtesy text, not part of any contract.
      if (!content) {
        return answer.body === "" || (answer.status >= 300 && answer.status < 400)
          ? []
          : [`status ${answer.status} documents no body`];
      }
      const type = (answer.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      if (!content[type]) return [`content type "${type}" is not documented for ${answer.status}`];
      if (type !== "application/json") return [];
      let body: unknown;
      try {
        body = JSON.parse(answer.body);
      } catch {
        return ["the body is not JSON"];
      }
      return checkValue(`${at}/${pointer("content", type, "schema")}`, body);
    },
  };
}
