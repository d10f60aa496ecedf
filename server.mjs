// Production server: Next.js's request handler behind two small guards for citizens on any browser.
// 1. URLs with malformed percent-encoding get a clear 400 (Next.js answers them with a bare 500).
// 2. HTML 404s get a server-rendered page: Next.js 16 streams the not-found UI of `notFound()` only in its
//    RSC payload (vercel/next.js#62228), which leaves the page blank with JavaScript off.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? process.argv[2] ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();

const page = (title, body) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} · Hài Lòng</title><style>body{font:1.125rem/1.5 system-ui,sans-serif;color:#1b1b1b;max-width:40rem;margin:0 auto;padding:0 1rem}header{background:#0b4f8a;margin:0 -1rem;padding:.6rem 1rem}header a{color:#fff;font-weight:700;text-decoration:none}label{display:block;font-weight:700;margin:.6rem 0 .25rem}.s{display:flex;gap:.5rem}input{flex:1;font:inherit;padding:.55rem;border:2px solid #1b1b1b}button{font:inherit;font-weight:700;border:0;padding:.5rem 1rem;background:#00703c;color:#fff}a{color:#0b4f8a}</style></head><body><header><a href="/vi">Hài Lòng</a></header><main id="main">${body}</main></body></html>`;

const searchForm = `<search><form action="/search" method="get"><label for="q">Tìm thủ tục theo tên hoặc mã</label><div class="s"><input id="q" name="q" type="search" placeholder="Ví dụ: đăng ký khai sinh"><button type="submit">Tìm kiếm</button></div></form></search>`;

const badRequestPage = page(
  "Đường dẫn không hợp lệ",
  `<h1>Đường dẫn không hợp lệ</h1><p>Đường dẫn bị sai định dạng. Hãy kiểm tra lại mã in trên tờ niêm yết, hoặc tìm thủ tục bên dưới.</p><p lang="en">Malformed URL. Check the code printed on the poster, or search below.</p>${searchForm}`,
);
const notFoundPage = page(
  "Không tìm thấy trang",
  `<h1>Không tìm thấy trang</h1><p>Mã QR hoặc đường dẫn này không tồn tại. Hãy kiểm tra lại mã in trên tờ niêm yết (mã không phân biệt chữ hoa, chữ thường), hoặc tìm thủ tục bên dưới.</p><p lang="en">Page not found. This QR code or link does not exist. Check the code printed on the poster, or search below.</p>${searchForm}<p><a href="/vi">Trang chủ / Home</a></p>`,
);

const MB = 1024 * 1024;
/** Bodies are refused before they are read: imports and uploads (manage area) may be large, nothing else is. */
function bodyLimit(url) {
  return (url ?? "").startsWith("/quan-ly/") ? 25 * MB : 1 * MB;
}

const tooLargePage = page(
  "Dữ liệu quá lớn",
  `<h1>Dữ liệu gửi lên quá lớn</h1><p>Vui lòng gửi tệp hoặc nội dung nhỏ hơn.</p><p lang="en">Request body too large.</p>`,
);

// Micro-cache: citizen disclosure pages are already cached by Next.js (ISR) and revalidated on demand; holding
// the finished bytes for a second in front of Next.js serves a QR-scan rush at plain-server speed, and an
// edit by staff shows within MICROCACHE_MS at most. 0 disables it.
const MICROCACHE_MS = Number(process.env.MICROCACHE_MS ?? 1000);
const MICROCACHE_ENTRIES = 1000;
const microCache = new Map();
const microCacheable = /^\/(vi|en)\/don-vi\/[^?]*$/;

function microCacheKey(req) {
  if (MICROCACHE_MS <= 0 || req.method !== "GET" || req.headers.rsc || req.headers["next-router-prefetch"])
    return null;
  if (!microCacheable.test(req.url ?? "")) return null;
  return `${/\bgzip\b/.test(req.headers["accept-encoding"] ?? "") ? "gz" : "id"} ${req.url}`;
}

function serveFromMicroCache(key, res) {
  const hit = microCache.get(key);
  if (!hit || hit.expires < Date.now()) return false;
  res.writeHead(hit.status, hit.headers);
  res.end(hit.body);
  return true;
}

/** Passes the response through untouched while keeping a copy of a 200 that Next.js served from its cache. */
function recordForMicroCache(key, res) {
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const keep = (chunk, encoding) => {
    if (chunk && typeof chunk !== "function") {
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
    }
  };
  res.write = (chunk, encoding, cb) => {
    keep(chunk, encoding);
    return write(chunk, encoding, cb);
  };
  res.end = (chunk, encoding, cb) => {
    keep(chunk, encoding);
    if (res.statusCode === 200 && res.getHeader("x-nextjs-cache") === "HIT" && !res.hasHeader("set-cookie")) {
      if (microCache.size >= MICROCACHE_ENTRIES) microCache.delete(microCache.keys().next().value);
      microCache.set(key, {
        expires: Date.now() + MICROCACHE_MS,
        status: 200,
        headers: res.getHeaders(),
        body: Buffer.concat(chunks),
      });
    }
    return end(chunk, encoding, cb);
  };
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

function replaceNotFound(req, res) {
  const writeHead = res.writeHead.bind(res);
  let replaced = false;
  res.writeHead = (status, ...rest) => {
    if (status !== 404 || replaced) return writeHead(status, ...rest);
    replaced = true;
    writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.write = () => true;
    const end = res.end.bind(res);
    res.end = (..._ignored) => end(req.method === "HEAD" ? undefined : notFoundPage);
    return res;
  };
}

await app.prepare();
createServer((req, res) => {
  if (!isDecodable(req.url)) {
    res.writeHead(400, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(badRequestPage);
    return;
  }
  if (Number(req.headers["content-length"] ?? 0) > bodyLimit(req.url)) {
    const json = (req.headers["content-type"] ?? "").includes("json");
    res.writeHead(413, {
      "content-type": json ? "application/json" : "text/html; charset=utf-8",
      connection: "close",
    });
    res.end(
      json
        ? JSON.stringify({
            error: {
              code: "payload_too_large",
              message: "Dữ liệu gửi lên quá lớn / request body too large",
              fields: {},
            },
          })
        : tooLargePage,
    );
    return;
  }
  const key = microCacheKey(req);
  if (key && serveFromMicroCache(key, res)) return;
  if (key) recordForMicroCache(key, res);
  if (wantsDocument(req)) replaceNotFound(req, res);
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`Hài Lòng đang chạy tại / listening on http://localhost:${port}`);
});
