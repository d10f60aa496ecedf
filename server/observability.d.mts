import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { Registry } from "prom-client";

export const logger: Logger;
export const registry: Registry;
export function loggedPath(url: string | undefined): string;
export function routeGroup(url: string | undefined): string;
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string;
export function observe(req: IncomingMessage, res: ServerResponse, reqId: string): void;
export function mayReadMetrics(req: IncomingMessage): boolean;
export function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void>;
