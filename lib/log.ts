import pino, { type Logger } from "pino";

/**
 * The structured JSON logger. The production server creates it (server/observability.mjs) and Next.js
 * code shares that instance; elsewhere (`next dev`, scripts) a logger with the same shape is made here.
 * Never log personal data: no IP address, cookie, body, comment or contact field.
 */
const shared = globalThis as { hailongLogger?: Logger };

export function logger(): Logger {
  shared.hailongLogger ??= pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  return shared.hailongLogger;
}
