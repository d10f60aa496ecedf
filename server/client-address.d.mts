import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER: string;
export function trustedProxyCount(value: string | undefined): number;
export function resolveClientAddress(
  socketAddress: string | undefined | null,
  forwardedFor: string | undefined | null,
  trustProxy: number,
): string | null;
export function stampClientAddress(req: IncomingMessage, trustProxy: number): void;
