// The server's own small pages: malformed URL (400), not found (404), body too large (413), address too
// long (414), and the 413
// JSON. Their words come from the message catalogue (messages/<lang>/errors.json, and citizen.json for the
// search form), read once at startup: this server is plain JavaScript outside Next.js.
import { readFileSync } from "node:fs";
import { langFromCookie } from "../i18n/request-language.mjs";

const read = (lang, area) =>
  JSON.parse(readFileSync(new URL(`../messages/${lang}/${area}.json`, import.meta.url), "utf8"));

const catalogue = Object.fromEntries(
  ["vi", "en"].map((lang) => [
    lang,
    { errors: read(lang, "errors"), citizen: read(lang, "citizen"), common: read(lang, "common") },
  ]),
);

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The language of a document: English under /en; in the managers' area (/quan-ly, /dang-nhap) the staff
 * member's choice (the hl_lang cookie, as i18n/locales.ts); Vietnamese everywhere else.
 */
export function pageLang(url, cookieHeader) {
  const path = (url ?? "/").split("?", 1)[0] ?? "/";
  if (path === "/en" || path.startsWith("/en/")) return "en";
  if (/^\/(quan-ly|dang-nhap)(\/|$)/.test(path)) {
    return langFromCookie(cookieHeader) ?? "vi";
  }
  return "vi";
}

const page = (lang, title, body) => {
  const appName = escapeHtml(catalogue[lang].common.appName);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${appName}</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:40rem;margin:0 auto;padding:0 1rem}header{background:#0b4f8a;margin:0 -1rem;padding:.6rem 1rem}header a{color:#fff;font-weight:700;text-decoration:none}label{display:block;font-weight:700;margin:.6rem 0 .25rem}.s{display:flex;gap:.5rem}input{flex:1;font:inherit;padding:.55rem;border:2px solid #1b1b1b}button{font:inherit;font-weight:700;border:0;padding:.5rem 1rem;background:#00703c;color:#fff}a{color:#0b4f8a}</style></head><body><header><a href="/${lang}">${appName}</a></header><main id="main">${body}</main></body></html>`;
};

const searchForm = (lang) => {
  const s = catalogue[lang].citizen.search;
  const hidden = lang === "en" ? `<input type="hidden" name="lang" value="en">` : "";
  return `<search><form action="/search" method="get"><label for="q">${escapeHtml(s.label)}</label><div class="s"><input id="q" name="q" type="search" placeholder="${escapeHtml(s.placeholder)}">${hidden}<button type="submit">${escapeHtml(s.submit)}</button></div></form></search>`;
};

const build = (make) => Object.fromEntries(["vi", "en"].map((lang) => [lang, make(lang)]));

const badRequestPages = build((lang) => {
  const t = catalogue[lang].errors.badRequest;
  return page(
    lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>${searchForm(lang)}`,
  );
});

const tooLongPages = build((lang) => {
  const t = catalogue[lang].errors.tooLong;
  return page(
    lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>${searchForm(lang)}`,
  );
});

const notFoundPages = build((lang) => {
  const t = catalogue[lang].errors.notFound;
  return page(
    lang,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>${searchForm(lang)}<p><a href="/${lang}">${escapeHtml(t.home)}</a></p>`,
  );
});

const tooLargePages = build((lang) => {
  const t = catalogue[lang].errors.tooLarge;
  return page(lang, t.title, `<h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p>`);
});

const tooLargeJsons = build((lang) =>
  JSON.stringify({
    error: { code: "payload_too_large", message: catalogue[lang].errors.tooLarge.title, fields: {} },
  }),
);

/** The 400 page in a language ("vi" or "en"). */
export const badRequestPage = (lang) => badRequestPages[lang] ?? badRequestPages.vi;
/** The 414 page in a language. */
export const tooLongPage = (lang) => tooLongPages[lang] ?? tooLongPages.vi;
/** The 404 page in a language. */
export const notFoundPage = (lang) => notFoundPages[lang] ?? notFoundPages.vi;
/** The 413 page in a language. */
export const tooLargePage = (lang) => tooLargePages[lang] ?? tooLargePages.vi;
/** The 413 JSON error in a language. */
export const tooLargeJson = (lang) => tooLargeJsons[lang] ?? tooLargeJsons.vi;
