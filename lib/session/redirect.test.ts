import { describe, expect, it } from "vitest";
import { redirectCallback, safeCallbackPath, sameOriginUrl } from "./redirect";

const ORIGIN = "http://127.0.0.1:3107";

describe("callbackUrl stays on the site", () => {
  it.each([
    ["/%5Cother.host/x, decoded by the query string", "/\\other.host/x"],
    ["a protocol-relative URL", "//other.host"],
    ["another origin", "https://other.host"],
    ["another port of the same host", "http://127.0.0.1:4000/admin"],
    ["javascript:", "javascript:alert(1)"],
    ["a tab the browser would drop", "/\t/other.host"],
    ["a newline", "/admin\nSet-Cookie: x"],
    ["a URL that does not parse", "http://%zz"],
    ["an IPv6 host that does not parse", "//[::1"],
    ["an empty value", ""],
  ])("refuses %s", (_label, value) => {
    expect(sameOriginUrl(value, ORIGIN)).toBeNull();
    expect(safeCallbackPath(value, ORIGIN)).toBe("/start");
    expect(redirectCallback({ url: value, baseUrl: ORIGIN })).toBe(ORIGIN);
  });

  it("refuses what is not a string (a repeated query parameter)", () => {
    expect(sameOriginUrl(["/admin"], ORIGIN)).toBeNull();
  });

  it("keeps same-site paths and absolute URLs of the site, as paths for the form", () => {
    expect(safeCallbackPath("/admin/users?tab=1#x", ORIGIN)).toBe("/admin/users?tab=1#x");
    expect(safeCallbackPath(`${ORIGIN}/admin/import`, ORIGIN)).toBe("/admin/import");
    expect(safeCallbackPath("/%5Cother.host/x".replace("%5C", "%255C"), ORIGIN)).toBe("/%255Cother.host/x");
    expect(redirectCallback({ url: "/admin", baseUrl: ORIGIN })).toBe(`${ORIGIN}/admin`);
  });

  it("collapses leading slashes that a dot segment would leave, so the path cannot name a host", () => {
    expect(safeCallbackPath("/.//other.host/x", ORIGIN)).toBe("/other.host/x");
  });

  it("never throws, even for an unusable origin", () => {
    expect(sameOriginUrl("/admin", "not a url")).toBeNull();
  });
});
