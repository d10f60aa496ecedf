import "server-only";
import { isIP } from "node:net";
import { consumeAuthRateLimit } from "@/features/access/server/auth-rate-limit-queries";
import { clientHash } from "@/lib/client-identity";
import { authSecret } from "@/lib/env";

/**
 * better-auth keys its limiter `<ip>|<path>`, the address read from the header server.mjs stamps
 * (`advanced.ipAddress.ipAddressHeaders`). Stored as is, that would put raw addresses in `rate_limit`:
 * the address part becomes the client's keyed monthly hash (lib/client-identity.ts) before anything is
 * written. Anything that is not an address (better-auth's shared "no trusted IP" bucket) hashes as the
 * unknown client.
 */
export function hashedRateLimitKey(key: string, secret: string, at: Date): string {
  const bar = key.indexOf("|");
  const address = bar < 0 ? "" : key.slice(0, bar);
  const path = bar < 0 ? key : key.slice(bar + 1);
  return `auth:${clientHash(isIP(address) ? address : null, secret, at)}|${path}`;
}

export function hashedRateLimitStorage() {
  return {
    consume: (key: string, rule: { window: number; max: number }) => {
      const now = new Date();
      return consumeAuthRateLimit(
        hashedRateLimitKey(key, authSecret(), now),
        { windowMs: rule.window * 1000, max: rule.max },
        now.getTime(),
      );
    },
  };
}
