import type { IncomingMessage, ServerResponse } from "node:http";

export function microCacheKey(req: IncomingMessage): string | null;
export function serveFromMicroCache(key: string, res: ServerResponse): boolean;
export function recordForMicroCache(key: string, res: ServerResponse): void;
export function forget(): void;
