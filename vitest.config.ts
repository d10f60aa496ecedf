import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      { find: /^server-only$/, replacement: `${root}test/server-only.ts` },
    ],
  },
  test: {
    include: ["{app,components,features,lib,db,i18n,test,scripts,server,bench}/**/*.test.{ts,tsx}"],
    environment: "node",
    // Database-backed tests and the PDF checks (poppler, zbarimg) run real work: allow a loaded machine.
    testTimeout: 30_000,
  },
});
