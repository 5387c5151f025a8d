/** Which requests count as coming from the app's own origin (the CSRF check of apiRoute). */
import { describe, expect, it } from "vitest";
import { crossOriginRefusal } from "./origin";

const PUBLIC = "https://tjgo.example.cn";

function refused(method: string, headers: Record<string, string>, url = "http://10.0.0.5:3000/api/v1/x", publicUrl = PUBLIC) {
  return crossOriginRefusal(new Request(url, { method, headers }), publicUrl)?.status ?? "allowed";
}

describe("crossOriginRefusal", () => {
  it("allows the public URL's origin, and locally the origin the request was addressed to", () => {
    expect(refused("POST", { origin: "https://tjgo.example.cn", host: "10.0.0.5:3000" })).toBe("allowed");
    const local = "http://localhost:3000";
    expect(refused("POST", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }, "http://127.0.0.1:3000/api/v1/x", local)).toBe("allowed");
    expect(refused("POST", { origin: "http://localhost:3000", host: "LOCALHOST:3000" }, "http://localhost:3000/api/v1/x", local)).toBe("allowed");
    expect(refused("POST", { origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" }, "http://10.0.0.5:3000/api/v1/x", "")).toBe("allowed");
  });

  it("behind a TLS-terminating proxy, does not take the http Host the server sees for the https site", () => {
    expect(refused("POST", { origin: "http://tjgo.example.cn", host: "tjgo.example.cn" }, "http://tjgo.example.cn/api/v1/x")).toBe(403);
    expect(refused("POST", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).toBe(403);
  });

  it("refuses another origin: another site, a sibling subdomain, another scheme or port, an opaque origin", () => {
    for (const origin of ["http://evil.example", "https://other.example.cn", "http://tjgo.example.cn", "https://tjgo.example.cn:8443", "null"]) {
      expect(refused("POST", { origin, host: "tjgo.example.cn" }, "https://tjgo.example.cn/api/v1/x"), origin).toBe(403);
    }
  });

  it("falls back on Sec-Fetch-Site without Origin, and lets header-less clients through", () => {
    expect(refused("DELETE", { "sec-fetch-site": "cross-site" })).toBe(403);
    expect(refused("PATCH", { "sec-fetch-site": "same-site" })).toBe(403);
    expect(refused("PUT", { "sec-fetch-site": "same-origin" })).toBe("allowed");
    expect(refused("POST", { "sec-fetch-site": "none" })).toBe("allowed");
    expect(refused("POST", {})).toBe("allowed");
  });

  it("never refuses safe methods, and Origin wins over Sec-Fetch-Site", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(refused(method, { origin: "http://evil.example" })).toBe("allowed");
    expect(refused("POST", { origin: "http://evil.example", "sec-fetch-site": "same-origin", host: "tjgo.example.cn" })).toBe(403);
  });
});
