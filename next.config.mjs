/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ["@libsql/client", "libsql", "pdfkit", "exceljs"],
  // Printed QR codes encode the upper-cased URL (QR alphanumeric mode: smaller, easier to scan).
  async rewrites() {
    return [{ source: "/Q/:code", destination: "/q/:code" }];
  },
  experimental: {
    // Citizen pages are small: inline the CSS so a slow phone needs one round trip, not two.
    inlineCss: true,
    serverActions: { bodySizeLimit: "25mb" },
  },
};

export default nextConfig;
