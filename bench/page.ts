/** Procedure page throughput: the Next.js app against a plain node:http server sending the same bytes. */
import { request } from "node:http";
import { Worker } from "node:worker_threads";
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import type { Client } from "@libsql/client";
import { log } from "./format";
import { LOAD, type LoadSummary, runLoad } from "./load";

export const PAGE_TARGETS = { requestsPerSecond: 1500, shareOfPlain: 0.1, gzipBytes: 30 * 1024 } as const;

export interface PageResult {
  path: string;
  status: number;
  contentType: string;
  contentEncoding: string | null;
  cacheControl: string | null;
  htmlBytes: number;
  gzipBytes: number;
  app: LoadSummary;
  plain: LoadSummary;
  /** app req/s ÷ plain req/s */
  ratio: number;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One GET with node:http and no Accept-Encoding, exactly like autocannon's requests. */
export function getRaw(url: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

/** The HTML itself: the load test never asks for compression, so the body is normally already raw. */
function decode(body: Buffer, encoding: string | null): Buffer {
  switch (encoding) {
    case null:
    case "identity":
      return body;
    case "gzip":
      return gunzipSync(body);
    case "br":
      return brotliDecompressSync(body);
    case "deflate":
      return inflateSync(body);
    default:
      throw new Error(`unexpected content-encoding ${encoding}`);
  }
}

export async function pickProcedurePath(db: Client): Promise<string> {
  const rs = await db.execute(
    `SELECT u.slug, p.code FROM unit_procedures up JOIN units u ON u.id=up.unit_id JOIN procedures p ON p.id=up.procedure_id WHERE p.status='in_force' ORDER BY up.id LIMIT 1`,
  );
  const row = rs.rows[0];
  if (!row) throw new Error("no in-force procedure attached to a unit: was the demo seeded?");
  const slug = String(row.slug);
  const code = String(row.code);
  return `/vi/don-vi/${encodeURIComponent(slug)}/thu-tuc/${encodeURIComponent(code)}`;
}

// Runs on its own thread so the plain server does not share an event loop with autocannon
// (the app server has a whole process to itself too).
const PLAIN_SERVER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createServer } = require("node:http");
const body = Buffer.from(workerData.body);
const headers = workerData.headers;
const server = createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 65000;
server.on("error", (error) => parentPort.postMessage({ error: String(error) }));
server.listen(workerData.port, "127.0.0.1", () => parentPort.postMessage({ listening: true }));
`;

interface PlainServer {
  url: string;
  stop(): Promise<void>;
}

async function startPlainServer(
  port: number,
  body: Buffer,
  headers: Record<string, string>,
): Promise<PlainServer> {
  const worker = new Worker(PLAIN_SERVER_SOURCE, {
    eval: true,
    workerData: { port, body: new Uint8Array(body), headers },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", (message: { listening?: boolean; error?: string }) => {
      if (message.listening) resolve();
      else reject(new Error(`plain server on port ${port}: ${message.error ?? "failed to start"}`));
    });
    worker.once("error", reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await worker.terminate();
    },
  };
}

export async function benchPage(baseUrl: string, db: Client, plainPort: number): Promise<PageResult> {
  const path = await pickProcedurePath(db);
  const url = `${baseUrl}${path}`;
  log(`procedure page: ${path}`);

  log("warming up (20 requests)…");
  for (let i = 0; i < 20; i++) {
    const res = await getRaw(url);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}, expected 200`);
  }
  const page = await getRaw(url);
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}, expected 200`);
  const contentType = page.headers["content-type"] ?? "text/html; charset=utf-8";
  const contentEncoding = page.headers["content-encoding"] ?? null;
  const html = decode(page.body, contentEncoding);
  log(
    `page: ${page.body.length} bytes, content-type ${contentType}, content-encoding ${contentEncoding ?? "none"}, cache-control ${page.headers["cache-control"] ?? "none"}`,
  );

  const options = { connections: LOAD.connections, duration: LOAD.durationSeconds } as const;
  const app = await runLoad("app page", { url, ...options });

  // Let the app finish what autocannon abandoned at the deadline before the next run shares the CPUs.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const plainHeaders: Record<string, string> = { "content-type": contentType };
  if (contentEncoding) plainHeaders["content-encoding"] = contentEncoding;
  const plainServer = await startPlainServer(plainPort, page.body, plainHeaders);
  let plain: LoadSummary;
  try {
    const check = await getRaw(`${plainServer.url}${path}`);
    if (!check.body.equals(page.body)) throw new Error("plain server does not send the page's bytes");
    plain = await runLoad("plain page", { url: `${plainServer.url}${path}`, ...options });
  } finally {
    await plainServer.stop();
  }

  return {
    path,
    status: page.status,
    contentType,
    contentEncoding,
    cacheControl: page.headers["cache-control"] ?? null,
    htmlBytes: html.length,
    gzipBytes: gzipSync(html).length,
    app,
    plain,
    ratio: plain.requestsPerSecond > 0 ? app.requestsPerSecond / plain.requestsPerSecond : 0,
  };
}
