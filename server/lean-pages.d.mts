import type { IncomingMessage } from "node:http";

export function leanRewriteFor(req: IncomingMessage): ((html: string) => string | null) | null;
export function leanHtml(html: string): string | null;
