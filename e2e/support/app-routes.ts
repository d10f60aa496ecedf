import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every route the build under test serves, read from Next.js's own list of them
 * (`.next/app-path-routes-manifest.json`: app directory entry → URL pattern), so a route added to `app/`
 * is in every test that walks them without anyone listing it.
 */

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

export interface AppRoute {
  /** URL pattern, e.g. `/[lang]/don-vi/[slug]` */
  pattern: string;
  /** A page (GET, and POST for its server actions) or a route handler (the methods it exports). */
  kind: "page" | "route";
  /** The source file under `app/`. */
  source: string;
  methods: HttpMethod[];
}

const METHODS: HttpMethod[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
/** Next.js's own entries, not routes of the app. */
const INTERNAL = new Set(["/_not-found", "/_global-error"]);

/** The methods a route handler exports (`export [async] function GET`, `export const POST =`, `export { GET }`). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<HttpMethod>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) {
    found.add(m[1] as HttpMethod);
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of (m[1] ?? "").split(","))
      found.add(
        name
          .split(/\s+as\s+/)
          .pop()
          ?.trim() as HttpMethod,
      );
  }
  return METHODS.filter((method) => found.has(method));
}

export function appRoutes(root = process.cwd()): AppRoute[] {
  const manifestFile = join(root, ".next", "app-path-routes-manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} missing: build the app first`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, string>;
  const routes: AppRoute[] = [];
  for (const [entry, pattern] of Object.entries(manifest)) {
    if (INTERNAL.has(pattern)) continue;
    const kind = entry.endsWith("/route") ? "route" : "page";
    const base = join(root, "app", entry);
    const source = [".ts", ".tsx", ".js", ".jsx"].map((ext) => `${base}${ext}`).find(existsSync);
    if (!source) throw new Error(`no source for ${entry}`);
    const methods: HttpMethod[] =
      kind === "page" ? ["GET", "POST"] : exportedMethods(readFileSync(source, "utf8"));
    routes.push({ pattern, kind, source, methods });
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** A pattern's segments: static text, or a parameter (`[x]`, catch-all `[...x]`, optional `[[...x]]`). */
export function segmentsOf(pattern: string): Array<{ param: string | null; text: string }> {
  return pattern
    .split("/")
    .filter(Boolean)
    .map((text) => {
      const m = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(text);
      return { param: m?.[1] ?? null, text };
    });
}
