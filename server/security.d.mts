import type { IncomingMessage, ServerResponse } from "node:http";

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void;
export function htmlPolicy(scriptHashes: readonly string[]): string;
export function inlineScriptHashes(html: string): { hashes: string[]; refused: number };
export function applyContentSecurityPolicy(
  res: ServerResponse,
  onRefused: (refused: number) => void,
  rewrite?: ((html: string) => string | null) | null,
): void;
export const STATIC_PAGE_POLICY: string;
