/**
 * The client address that keys per-client throttling: resolved from the TCP peer and only the
 * trusted part of X-Forwarded-For, and stamped by the HTTP server itself (a real node:http server
 * here, with requests sent from several loopback addresses).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TrustProxy } from "@/lib/env";
import { UNKNOWN_CLIENT, clientAddressFrom, resolveClientAddress } from "./client-address";

const NONE: TrustProxy = { kind: "none" };
const ONE_HOP: TrustProxy = { kind: "hops", hops: 1 };
const OUR_PROXIES: TrustProxy = { kind: "addresses", entries: ["10.0.0.0/8", "::1"] };

describe("resolveClientAddress", () => {
  it("without TRUST_PROXY the peer is the client, whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("198.51.100.1", "203.0.113.9", NONE)).toBe("203.0.113.9");
    expect(resolveClientAddress(["1.1.1.1", "2.2.2.2"], "::ffff:203.0.113.9", NONE)).toBe("203.0.113.9");
  });

  it("with N trusted hops, the entry N from the right; entries further left are the client's own words", () => {
    expect(resolveClientAddress("6.6.6.6, 198.51.100.1", "10.0.0.2", ONE_HOP)).toBe("198.51.100.1");
    expect(resolveClientAddress(undefined, "10.0.0.2", ONE_HOP)).toBe("10.0.0.2");
    expect(resolveClientAddress("198.51.100.1, 10.0.0.3", "10.0.0.2", { kind: "hops", hops: 2 })).toBe("198.51.100.1");
  });

  it("with a list of proxies, the first address from the right that is not one of them", () => {
    expect(resolveClientAddress("6.6.6.6, 198.51.100.1, 10.1.2.3", "10.0.0.2", OUR_PROXIES)).toBe("198.51.100.1");
    expect(resolveClientAddress("198.51.100.1", "203.0.113.9", OUR_PROXIES)).toBe("203.0.113.9");
    expect(resolveClientAddress("[2001:db8::5]:443", "::1", OUR_PROXIES)).toBe("2001:db8:0:0::/64");
  });

  it("keys IPv6 clients by their /64, so rotating through one's own prefix does not help", () => {
    expect(resolveClientAddress(undefined, "2001:db8:1:2:aaaa::1", NONE)).toBe("2001:db8:1:2::/64");
    expect(resolveClientAddress(undefined, "2001:db8:1:2:bbbb::9", NONE)).toBe("2001:db8:1:2::/64");
    expect(resolveClientAddress(undefined, "::1", NONE)).toBe("0:0:0:0::/64");
  });

  it("a header without a stamp is an unknown client, never a header value", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "198.51.100.1" })).toBe(UNKNOWN_CLIENT);
    expect(clientAddressFrom(undefined)).toBe(UNKNOWN_CLIENT);
  });
});

describe("the stamp made by the HTTP server", () => {
  let server: http.Server;
  let port = 0;
  /** The stamp header's real (random) name, as the server saw it on a request. */
  let stampName = "";
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      stampName = Object.keys(request.headers).find((name) => name.startsWith("x-tj-client-")) ?? "";
      response.end(clientAddressFrom(request.headers));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const from = (localAddress: string, headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, localAddress, headers, agent: false }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(body));
      });
      request.on("error", reject);
    });

  it("is the socket address (TRUST_PROXY unset), not a spoofed X-Forwarded-For or a forged stamp header", async () => {
    expect(await from("127.0.0.21", { "x-forwarded-for": "198.51.100.1" })).toBe("127.0.0.21");
    expect(await from("127.0.0.22", { "x-forwarded-for": "198.51.100.1" })).toBe("127.0.0.22");
    expect(stampName).toMatch(/^x-tj-client-[0-9a-f]{24}$/);
    // A client that sends the stamp's own name is overwritten by the server's stamp.
    expect(await from("127.0.0.21", { "x-forwarded-for": "198.51.100.2", [stampName]: "198.51.100.3" })).toBe("127.0.0.21");
  });
});
