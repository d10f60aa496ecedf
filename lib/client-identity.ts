import { createHmac } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address.mjs";

/**
 * Who a request comes from, for abuse control, without ever storing the address: a keyed hash that
 * changes every month (like the device hash), of the address server.mjs resolved from the socket — or
 * from X-Forwarded-For when TRUST_PROXY says how many proxies stand in front (server/client-address.mjs).
 */
const shared = globalThis as { hailongClientAddresses?: boolean };

/**
 * The address server.mjs stamped on the request. Only trusted when the request came through server.mjs
 * (which drops any such header a client sent); under `next dev` there is none.
 */
export function requestClientAddress(headers: Pick<Headers, "get"> | undefined): string | null {
  if (!shared.hailongClientAddresses) return null;
  const value = headers?.get(CLIENT_ADDRESS_HEADER)?.trim();
  return value && value.length <= 64 ? value : null;
}

/** Tests and the production server declare that CLIENT_ADDRESS_HEADER is theirs to set. */
export function trustClientAddressHeader(trusted = true): void {
  shared.hailongClientAddresses = trusted;
}

function expandIPv6(address: string): number[] | null {
  const [head = "", tail, extra] = address.toLowerCase().split("::");
  if (extra !== undefined) return null;
  const part = (s: string) => (s === "" ? [] : s.split(":"));
  let left = part(head);
  let right = tail === undefined ? [] : part(tail);
  // An embedded IPv4 tail ("::ffff:1.2.3.4") is two groups.
  const lastOf = (groups: string[]) => groups[groups.length - 1] ?? "";
  const v4Tail = (groups: string[]) => {
    const last = lastOf(groups);
    if (!isIPv4(last)) return groups;
    const [a = 0, b = 0, c = 0, d = 0] = last.split(".").map(Number);
    return [...groups.slice(0, -1), ((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
  };
  if (tail === undefined) left = v4Tail(left);
  else right = v4Tail(right);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right].map((g) => Number.parseInt(g, 16));
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * The unit of identity for an address: an IPv4 address as is (IPv4-mapped IPv6 included), and an IPv6
 * address by its /64 network, since one subscriber is given a whole /64 and can pick any address in it.
 */
export function clientNetwork(address: string): string | null {
  const bare = address.split("%")[0] ?? "";
  if (isIPv4(bare)) return bare;
  if (!isIPv6(bare)) return null;
  const groups = expandIPv6(bare);
  if (!groups) return null;
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/**
 * A keyed hash of the client's network that changes every month: counters can tell one client from
 * another, while nothing stored can be linked across months or back to an address.
 * Requests whose address is unknown (no server.mjs in front) share one identity.
 */
export function clientHash(address: string | null, secret: string, at: Date): string {
  const network = (address && clientNetwork(address)) ?? "unknown";
  const month = at.toISOString().slice(0, 7);
  return createHmac("sha256", secret).update(`client:${month}:${network}`).digest("hex").slice(0, 32);
}
