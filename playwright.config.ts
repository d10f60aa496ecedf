import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_FILE, E2E_PORT as PORT } from "./e2e/support/env";

/** End-to-end tests against a production build on a throwaway database, in Debian's Chromium. */
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "js", use: { ...devices["Desktop Chrome"], javaScriptEnabled: true } },
    {
      name: "no-js",
      use: { ...devices["Pixel 5"], javaScriptEnabled: false },
      testMatch: /(^|\/)citizen[^/]*\.spec\.ts$/,
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: `file:${E2E_DATABASE_FILE}`,
      PUBLIC_BASE_URL: `http://localhost:${PORT}`,
      NODE_ENV: "production",
    },
  },
});
