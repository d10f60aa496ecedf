// Structured request logs and Prometheus metrics for every request the server answers.
// Logs carry no personal data: no IP address, no cookie, no body, no query value, and the secret tokens
// that live in paths (receipt links, kiosk activation links) are replaced by a placeholder.
import { randomUUID, timingSafeEqual } from "node:crypto";
import pino from "pino";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
// Next.js code (route handlers, instrumentation) logs through the same logger: lib/log.ts.
globalThis.hailongLogger = logger;

// ---------------------------------------------------------------- paths

const TOKEN_PATHS = [
  [/^\/r\/[^/]+/, "/r/:token"],
  [/^\/(vi|en)\/bien-nhan\/[^/]+/, "/$1/bien-nhan/:token"],
  [/^\/(vi|en)\/theo-doi\/[^/]+/, "/$1/theo-doi/:token"],
  [/^\/kiosk\/kich-hoat\/[^/]+/, "/kiosk/kich-hoat/:token"],
];
const MAX_LOGGED_PATH = 200;

/** The path as it may be logged: tokens replaced, query values dropped (only the names are kept). */
export function loggedPath(url) {
  const [rawPath = "/", query] = (url ?? "/").split("?", 2);
  let path = rawPath;
  for (const [pattern, replacement] of TOKEN_PATHS) path = path.replace(pattern, replacement);
  if (path.length > MAX_LOGGED_PATH) path = `${path.slice(0, MAX_LOGGED_PATH)}…`;
  const names = query ? [...new URLSearchParams(query).keys()].slice(0, 10).map((k) => k.slice(0, 40)) : [];
  return names.length > 0 ? `${path}?${[...new Set(names)].join("&")}` : path;
}

const ROUTE_GROUPS = [
  [/^\/_next\/static\//, "static"],
  [/^\/_next\//, "next"],
  [/^\/api\/health(\/|$)/, "health"],
  [/^\/api\/metrics$/, "metrics"],
  [/^\/api\/v1\/responses$/, "api_responses"],
  [/^\/api\/v1\/dossiers$/, "api_dossiers"],
  [/^\/api\/auth\//, "auth"],
  [/^\/api\//, "api_other"],
  [/^\/q\/[^/]+\/qr\.(svg|png)$/i, "qr_image"],
  [/^\/q\//i, "short_link"],
  [/^\/(vi|en)\/don-vi\/[^/]+\/thu-tuc\//, "procedure_page"],
  [/^\/(vi|en)\/don-vi\//, "unit_page"],
  [/^\/(vi|en)\/danh-gia\//, "survey"],
  [/^\/((vi|en)\/bien-nhan|r)\//, "receipt"],
  [/^\/search$/, "search"],
  [/^\/bieu-mau\//, "form_file"],
  [/^\/kiosk(\/|$)/, "kiosk"],
  [/^\/(quan-ly|dang-nhap)(\/|$)/, "manage"],
  [/^\/((vi|en)\/?)?$/, "home"],
];

/** A small, fixed set of labels for metrics: never the raw path (unbounded, and it may carry tokens). */
export function routeGroup(url) {
  const path = (url ?? "/").split("?", 1)[0] ?? "/";
  for (const [pattern, group] of ROUTE_GROUPS) if (pattern.test(path)) return group;
  return "other";
}

const QUIET_GROUPS = new Set(["static", "next", "health", "metrics"]);

// ---------------------------------------------------------------- metrics

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const httpRequests = new Counter({
  name: "http_requests_total",
  help: "HTTP requests answered, by method, route group and status class",
  labelNames: ["method", "route", "status_class"],
  registers: [registry],
});
const httpDuration = new Histogram({
  name: "http_request_duration_seconds",
  help: "Time from the request's arrival to the last byte of the response",
  labelNames: ["method", "route", "status_class"],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});
const submissions = new Counter({
  name: "survey_submissions_total",
  help: "Survey submissions by channel and result (new, duplicate, invalid)",
  labelNames: ["channel", "result"],
  registers: [registry],
});
// Route handlers count submissions through this hook (lib/metrics.ts); same process, same globalThis.
globalThis.hailongMetrics = { submissions };

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

// ---------------------------------------------------------------- per request

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Gives the request an id (a well-formed incoming `x-request-id`, or a new one), echoed in the response. */
export function assignRequestId(req, res) {
  const incoming = req.headers["x-request-id"];
  const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader("x-request-id", id);
  return id;
}

/** Logs one line and records the metrics when the response is finished (or the client went away). */
export function observe(req, res, reqId) {
  const started = process.hrtime.bigint();
  const done = () => {
    res.off("finish", done);
    res.off("close", done);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeGroup(req.url);
    const status = res.writableFinished ? res.statusCode : 499;
    const labels = {
      method: METHODS.has(req.method) ? req.method : "OTHER",
      route,
      status_class: `${Math.floor(status / 100)}xx`,
    };
    httpRequests.inc(labels);
    httpDuration.observe(labels, seconds);
    const line = {
      reqId,
      method: labels.method,
      path: loggedPath(req.url),
      route,
      status,
      ms: Math.round(seconds * 10000) / 10,
    };
    if (QUIET_GROUPS.has(route) && status < 500) logger.debug(line, "request");
    else logger.info(line, "request");
  };
  res.on("finish", done);
  res.on("close", done);
}

// ---------------------------------------------------------------- /api/metrics

/**
 * Who may read /api/metrics: with METRICS_TOKEN set, a request with `Authorization: Bearer <token>`;
 * without it, only a direct loopback connection (a scraper on the same host), never one relayed by a
 * reverse proxy (it adds X-Forwarded-For / Forwarded).
 */
export function mayReadMetrics(req) {
  const token = process.env.METRICS_TOKEN;
  if (token) {
    const expected = Buffer.from(`Bearer ${token}`);
    const given = Buffer.from(req.headers.authorization ?? "");
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const address = req.socket.remoteAddress ?? "";
  const loopback = address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
  return loopback && !req.headers["x-forwarded-for"] && !req.headers.forwarded;
}

export async function serveMetrics(req, res) {
  if (!mayReadMetrics(req)) {
    res.writeHead(403, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    // For scrapers and operators, not a person's screen: one line naming what is missing.
    res.end("metrics need METRICS_TOKEN or a loopback connection\n");
    return;
  }
  const body = await registry.metrics();
  res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
  res.end(body);
}
