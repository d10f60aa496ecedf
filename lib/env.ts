import { z } from "zod";
import { newSecret, readOrCreateSecretFile, secretFileFor } from "./secret-file";

/** Environment, validated once. Missing production secrets fail at start-up with a clear message. */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().min(1).default("file:./data/hailong.db"),
    DATABASE_AUTH_TOKEN: z.string().optional(),
    /** Embedded read replica: DATABASE_URL is a local file, synced from this primary (libsql:// or https://). */
    DATABASE_SYNC_URL: z.url().optional(),
    /** Seconds between replica syncs (writes always go to the primary at once). */
    DATABASE_SYNC_INTERVAL: z.coerce.number().int().min(1).max(3600).default(15),
    PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
    /**
     * Signs sessions and keys every hash of a client or device. Unset on the embedded default (a local file,
     * no replica): generated on first start and kept beside the database file (see authSecret).
     */
    AUTH_SECRET: z.string().min(32).optional(),
    /** "1" seeds the demo (and its demo accounts) into an empty local database — the default `npm start`. */
    DEMO_DATA: z.enum(["0", "1"]).default("1"),
    /**
     * How many reverse proxies stand in front of the app: the client address is then read from the
     * X-Forwarded-For entry the outermost of them wrote. 0 (the default): the header is ignored, the
     * socket's peer is the client (server/client-address.mjs).
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(99).default(0),
    /** Megabytes of rendered pages each instance keeps in memory (server/isr-cache-handler.mjs). */
    ISR_CACHE_MB: z.coerce.number().int().min(8).max(8192).default(128),
    /**
     * Megabytes of settled days' answer counts each instance keeps for the dashboards
     * (features/index/server/settled-counts.ts); 0 keeps none (every view reads every day).
     */
    COUNTS_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(256),
    /** How long server.mjs keeps the finished bytes of a cached citizen page; 0 turns it off. */
    MICROCACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
    /** Bearer token for GET /api/metrics; without it only loopback connections may read the metrics. */
    METRICS_TOKEN: z.string().min(16).optional(),
    /**
     * The mail server for replies and staff notifications: smtp://user:pass@host:587 or smtps://…:465
     * (nodemailer's URL). Unset: messages wait in the outbox and the inbox says sending is not configured.
     */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "smtp://… hoặc smtps://… / smtp://… or smtps://…")
      .optional(),
    /** The sender of every e-mail, e.g. "Phường An Hòa <hailong@anhoa.gov.vn>". */
    MAIL_FROM: z.string().min(3).default("Hài Lòng <no-reply@localhost>"),
    /** Text messages (SMS, Zalo ZNS…) through the province's provider: an HTTPS endpoint receiving JSON (docs/messaging.md). */
    SMS_WEBHOOK_URL: z.url().optional(),
    /** Bearer token and HMAC key for the text-message webhook (≥ 16 characters). */
    SMS_WEBHOOK_TOKEN: z.string().min(16).optional(),
  })
  .superRefine((e, ctx) => {
    // `next build` may run without the deployment's secrets; a server start never does.
    const building = process.env.NEXT_PHASE === "phase-production-build";
    if (!e.AUTH_SECRET && !building && (!isLocalDatabase(e.DATABASE_URL) || e.DATABASE_SYNC_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "bắt buộc khi cơ sở dữ liệu không phải tệp cục bộ (DATABASE_URL libsql://, https://) hoặc là bản sao (DATABASE_SYNC_URL): mọi máy chủ phải dùng cùng một khóa, ít nhất 32 ký tự / required when the database is not a local file or is a replica (every instance must share it), at least 32 characters (e.g. `openssl rand -base64 48`)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validates a set of variables; throws one error naming every invalid or missing variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ / Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

let secret: { url: string; value: string } | undefined;

/**
 * The secret for sessions and keyed hashes: AUTH_SECRET, or — on the embedded default (a local file, no
 * replica) — a random secret generated on first start and kept beside the database file, so sessions
 * survive restarts and instances on the same file agree. `next build` gets a throwaway value and writes
 * nothing; an in-memory database gets one per process.
 */
export function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (secret?.url === e.DATABASE_URL) return secret.value;
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const file = databaseFile(e.DATABASE_URL);
  // parseEnv refuses a start without AUTH_SECRET on anything but a local file.
  const value = building || file === null ? newSecret() : readOrCreateSecretFile(secretFileFor(file));
  if (!building) secret = { url: e.DATABASE_URL, value };
  return value;
}

/** The path of a `file:` database (relative to the working directory, like the driver reads it). */
export function databaseFile(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length).split("?")[0] || null : null;
}

export function isLocalDatabase(url: string): boolean {
  return url.startsWith("file:") || url === ":memory:";
}

export function publicUrl(path: string): string {
  return new URL(path, env().PUBLIC_BASE_URL).toString();
}
