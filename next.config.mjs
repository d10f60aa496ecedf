import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ["@libsql/client", "libsql", "pdfkit", "exceljs"],
  // Cached pages in memory, made stale by revalidations from any instance (server/isr-cache-handler.mjs,
  // docs/OPERATIONS.md#scaling-out); Next.js's own memory cache would keep a second copy.
  cacheHandler: fileURLToPath(new URL("./server/isr-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Printed QR codes encode the upper-cased URL (QR alphanumeric mode: smaller, easier to scan).
  async rewrites() {
    return [
      { source: "/Q/:code", destination: "/q/:code" },
      // Search and the counter tablet keep their addresses; their documents live under /{vi|en}/ so the
      // page's <html lang> is the reader's.
      { source: "/search", has: [{ type: "query", key: "lang", value: "en" }], destination: "/en/tim-kiem" },
      { source: "/search", destination: "/vi/tim-kiem" },
      { source: "/kiosk", has: [{ type: "query", key: "lang", value: "en" }], destination: "/en/kiosk" },
      { source: "/kiosk", destination: "/vi/kiosk" },
    ];
  },
  // The pages' own small scripts (public/js): their address carries a hash of their content.
  async headers() {
    return [
      {
        source: "/js/:file*",
        headers: [{ key: "cache-control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
  async redirects() {
    return [{ source: "/", destination: "/vi", permanent: false }];
  },
  experimental: {
    // Citizen pages are small: inline the CSS so a slow phone needs one round trip, not two.
    inlineCss: true,
    serverActions: { bodySizeLimit: "25mb" },
  },
};

// The message catalogue and the language of a request: i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
