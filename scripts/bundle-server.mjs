// Bundles what server.mjs runs itself, beside the Next.js build: the submission fast path
// (server/fast-submissions.ts → .next/hailong/fast-submissions.mjs). Part of `npm run build`.
// Packages stay external (Node loads them as Next.js's own server does, so both share the database
// driver); `server-only` is the guard of React's server conditions, which this server-side bundle is.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Where scripts/build-inputs.ts (SERVER_BUNDLE) and server.mjs look for it.
export const FAST_PATH_BUNDLE = ".next/hailong/fast-submissions.mjs";

rmSync(FAST_PATH_BUNDLE, { force: true });
await build({
  entryPoints: ["server/fast-submissions.ts"],
  outfile: FAST_PATH_BUNDLE,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  conditions: ["react-server"],
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [
    {
      name: "server-only",
      setup(b) {
        b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
        b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
      },
    },
  ],
});
