// Lean citizen pages: the citizens' pages (unit, procedure, search, public board, survey, thank-you, status…)
// work fully without JavaScript, yet Next.js ships its client runtime with them (≈ 140 KB compressed of a
// 150 KB page). For an allow-list of those routes the finished HTML is rewritten here, before the CSP hashes
// and the micro-cache see it: every framework <script> (inline and src), script preloads and the hydration
// markers are removed; the page's content, forms, links and inlined CSS stay. Working on the HTML the
// framework emits — not on its internals — keeps this correct across framework upgrades: whatever script a
// new version adds is a <script> element, and e2e/citizen-page-weight.spec.ts fails if one gets through.
// The app's own small scripts (public/js/*.js, served as 'self' files) are kept.

/**
 * Citizens' pages: nothing on them needs the client runtime. Content pages have no script at all; the survey
 * pages (quick, full, a receipt's) carry their own small one (public/js/survey.js). The kiosk keeps the
 * framework.
 */
const LEAN_PATHS = [
  /^\/(vi|en)\/?$/,
  /^\/(vi|en)\/don-vi\//,
  /^\/(vi|en)\/tim-kiem\/?$/,
  /^\/search\/?$/,
  /^\/(vi|en)\/cong-khai\/?$/,
  /^\/(vi|en)\/danh-gia\/[^/]+(\/day-du|\/cam-on)?\/?$/,
  /^\/(vi|en)\/theo-doi\/[^/]+\/?$/,
  /^\/(vi|en)\/bien-nhan\/[^/]+\/?$/,
];

/** Requests of the client router or of a server action by script: not documents, left as they are. */
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree"];

/**
 * The rewrite to apply to this request's HTML, or null. A document request (GET, HEAD, or a form posted
 * without script, which answers with the page) for a citizen content page.
 */
export function leanRewriteFor(req) {
  if (!["GET", "HEAD", "POST"].includes(req.method ?? "GET")) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
  return LEAN_PATHS.some((p) => p.test(path)) ? leanHtml : null;
}

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
/** The app's own small scripts: files under /js/ (public/js), allowed by the CSP as 'self'. */
const OWN_SCRIPT = /\bsrc=["']\/js\/[\w.-]+\.js(\?v=\w+)?["']/i;
const LINK = /<link\b[^>]*>/gi;
const SCRIPT_PRELOAD =
  /\brel=["']?(modulepreload|preload)\b[^>]*\bas=["']?script\b|\bas=["']?script\b[^>]*\brel=["']?(modulepreload|preload)\b|\brel=["']?modulepreload\b/i;
/** React's hydration markers: Suspense boundaries (<!--$-->, <!--/$-->) and text separators (<!-- -->). */
const HYDRATION_MARKER = /<!--(?:\$|\/\$| )-->/g;
/** A Suspense boundary still pending or completed by script ($RC): its content would need the runtime. */
const STREAMED = /<!--\$[?!]-->|<template id="B:|\$RC\(/;

/**
 * The page without the framework's client runtime, or null when the page cannot do without it (content
 * streamed into a Suspense boundary by script: such a page must render that part without Suspense).
 */
export function leanHtml(html) {
  if (STREAMED.test(html)) return null;
  return html
    .replace(SCRIPT, (element, attributes) => (OWN_SCRIPT.test(attributes) ? element : ""))
    .replace(LINK, (link) => (SCRIPT_PRELOAD.test(link) ? "" : link))
    .replace(HYDRATION_MARKER, "")
    .replace(/<div hidden=""><\/div>/g, "");
}
