import { z } from "zod";

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
    /** Signs sessions and device cookies. A fixed development value is used when unset outside production. */
    AUTH_SECRET: z.string().min(32).optional(),
    /** Set to "1" to allow the demo seed (and demo accounts) in production mode — the default `npm start`. */
    DEMO_DATA: z.enum(["0", "1"]).default("1"),
    /**
     * How many reverse proxies stand in front of the app: the client address is then read from the
     * X-Forwarded-For entry the outermost of them wrote. 0 (the default): the header is ignored, the
     * socket's peer is the client (server/client-address.mjs).
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(99).default(0),
    /** Bearer token for GET /api/metrics; without it only loopback connections may read the metrics. */
    METRICS_TOKEN: z.string().min(16).optional(),
  })
  .superRefine((e, ctx) => {
    // `next build` may run without the deployment's secrets; a server start never does.
    const building = process.env.NEXT_PHASE === "phase-production-build";
    if (e.NODE_ENV === "production" && e.DEMO_DATA === "0" && !e.AUTH_SECRET && !building) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "bắt buộc khi chạy thật (NODE_ENV=production, DEMO_DATA=0), ít nhất 32 ký tự / required in production, at least 32 characters (e.g. `openssl rand -base64 48`)",
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

const DEV_SECRET = "hai-long-development-secret-do-not-use-in-production";

/** The secret for sessions; a demo deployment may run without one, a real one must set AUTH_SECRET. */
export function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (e.NODE_ENV === "production" && e.DEMO_DATA !== "1") {
    throw new Error("AUTH_SECRET is required in production (at least 32 characters).");
  }
  return DEV_SECRET;
}

export function isLocalDatabase(url: string): boolean {
  return url.startsWith("file:") || url === ":memory:";
}

export function publicUrl(path: string): string {
  return new URL(path, env().PUBLIC_BASE_URL).toString();
}
