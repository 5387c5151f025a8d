import { describe, expect, it } from "vitest";
import { OIDC_PROVIDER_ID, claimValues, identityFromClaims, oidcProvider, roleFromClaims, signInErrorMessage } from "./oidc";

const config = { roleClaim: "roles", adminRoles: ["selector-admins", "ops"] };

describe("claimValues", () => {
  it("reads a list, or one string separated by spaces or commas", () => {
    expect(claimValues({ roles: ["a", "b"] }, "roles")).toEqual(["a", "b"]);
    expect(claimValues({ roles: "a b,c ,, d" }, "roles")).toEqual(["a", "b", "c", "d"]);
  });

  it("drops what is not a string, and answers nothing for a missing or odd claim", () => {
    expect(claimValues({ roles: ["a", 1, null, "", { x: 1 }, "b"] }, "roles")).toEqual(["a", "b"]);
    for (const value of [undefined, null, 42, true, { admin: true }]) expect(claimValues({ roles: value }, "roles")).toEqual([]);
  });

  it("follows a dotted path into nested claims, but a claim named with dots wins", () => {
    const claims = { realm_access: { roles: ["ops"] }, "https://corp.example/roles": ["x"], "a.b": ["direct"], a: { b: ["nested"] } };
    expect(claimValues(claims, "realm_access.roles")).toEqual(["ops"]);
    expect(claimValues(claims, "https://corp.example/roles")).toEqual(["x"]);
    expect(claimValues(claims, "a.b")).toEqual(["direct"]);
    expect(claimValues(claims, "realm_access.missing.deeper")).toEqual([]);
    expect(claimValues({ list: [{ roles: ["no"] }] }, "list.roles")).toEqual([]);
  });
});

describe("roleFromClaims", () => {
  it("an admin when any value is an admin role, else an architect", () => {
    expect(roleFromClaims({ roles: ["staff", "ops"] }, config)).toBe("admin");
    expect(roleFromClaims({ roles: "selector-admins" }, config)).toBe("admin");
    expect(roleFromClaims({ roles: ["staff"] }, config)).toBe("architect");
    expect(roleFromClaims({}, config)).toBe("architect");
  });

  it("matches exactly: no prefix, case or substring matches", () => {
    for (const roles of [["Selector-Admins"], ["selector-admins-x"], ["selector"], "selector-adminsops"]) {
      expect(roleFromClaims({ roles }, config)).toBe("architect");
    }
  });

  it("nobody is an admin through the provider when OIDC_ADMIN_ROLES is empty", () => {
    expect(roleFromClaims({ roles: ["selector-admins", ""] }, { roleClaim: "roles", adminRoles: [] })).toBe("architect");
  });
});

describe("identityFromClaims", () => {
  it("takes issuer, subject, e-mail, whether it is verified, and a name", () => {
    expect(identityFromClaims({ iss: "https://sso", sub: "u1", email: "a@example.com", email_verified: true, name: "甲" })).toEqual({
      issuer: "https://sso",
      subject: "u1",
      email: "a@example.com",
      emailVerified: true,
      name: "甲",
    });
  });

  it("only a true (or \"true\") email_verified counts as verified", () => {
    const base = { iss: "i", sub: "s", email: "a@example.com" };
    expect(identityFromClaims({ ...base, email_verified: "true" })?.emailVerified).toBe(true);
    for (const value of [false, "false", "yes", 1, undefined, null]) expect(identityFromClaims({ ...base, email_verified: value })?.emailVerified).toBe(false);
  });

  it("falls back to preferred_username for the name; drops a malformed e-mail instead of failing", () => {
    expect(identityFromClaims({ iss: "i", sub: "s", preferred_username: "zhang.san" })).toMatchObject({ name: "zhang.san", email: null });
    expect(identityFromClaims({ iss: "i", sub: "s", email: "not-an-address" })?.email).toBeNull();
    expect(identityFromClaims({ iss: "i", sub: "s", email: 42 })?.email).toBeNull();
  });

  it("is null without an issuer or subject", () => {
    expect(identityFromClaims({ sub: "s" })).toBeNull();
    expect(identityFromClaims({ iss: "i", sub: "" })).toBeNull();
    expect(identityFromClaims({ iss: "i", sub: "x".repeat(256) })).toBeNull();
  });
});

describe("signInErrorMessage", () => {
  it("says our refusals and next-auth's codes in Chinese; nothing for none or a password failure", () => {
    expect(signInErrorMessage("SsoDisabled")).toBe("该账号已被停用，请联系管理员");
    expect(signInErrorMessage("OAuthCallback")).toMatch(/无法验证/);
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
    expect(signInErrorMessage("CredentialsSignin")).toBeNull();
  });

  it("never echoes an unknown code (it comes from the URL)", () => {
    expect(signInErrorMessage("<script>alert(1)</script>")).toBe("登录失败，请重新登录");
    expect(signInErrorMessage("toString")).toBe("登录失败，请重新登录");
  });
});

describe("oidcProvider", () => {
  const provider = oidcProvider({ issuer: "https://sso.example.cn/realms/main/", clientId: "c", clientSecret: "s", roleClaim: "roles", adminRoles: [], name: "统一认证", scopes: "openid email" });

  it("discovers the issuer, reads the ID token, and checks PKCE and state", () => {
    expect(provider).toMatchObject({ id: OIDC_PROVIDER_ID, type: "oauth", idToken: true, name: "统一认证", checks: ["pkce", "state"] });
    expect(provider.wellKnown).toBe("https://sso.example.cn/realms/main/.well-known/openid-configuration");
    expect(provider.authorization).toEqual({ params: { scope: "openid email" } });
  });

  it("hands next-auth the subject as the id (the account is chosen in the signIn callback)", async () => {
    expect(await provider.profile({ sub: "u1", email: "a@example.com", name: "甲" }, {})).toEqual({ id: "u1", email: "a@example.com", name: "甲" });
    expect(await provider.profile({ sub: "u2", email: 1 }, {})).toEqual({ id: "u2", email: null, name: null });
  });
});
