// Production server: Next.js's request handler behind small guards for citizens on any browser.
// 1. URLs with malformed percent-encoding get a clear 400 (Next.js answers them with a bare 500).
// 2. HTML 404s get a server-rendered page: Next.js 16 streams the not-found UI of `notFound()` only in its
//    RSC payload (vercel/next.js#62228), which leaves the page blank with JavaScript off.
// 3. Addresses longer than MAX_URL_LENGTH get a clear 414: Next.js echoes a redirected address twice
//    (Location and Refresh), and a longer one would overflow the 16 KB of headers clients accept.
// 4. Bodies over the limit are refused (413) by their Content-Length before they are read.
// 5. Security headers and a hash-based Content Security Policy on every response (server/security.mjs);
//    citizens' content pages without the framework's client JavaScript (server/lean-pages.mjs).
// 6. A request id, one structured log line and Prometheus metrics per request; GET /api/metrics
//    (server/observability.mjs).
// 7. Timeouts, so clients that send slowly (slowloris) are dropped instead of holding connections.
// 8. The client's address, resolved from the socket (or X-Forwarded-For behind TRUST_PROXY proxies),
//    handed to the app for abuse control, which only ever keeps a keyed hash of it (server/client-address.mjs).
// 9. Survey submissions (POST /api/v1/responses) answered here, by the same use case as the route handler,
//    without Next.js's router: the fast path (server/fast-submissions.ts, bundled by `npm run build`).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import next from "next";
import { langFromAcceptLanguage } from "./i18n/request-language.mjs";
import { stampClientAddress, trustedProxyCount } from "./server/client-address.mjs";
import { leanRewriteFor } from "./server/lean-pages.mjs";
import { microCacheKey, recordForMicroCache, serveFromMicroCache } from "./server/micro-cache.mjs";
import { assignRequestId, loggedPath, logger, observe, serveMetrics } from "./server/observability.mjs";
import {
  badRequestPage,
  notFoundPage,
  pageLang,
  tooLargeJson,
  tooLargePage,
  tooLongPage,
} from "./server/pages.mjs";
import { applyContentSecurityPolicy, STATIC_PAGE_POLICY, setSecurityHeaders } from "./server/security.mjs";

const port = Number(process.env.PORT ?? process.argv[2] ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const trustProxy = trustedProxyCount(process.env.TRUST_PROXY);
// The app trusts the client-address header only when this server stamped it (lib/client-identity.ts).
globalThis.hailongClientAddresses = true;

const MB = 1024 * 1024;
/**
 * The longest request target served. No address of this app comes near it (a search for a long procedure
 * name, percent-encoded, is under 3 KB), and twice it plus the other headers stays under Node's and
 * browsers' 16 KB limit on a response's headers.
 */
const MAX_URL_LENGTH = 6 * 1024;
/** Bodies are refused before they are read: imports and uploads (manage area) may be large, nothing else is. */
function bodyLimit(url) {
  return (url ?? "").startsWith("/quan-ly/") ? 25 * MB : 1 * MB;
}

function isDecodable(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0] ?? "/");
    return true;
  } catch {
    return false;
  }
}

/** A document request (not an RSC fetch, an API call or an asset) whose 404 a person will read. */
function wantsDocument(req) {
  const path = req.url ?? "/";
  if (req.headers.rsc || path.startsWith("/api/") || path.startsWith("/_next/")) return false;
  // Kiosk activation links answer with their own 404 page, which tells staff how to activate the device.
  if (path.startsWith("/kiosk/kich-hoat/")) return false;
  return req.method === "GET" || req.method === "HEAD";
}

/**
 * Swaps a 404's body for the server's page, in the address's language. Next.js answers a 404 two ways:
 * streamed (writeHead(404) then writes) when it renders, or — for a page served from its cache, with
 * x-nextjs-cache / prerender headers — `res.statusCode = 404`, setHeader…, then `res.end(payload)` with no
 * writeHead: Node writes the head itself from inside that end(), so a writeHead hook alone replaced the
 * head but let the cached body (blank without JavaScript) through. The first write or end decides too.
 */
function replaceNotFound(req, res) {
  const writeHead = res.writeHead.bind(res);
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  let replaced = false;
  const replace = () => {
    replaced = true;
    // Headers describing Next's body (its length, encoding, cache tags) no longer apply.
    for (const name of [
      "content-length",
      "content-encoding",
      "etag",
      "vary",
      "x-nextjs-cache",
      "x-nextjs-prerender",
    ])
      res.removeHeader(name);
    writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  };
  const callbackOf = (args) => args.find((a) => typeof a === "function");
  res.writeHead = (status, ...rest) => {
    if (replaced) return res;
    if (status !== 404) return writeHead(status, ...rest);
    replace();
    return res;
  };
  res.write = (chunk, ...rest) => {
    if (!replaced && res.statusCode === 404 && !res.headersSent) replace();
    if (!replaced) return write(chunk, ...rest);
    const callback = callbackOf(rest);
    if (callback) process.nextTick(callback);
    return true;
  };
  res.end = (...args) => {
    if (!replaced && res.statusCode === 404 && !res.headersSent) replace();
    if (!replaced) return end(...args);
    return end(
      req.method === "HEAD" ? undefined : notFoundPage(pageLang(req.url, req.headers.cookie)),
      callbackOf(args),
    );
  };
}

function sendPage(res, status, body, headers = {}) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": STATIC_PAGE_POLICY,
    ...headers,
  });
  res.end(body);
}

await app.prepare();

const FAST_PATH_BUNDLE = ".next/hailong/fast-submissions.mjs";
if (!existsSync(FAST_PATH_BUNDLE)) {
  logger.fatal(
    `${FAST_PATH_BUNDLE} is missing: build with \`npm run build\` (next build + the server bundle)`,
  );
  process.exit(1);
}
const fastPath = await import(pathToFileURL(FAST_PATH_BUNDLE).href);

const server = createServer(
  {
    // Headers must arrive within 10 s and a whole request (a 25 MB import included) within 60 s; sockets
    // are checked every 2 s, so a slowloris connection is dropped soon after its deadline.
    headersTimeout: Number(process.env.HEADERS_TIMEOUT_MS ?? 10_000),
    requestTimeout: Number(process.env.REQUEST_TIMEOUT_MS ?? 60_000),
    connectionsCheckingInterval: 2_000,
  },
  (req, res) => {
    const reqId = assignRequestId(req, res);
    stampClientAddress(req, trustProxy);
    observe(req, res, reqId);
    setSecurityHeaders(req, res);
    if ((req.url ?? "").length > MAX_URL_LENGTH) {
      sendPage(res, 414, tooLongPage(pageLang(req.url, req.headers.cookie)));
      return;
    }
    if (!isDecodable(req.url)) {
      sendPage(res, 400, badRequestPage(pageLang(req.url, req.headers.cookie)));
      return;
    }
    if (Number(req.headers["content-length"] ?? 0) > bodyLimit(req.url)) {
      if ((req.headers["content-type"] ?? "").includes("json")) {
        res.writeHead(413, { "content-type": "application/json", connection: "close" });
        res.end(tooLargeJson(langFromAcceptLanguage(req.headers["accept-language"])));
      } else {
        sendPage(res, 413, tooLargePage(pageLang(req.url, req.headers.cookie)), { connection: "close" });
      }
      return;
    }
    if ((req.url ?? "").split("?", 1)[0] === "/api/metrics" && req.method === "GET") {
      serveMetrics(req, res).catch((error) => {
        logger.error({ reqId, err: error }, "metrics failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    const key = microCacheKey(req);
    if (key && serveFromMicroCache(key, res)) return;
    if (key) recordForMicroCache(key, res);
    applyContentSecurityPolicy(
      res,
      (refused) =>
        logger.warn({ reqId, path: loggedPath(req.url), refused }, "inline script left out of the CSP"),
      leanRewriteFor(req),
    );
    if (fastPath.isFastSubmission(req)) {
      fastPath.handleFastSubmission(req, res).catch((error) => {
        // A client that hangs up mid-request is not a server error (as instrumentation.ts says for routes).
        const aborted = error instanceof Error && error.message === "aborted";
        logger[aborted ? "info" : "error"](
          { reqId, route: "api_responses", err: error },
          aborted ? "request aborted by the client" : "request failed",
        );
        if (aborted) {
          res.destroy();
          return;
        }
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end();
      });
      return;
    }
    if (wantsDocument(req)) replaceNotFound(req, res);
    handle(req, res);
  },
);
server.keepAliveTimeout = 5_000;
server.listen(port, hostname, () => {
  logger.info({ port }, `Hài Lòng đang chạy tại / listening on http://localhost:${port}`);
});
