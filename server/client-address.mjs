// The client's network address, as the server saw it: the socket's peer, or — only when the operator says
// how many reverse proxies stand in front (TRUST_PROXY=<n>) — the address the outermost trusted proxy saw,
// read from X-Forwarded-For. A client can write any X-Forwarded-For it likes, so without TRUST_PROXY the
// header is ignored. The address is handed to the app in CLIENT_ADDRESS_HEADER (any incoming header of that
// name is dropped first) and is only ever hashed there: it is never stored or logged.
import { isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-hailong-client-address";

/** TRUST_PROXY: a whole number of proxies, 0 (the default) when unset or malformed. */
export function trustedProxyCount(value) {
  return /^\d{1,2}$/.test(value ?? "") ? Number(value) : 0;
}

function clean(address) {
  if (typeof address !== "string") return null;
  const trimmed = address.trim();
  // "[::1]:1234" or "1.2.3.4:5678" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  if (bracketed?.[1]) return isIP(bracketed[1]) ? bracketed[1] : null;
  const v4Port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(trimmed);
  if (v4Port?.[1]) return isIP(v4Port[1]) ? v4Port[1] : null;
  return isIP(trimmed) ? trimmed : null;
}

/**
 * With `trustProxy` = n proxies in front, the hops are [socket peer, then X-Forwarded-For read right to
 * left]; the client is hop n (each trusted proxy appended the address it saw). A header with fewer entries
 * than that, or a malformed entry among the trusted ones, falls back to the furthest valid trusted hop.
 */
export function resolveClientAddress(socketAddress, forwardedFor, trustProxy) {
  const hops = [clean(socketAddress)];
  if (trustProxy > 0 && typeof forwardedFor === "string") {
    const entries = forwardedFor.split(",").slice(-trustProxy).reverse();
    for (const entry of entries) {
      const address = clean(entry);
      if (!address) break;
      hops.push(address);
    }
  }
  for (let i = Math.min(trustProxy, hops.length - 1); i >= 0; i--) {
    if (hops[i]) return hops[i];
  }
  return null;
}

/** Replaces whatever the client sent in CLIENT_ADDRESS_HEADER by the address the server resolved. */
export function stampClientAddress(req, trustProxy) {
  const forwarded = req.headers["x-forwarded-for"];
  const address = resolveClientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    trustProxy,
  );
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}
