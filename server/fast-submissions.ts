/**
 * The fast path for survey submissions: `POST /api/v1/responses` answered by the production server
 * (server.mjs) itself, without Next.js's router. Every answer a citizen gives goes through it, and Next.js's
 * per-request machinery (route matching, request and async contexts, web streams both ways) cost more than
 * the whole submission use case (docs/PERFORMANCE.md).
 *
 * It is the same code as the route handler: both call `answerSubmission`, with every check — validation,
 * velocity and surge limits, idempotency, the group commit on a synchronous=FULL database. Only the
 * envelope differs: here the Node request's headers and body are read directly. Bundled by
 * scripts/bundle-server.mjs into .next/hailong/fast-submissions.mjs, which server.mjs loads; the caches and
 * the group commit live on globalThis, so this copy of the modules shares them with Next.js's copy.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { answerSubmission } from "@/features/survey/server/submission-endpoint";
import { payloadTooLarge } from "@/lib/http";

/** The address answered here; anything else goes on to Next.js. */
export const FAST_SUBMISSION_PATH = "/api/v1/responses";

export function isFastSubmission(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const url = req.url ?? "";
  return url === FAST_SUBMISSION_PATH || url.startsWith(`${FAST_SUBMISSION_PATH}?`);
}

/** A request's header as `Headers.get` gives it (repeated headers joined), from Node's parsed headers. */
function headerReader(req: IncomingMessage): Pick<Headers, "get"> {
  return {
    get(name: string): string | null {
      const value = req.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** The body as text, refused (413, without reading on) beyond `maxBytes`. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBytes) {
        // The rest is read and dropped (Node does so once the answer is sent), never kept.
        refused = true;
        reject(payloadTooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!refused) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = response.body === null ? null : Buffer.from(await response.arrayBuffer());
  if (body !== null) headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body ?? undefined);
}

/**
 * Answers one submission (its refusals included: `answerSubmission` answers them); an unexpected error
 * rejects, and the caller logs it and answers a bare 500, as Next.js does for a route.
 */
export async function handleFastSubmission(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const response = await answerSubmission({
    headers: headerReader(req),
    text: (maxBytes) => readBody(req, maxBytes),
  });
  await send(res, response);
}
