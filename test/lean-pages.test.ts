import { readFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leanHtml, leanRewriteFor } from "../server/lean-pages.mjs";
import { applyContentSecurityPolicy, inlineScriptHashes } from "../server/security.mjs";

/** A unit's page as the production build serves it (Next.js 16, Turbopack): scripts, RSC payload and all. */
const unitPage = readFileSync(new URL("./fixtures/lean-pages/unit-page.html", import.meta.url), "utf8");

const request = (url: string, method = "GET", headers: Record<string, string> = {}) =>
  ({ url, method, headers }) as unknown as IncomingMessage;

describe("lean citizen pages", () => {
  it("leave no framework script, script preload or RSC payload in a built page", () => {
    expect(unitPage).toContain("self.__next_f.push");
    const lean = leanHtml(unitPage) ?? "";
    expect(lean).not.toMatch(/<script\b/i);
    expect(lean).not.toContain("__next_f");
    expect(lean).not.toContain("TURBOPACK");
    expect(lean).not.toMatch(/<link\b[^>]*\bas="script"/);
    expect(lean).not.toContain("<!--$-->");
    expect(inlineScriptHashes(lean).hashes).toEqual([]);
    expect(lean.length).toBeLessThan(unitPage.length / 2);
  });

  it("keep the page itself: document, inlined CSS, header, links and content", () => {
    const lean = leanHtml(unitPage) ?? "";
    expect(lean).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    expect(lean).toMatch(/<style data-precedence="next"[^>]*>[^<]{1000,}<\/style>/);
    expect(lean).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(lean).toContain("<title>Trung tâm Phục vụ hành chính công phường An Hòa · Hài Lòng</title>");
    expect(lean).toContain('<a class="lang" href="/en/don-vi/phuong-an-hoa-tthcc"');
    expect(lean).toContain('<a href="/vi/don-vi/phuong-an-hoa-tthcc/thu-tuc/MAU.HT.09">');
    expect(lean).toMatch(/<\/main><\/body><\/html>$/);
    // Only markup the runtime needed went: the visible text is the same.
    const text = (html: string) =>
      html
        .replace(/<script\b[\s\S]*?<\/script>/g, "")
        .replace(/<[^>]*>/g, "")
        .replace(/\s+/g, " ");
    expect(text(lean)).toBe(text(unitPage));
  });

  it("keep the app's own small scripts and drop inline and framework ones", () => {
    const html = [
      "<html><head>",
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/b.js"/>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/js/survey.js?v=0123abcd" defer=""></script>',
      "</head><body><p>A<!-- -->B</p>",
      '<script>self.__next_f.push([1,"x"])</script><script>alert(1)</script></body></html>',
    ].join("");
    expect(leanHtml(html)).toBe(
      [
        "<html><head>",
        '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2"/>',
        '<script src="/js/survey.js?v=0123abcd" defer=""></script>',
        "</head><body><p>AB</p></body></html>",
      ].join(""),
    );
  });

  it("refuse a page whose content is streamed in by script (it needs rendering without Suspense)", () => {
    expect(leanHtml('<body><!--$?--><template id="B:0"></template><p>…</p><!--/$--></body>')).toBeNull();
    expect(leanHtml("<body><script>$RC('B:0','S:0')</script></body>")).toBeNull();
  });

  it("apply to citizens' content documents only", () => {
    for (const url of [
      "/vi",
      "/en/",
      "/vi/don-vi/phuong-an-hoa",
      "/en/don-vi/phuong-an-hoa/thu-tuc/MAU.HT.01/lich-su?x=1",
      "/search?q=khai+sinh&lang=en",
      "/vi/tim-kiem",
      "/vi/cong-khai?ky=2026-05",
      "/vi/danh-gia/V2DVCP/cam-on?t=abc",
      "/en/theo-doi/token123",
      "/vi/bien-nhan/AbCd0123",
      // The survey pages carry their own small script (public/js/survey.js) instead.
      "/vi/danh-gia/V2DVCP",
      "/en/danh-gia/V2DVCP/day-du",
    ])
      expect(leanRewriteFor(request(url)), url).toBe(leanHtml);
    // A follow-up form posted without script answers with the page.
    expect(leanRewriteFor(request("/vi/danh-gia/V2DVCP/cam-on?t=abc", "POST"))).toBe(leanHtml);
    for (const url of ["/vi/kiosk", "/kiosk", "/quan-ly", "/dang-nhap", "/api/v1/responses", "/q/V2DVCP"])
      expect(leanRewriteFor(request(url)), url).toBeNull();
    // The client router's and script-sent server actions' requests are not documents.
    expect(leanRewriteFor(request("/vi/don-vi/a", "GET", { rsc: "1" }))).toBeNull();
    expect(leanRewriteFor(request("/vi/danh-gia/A/cam-on", "POST", { "next-action": "x" }))).toBeNull();
    expect(leanRewriteFor(request("/vi/don-vi/a", "DELETE"))).toBeNull();
  });
});

describe("lean pages through the CSP layer", () => {
  // As Next.js answers a cached page: gzip, its ETag, written in two chunks; the CSP layer rewrites it.
  const server = createServer((req, res) => {
    applyContentSecurityPolicy(res, () => {}, leanRewriteFor(req));
    const body = gzipSync(unitPage);
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-encoding", "gzip");
    res.setHeader("etag", '"abc123"');
    res.setHeader("vary", "rsc, Accept-Encoding");
    res.setHeader("content-length", body.length);
    res.writeHead(200);
    if (req.method === "HEAD") return res.end();
    res.write(body.subarray(0, 100));
    res.end(body.subarray(100));
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The raw response: fetch would decode the body and hide a wrong length or encoding. */
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
      const r = httpRequest(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      r.on("error", reject);
      r.end();
    });

  it("send the page lean, gzip as it came, with its length, a marked ETag and a script-less policy", async () => {
    const res = await get("/vi/don-vi/phuong-an-hoa-tthcc");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    const html = gunzipSync(res.body).toString("utf8");
    expect(html).toBe(leanHtml(unitPage));
    expect(res.headers.etag).toBe('"abc123-lean"');
    expect(res.headers.vary).toBe("rsc, Accept-Encoding");
    expect(res.headers["content-security-policy"]).toMatch(/script-src 'self'; /);
  });

  it("answer 304 to the lean ETag, and HEAD with the lean ETag and no stale length", async () => {
    const again = await get("/vi/don-vi/phuong-an-hoa-tthcc", { "if-none-match": '"abc123-lean"' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get("/vi/don-vi/phuong-an-hoa-tthcc", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBe('"abc123-lean"');
    expect(head.headers["content-length"]).toBeUndefined();
  });

  it("leave other pages and the client router's requests byte for byte", async () => {
    for (const [path, headers] of [
      ["/vi/kiosk", {}],
      ["/vi/don-vi/phuong-an-hoa-tthcc", { rsc: "1" }],
    ] as const) {
      const res = await get(path, headers);
      expect(gunzipSync(res.body).toString("utf8"), path).toBe(unitPage);
      expect(res.headers.etag, path).toBe('"abc123"');
      expect(Number(res.headers["content-length"]), path).toBe(res.body.length);
      expect(res.headers["content-security-policy"], path).toMatch(/script-src 'self' 'sha256-/);
    }
  });
});
