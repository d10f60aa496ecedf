/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ["@libsql/client", "libsql"],
  experimental: {
    // Citizen pages are small: inline the CSS so a slow phone needs one round trip, not two.
    inlineCss: true,
    serverActions: { bodySizeLimit: "25mb" },
  },
};

export default nextConfig;
