/**
 * HSTS follows the public URL (NEXTAUTH_URL): present for https, absent for http or none; and
 * next.config.ts gives the API and every file the proxy skips (scripts, styles, the favicon and
 * their 404s) the static security headers, HSTS included when https.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { API_SECURITY_HEADERS, transportSecurityHeaders } from "./headers";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("transportSecurityHeaders", () => {
  it("sends HSTS for an https public URL only", () => {
    for (const url of ["https://tjgo.example.cn", "HTTPS://tjgo.example.cn/base/"]) {
      expect(transportSecurityHeaders(url), url).toEqual({ "Strict-Transport-Security": "max-age=31536000; includeSubDomains" });
    }
    for (const url of ["http://localhost:3000", "", undefined, "not a url"]) expect(transportSecurityHeaders(url), url).toEqual({});
  });
});

describe("next.config.ts headers", () => {
  const headersFor = async (nextAuthUrl: string) => {
    vi.stubEnv("NEXTAUTH_URL", nextAuthUrl);
    const { default: config } = await import("@/next.config");
    const rules = await config.headers!();
    return new Map(rules.map((rule) => [rule.source, Object.fromEntries(rule.headers.map((h) => [h.key, h.value]))]));
  };

  it("covers the API and the files the proxy skips, with HSTS when the public URL is https", async () => {
    const https = await headersFor("https://tjgo.example.cn");
    expect([...https.keys()]).toEqual(["/api/:path*", "/_next/static/:path*", "/_next/image", "/favicon.ico"]);
    for (const headers of https.values()) {
      expect(headers).toMatchObject(API_SECURITY_HEADERS);
      expect(headers["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    }
    for (const headers of (await headersFor("http://localhost:3000")).values()) {
      expect(headers["Strict-Transport-Security"]).toBeUndefined();
    }
  });
});
