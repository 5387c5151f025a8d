/**
 * The client's address, the key of the per-client sign-in throttle. It must be an address the
 * client cannot choose: `X-Forwarded-For` is believed only as far as TRUST_PROXY says (README
 * "Configuration"), otherwise the TCP peer is the client.
 *
 * Why this is done at the HTTP server and not in the route handler: next-auth's `authorize` sees
 * only request headers, and Next 16's `next start` hands route handlers no socket. It does put the
 * peer into `x-forwarded-for`, but only when the request has none (base-server.js:
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress`), so a client that sends its own header
 * replaces the peer address. Node publishes every incoming request on the `http.server.request.start`
 * diagnostics channel before any listener runs; we resolve the address there, from the raw header
 * and the socket, and stamp it into a header whose name is random per process, so that no client
 * can send it.
 */
import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";
import type { Socket } from "node:net";
import { env, type TrustProxy } from "@/lib/env";

/** The key when no stamp was made (a request that raced this module's first load). */
export const UNKNOWN_CLIENT = "unknown";

/** "::ffff:1.2.3.4" → "1.2.3.4"; "[::1]:80" / "1.2.3.4:80" → the address; anything else stays. */
function bareAddress(raw: string): string {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  return mapped ? mapped[1]! : value.toLowerCase();
}

/** IPv6 clients are keyed by their /64: one subscriber gets a whole /64 to rotate through. */
function throttleKey(address: string): string {
  if (isIP(address) !== 6) return isIP(address) === 4 ? address : address.slice(0, 64) || UNKNOWN_CLIENT;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => (parseInt(group, 16) || 0).toString(16)).join(":")}::/64`;
}

function trustedList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

const lists = new WeakMap<string[], BlockList>();
const isTrusted = (entries: string[], address: string) => {
  const family = isIP(address);
  if (!family) return false;
  let list = lists.get(entries);
  if (!list) lists.set(entries, (list = trustedList(entries)));
  return list.check(address, family === 6 ? "ipv6" : "ipv4");
};

/**
 * Pure: the client's throttle key from the raw `X-Forwarded-For` (as it arrived) and the TCP peer.
 * The chain is read from the right, the end our own proxies append to; entries further left were
 * written by whoever sent the request and prove nothing.
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, peer: string | undefined, trust: TrustProxy): string {
  const socket = bareAddress(peer ?? "");
  if (trust.kind === "none" || !socket) return throttleKey(socket);
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...raw.split(",").map(bareAddress).filter(Boolean), socket];
  if (trust.kind === "hops") return throttleKey(chain[Math.max(0, chain.length - 1 - trust.hops)]!);
  let index = chain.length - 1;
  while (index > 0 && isTrusted(trust.entries, chain[index]!)) index -= 1;
  return throttleKey(chain[index]!);
}

interface Stamp {
  header: string;
}
const GLOBAL_KEY = Symbol.for("tj-go-stack.client-address-stamp");
const holder = globalThis as unknown as Record<symbol, Stamp | undefined>;

/**
 * Subscribes once per process (bundlers may load this module more than once, hence the global)
 * and returns the stamp's header name.
 */
function installStamp(): Stamp {
  const existing = holder[GLOBAL_KEY];
  if (existing) return existing;
  const stamp: Stamp = { header: `x-tj-client-${randomBytes(12).toString("hex")}` };
  holder[GLOBAL_KEY] = stamp;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    try {
      request.headers[stamp.header] = resolveClientAddress(request.headers["x-forwarded-for"], socket.remoteAddress, env().TRUST_PROXY);
    } catch {
      // A bad environment fails the request elsewhere with its own message; the key stays unknown.
    }
  });
  return stamp;
}

const stamp = installStamp();

/** The stamped client key from the headers next-auth hands to `authorize` (or a route handler's). */
export function clientAddressFrom(headers: Record<string, unknown> | Headers | undefined): string {
  const value = headers instanceof Headers ? headers.get(stamp.header) : headers?.[stamp.header];
  return typeof value === "string" && value ? value : UNKNOWN_CLIENT;
}
