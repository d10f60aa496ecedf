import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";

/** A server action as the production build registered it: its id and a page that serves it. */
export interface BuiltAction {
  id: string;
  page: string;
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** `app/(manage)/quan-ly/[id]/page` → `/quan-ly/1`: any value fits a dynamic segment, the action runs first. */
function workerPath(worker: string): string {
  return (
    worker
      .replace(/^app/, "")
      .replace(/\/\([^/]+\)/g, "")
      .replace(/\/page$/, "")
      .replace(/\[[^\]]+\]/g, "1") || "/"
  );
}

/** Server actions of the last `next build`, by "file#exportedName". */
export function builtActions(): Map<string, BuiltAction> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = new Map<string, BuiltAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers).sort((a, b) => a.length - b.length)[0];
    if (!entry.filename || !entry.exportedName || !worker) continue;
    found.set(`${entry.filename}#${entry.exportedName}`, { id, page: workerPath(worker) });
  }
  return found;
}

export type ActionField = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * Calls a `(prevState, formData)` server action the way React's client does (encodeReply: argument list
 * in part "0", the FormData's entries prefixed "_1_"), with whatever cookies `request` carries — i.e. a
 * forged request that skips every check the UI might make.
 */
export async function callAction(
  request: APIRequestContext,
  origin: string,
  action: BuiltAction,
  fields: Record<string, ActionField>,
): Promise<{ status: number; body: string }> {
  // A FormData keeps the order: the root part "0" must come last, as React sends it (the server resolves
  // it on arrival), and a plain object would put the integer-like key first.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string") multipart.append(`_1_${key}`, value);
    else
      multipart.append(
        `_1_${key}`,
        new File([new Uint8Array(value.buffer)], value.name, { type: value.mimeType }),
      );
  }
  multipart.append("0", JSON.stringify([{}, "$K1"]));
  const res = await request.post(action.page, {
    headers: { "next-action": action.id, accept: "text/x-component", origin },
    multipart,
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text() };
}
