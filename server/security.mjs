// Security headers for every response, and a Content Security Policy without 'unsafe-inline' scripts.
//
// Why hashes computed here, not nonces: Next.js 16 puts a few inline <script>s in every page (the RSC
// payload `self.__next_f.push([1,"…"])`, its `(self.__next_f=…).push([0])` opener and Turbopack's chunk
// list). A nonce needs a fresh render per request, which would end the cached (ISR) citizen pages and
// the micro-cache. So the policy allows 'self' script files and the sha256 of each inline script of that
// very response, and only of scripts of those three shapes: a call whose single argument is a JSON
// literal, i.e. data and never code. An injected script of any other shape gets no hash and is blocked.
import { createHash } from "node:crypto";
import {
  brotliCompressSync,
  brotliDecompressSync,
  deflateSync,
  gunzipSync,
  gzipSync,
  inflateSync,
} from "node:zlib";

const publicBaseUrl = process.env.PUBLIC_BASE_URL ?? "http://localhost:3000";
const https = publicBaseUrl.startsWith("https:");

/** Paths that carry a secret token: the browser must not send them on as a Referer. */
const TOKEN_PATH = /^\/(r|(vi|en)\/(bien-nhan|theo-doi)|kiosk\/kich-hoat)\//;

/** Headers for every response, set before Next.js answers (a route handler may override a value). */
export function setSecurityHeaders(req, res) {
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("cross-origin-opener-policy", "same-origin");
  res.setHeader(
    "referrer-policy",
    TOKEN_PATH.test(req.url ?? "") ? "no-referrer" : "strict-origin-when-cross-origin",
  );
  res.setHeader(
    "permissions-policy",
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  );
  if (https) res.setHeader("strict-transport-security", "max-age=31536000; includeSubDomains");
}

/** The page policy, with the hashes of the inline scripts the page may run. */
export function htmlPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join("")}`,
    // Inlined CSS (experimental.inlineCss), chart and poster style attributes: styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Anything else (SVG, JSON, files): no script at all, never framed. */
const OTHER_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

// ---------------------------------------------------------------- inline scripts

const JSON_CALLS = [
  /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(([\s\S]*)\);?$/,
  /^self\.__next_f\.push\(([\s\S]*)\);?$/,
  /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/,
];
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;

function isJsonCall(code) {
  for (const shape of JSON_CALLS) {
    const match = shape.exec(code);
    if (!match) continue;
    try {
      JSON.parse(match[1] ?? "");
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** sha256 sources of the page's allowed inline scripts, and how many inline scripts were refused. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  let refused = 0;
  for (const [, attributes, code] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes ?? "") || !code) continue;
    if (!isJsonCall(code)) {
      refused++;
      continue;
    }
    hashes.add(`sha256-${createHash("sha256").update(code, "utf8").digest("base64")}`);
  }
  return { hashes: [...hashes], refused };
}

function decode(body, encoding) {
  if (!encoding || encoding === "identity") return body;
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "deflate") return inflateSync(body);
  return null;
}

function encode(text, encoding) {
  const body = Buffer.from(text, "utf8");
  if (encoding === "gzip") return gzipSync(body);
  if (encoding === "br") return brotliCompressSync(body);
  if (encoding === "deflate") return deflateSync(body);
  return body;
}

function isHtml(res) {
  return /^text\/html\b/i.test(String(res.getHeader("content-type") ?? ""));
}

/**
 * Holds back an HTML response until its last byte, then sends it with the policy for exactly its inline
 * scripts (the bytes are unchanged, compressed or not). Other responses pass straight through with the
 * script-less policy. Pages are small and mostly cached, so holding them costs no visible time.
 * `rewrite` (server/lean-pages.mjs), when given, rewrites the decoded page first (null: leave it as it is);
 * the page is then re-encoded as it came, and its ETag marked as this other representation.
 */
export function applyContentSecurityPolicy(res, onRefused, rewrite = null) {
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  let mode = "undecided";
  let status = 200;
  let statusMessage;
  const chunks = [];

  const decide = () => {
    if (mode !== "undecided") return;
    mode = isHtml(res) ? "hold" : "pass";
    if (mode === "pass") {
      if (!res.hasHeader("content-security-policy")) res.setHeader("content-security-policy", OTHER_POLICY);
      writeHead(status, statusMessage);
    }
  };
  const keep = (chunk, encoding) => {
    if (chunk && typeof chunk !== "function") {
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
    }
  };

  res.writeHead = (code, ...rest) => {
    if (mode === "pass") return writeHead(code, ...rest);
    // While held, later calls (compression asks again on every write) only update status and headers.
    status = code;
    if (typeof rest[0] === "string") statusMessage = rest.shift();
    const headers = rest[0];
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value);
    }
    res.statusCode = code;
    decide();
    return res;
  };
  res.flushHeaders = () => {
    if (mode === "undecided") res.writeHead(res.statusCode);
    if (mode === "pass") flushHeaders();
  };
  res.write = (chunk, encoding, cb) => {
    if (mode === "undecided") res.writeHead(res.statusCode);
    if (mode === "pass") return write(chunk, encoding, cb);
    keep(chunk, encoding);
    const callback = typeof encoding === "function" ? encoding : cb;
    if (callback) process.nextTick(callback);
    return true;
  };
  res.end = (chunk, encoding, cb) => {
    if (mode === "undecided") res.writeHead(res.statusCode);
    if (mode === "pass") return end(chunk, encoding, cb);
    keep(chunk, encoding);
    const callback = [chunk, encoding, cb].find((a) => typeof a === "function");
    let body = Buffer.concat(chunks);
    const coding = res.getHeader("content-encoding");
    let html = null;
    try {
      html = decode(body, coding)?.toString("utf8") ?? null;
    } catch {
      html = null;
    }
    // HEAD: Next.js sends the headers of its body, not the body; the rewritten length is unknown.
    const head = res.req?.method === "HEAD" && body.length === 0;
    const rewritten = html && rewrite ? rewrite(html) : null;
    if (rewritten !== null || (head && rewrite)) {
      if (rewritten !== null) {
        html = rewritten;
        body = encode(rewritten, coding);
      }
      if (res.hasHeader("content-length")) {
        if (head) res.removeHeader("content-length");
        else res.setHeader("content-length", body.length);
      }
      const etag = res.getHeader("etag");
      if (typeof etag === "string") res.setHeader("etag", etag.replace(/"$/, '-lean"'));
      if (etag && res.req?.headers["if-none-match"] === res.getHeader("etag")) {
        status = 304;
        res.removeHeader("content-length");
        body = Buffer.alloc(0);
      }
    }
    const { hashes, refused } = html === null ? { hashes: [], refused: 0 } : inlineScriptHashes(html);
    if (refused > 0) onRefused(refused);
    res.setHeader("content-security-policy", htmlPolicy(hashes));
    writeHead(status, statusMessage);
    return end(res.req?.method === "HEAD" || status === 304 ? undefined : body, callback);
  };
}

/** The policy for the server's own small pages (400, 404, 413): styles only. */
export const STATIC_PAGE_POLICY = htmlPolicy([]);
