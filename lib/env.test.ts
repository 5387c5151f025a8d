import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, MISSING_SECRET_MESSAGE, authSecret, isPostgresUrl, oidcConfig, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded SQLite database", () => {
    expect(parseEnv({}).DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
  });

  it("accepts SQLite files and PostgreSQL URLs", () => {
    expect(parseEnv({ DATABASE_URL: "file:/var/lib/app.db" }).DATABASE_URL).toBe("file:/var/lib/app.db");
    const url = "postgresql://app@db.internal:5432/selector";
    expect(isPostgresUrl(parseEnv({ DATABASE_URL: url }).DATABASE_URL)).toBe(true);
  });

  it("refuses a bad DATABASE_URL with a message naming the variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://root@localhost/db" })).toThrow(/DATABASE_URL.*SQLite 文件.*PostgreSQL/s);
  });

  it("refuses a short NEXTAUTH_SECRET and a malformed ADMIN_EMAIL", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ ADMIN_EMAIL: "not-an-email" })).toThrow(/ADMIN_EMAIL/);
  });
});

describe("TRUST_PROXY", () => {
  it("is off unless configured: X-Forwarded-For is then not believed at all", () => {
    expect(parseEnv({}).TRUST_PROXY).toEqual({ kind: "none" });
    expect(parseEnv({ TRUST_PROXY: "0" }).TRUST_PROXY).toEqual({ kind: "none" });
  });

  it("takes a number of hops or a list of proxy addresses and networks", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toEqual({ kind: "hops", hops: 1 });
    expect(parseEnv({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16,::1" }).TRUST_PROXY).toEqual({
      kind: "addresses",
      entries: ["10.0.0.5", "10.1.0.0/16", "::1"],
    });
  });

  it("refuses anything else with a message naming the variable", () => {
    for (const bad of ["true", "loadbalancer", "10.0.0.0/33", "99"]) expect(() => parseEnv({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
  });
});

describe("secrets and passwords", () => {
  it("refuses an ADMIN_PASSWORD over bcrypt's 72 bytes", () => {
    expect(() => parseEnv({ ADMIN_PASSWORD: "密".repeat(25) })).toThrow(/ADMIN_PASSWORD.*72 字节/);
    expect(parseEnv({ ADMIN_PASSWORD: "密".repeat(24) }).ADMIN_PASSWORD).toHaveLength(24);
  });

  it("a production server without NEXTAUTH_SECRET fails with the Chinese and English message; a build does not", () => {
    const production = parseEnv({ NODE_ENV: "production" });
    expect(() => authSecret(production, undefined)).toThrow(MISSING_SECRET_MESSAGE);
    expect(authSecret(production, "phase-production-build")).toBeUndefined();
    expect(authSecret(parseEnv({ NODE_ENV: "development" }), undefined)).toBeUndefined();
    expect(authSecret(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }), undefined)).toBe("x".repeat(32));
  });

  it("`NODE_ENV=production npm start` without NEXTAUTH_SECRET stops before doing anything", () => {
    const run = spawnSync("bash", ["scripts/start.sh"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", NEXTAUTH_SECRET: "" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING_SECRET_MESSAGE);
    expect(run.stdout).toBe("");
  });
});

describe("single sign-on (OIDC_*)", () => {
  const sso = { OIDC_ISSUER: "https://sso.example.cn/realms/main", OIDC_CLIENT_ID: "selector", OIDC_CLIENT_SECRET: "s3cret" };

  it("is off unless issuer, client id and secret are all set; then the defaults apply", () => {
    expect(oidcConfig(parseEnv({}))).toBeNull();
    expect(oidcConfig(parseEnv({ OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" }))).toBeNull();
    expect(oidcConfig(parseEnv(sso))).toEqual({
      issuer: sso.OIDC_ISSUER,
      clientId: "selector",
      clientSecret: "s3cret",
      roleClaim: "roles",
      adminRoles: [],
      name: "企业单点登录",
      scopes: "openid email profile",
    });
  });

  it("refuses a partial configuration, naming each missing variable", () => {
    expect(() => parseEnv({ OIDC_ISSUER: sso.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID.*缺少 OIDC_CLIENT_ID.*OIDC_CLIENT_SECRET.*缺少 OIDC_CLIENT_SECRET/s);
    expect(() => parseEnv({ OIDC_CLIENT_ID: "x", OIDC_CLIENT_SECRET: "y" })).toThrow(/缺少 OIDC_ISSUER/);
  });

  it("reads the admin roles as a comma list, a dotted role claim, a name and scopes", () => {
    const config = oidcConfig(
      parseEnv({ ...sso, OIDC_ADMIN_ROLES: " selector-admins, ,ops ", OIDC_ROLE_CLAIM: "realm_access.roles", OIDC_NAME: "天津政务统一认证", OIDC_SCOPES: "openid  email roles" }),
    );
    expect(config).toMatchObject({ adminRoles: ["selector-admins", "ops"], roleClaim: "realm_access.roles", name: "天津政务统一认证", scopes: "openid email roles" });
    expect(oidcConfig(parseEnv({ ...sso, OIDC_ISSUER: "http://127.0.0.1:4000" }))?.issuer).toBe("http://127.0.0.1:4000");
  });

  it("refuses a bad issuer, role claim, name or scopes with a message naming the variable", () => {
    expect(() => parseEnv({ ...sso, OIDC_ISSUER: "sso.example.cn" })).toThrow(/OIDC_ISSUER/);
    expect(() => parseEnv({ ...sso, OIDC_ISSUER: "ftp://sso.example.cn" })).toThrow(/OIDC_ISSUER 必须以 http/);
    expect(() => parseEnv({ ...sso, OIDC_ROLE_CLAIM: "realm roles" })).toThrow(/OIDC_ROLE_CLAIM/);
    expect(() => parseEnv({ ...sso, OIDC_ROLE_CLAIM: "r".repeat(201) })).toThrow(/OIDC_ROLE_CLAIM/);
    expect(parseEnv({ ...sso, OIDC_ROLE_CLAIM: "https://selector.example.cn/roles" }).OIDC_ROLE_CLAIM).toBe("https://selector.example.cn/roles");
    expect(() => parseEnv({ ...sso, OIDC_NAME: "名".repeat(41) })).toThrow(/OIDC_NAME/);
    expect(() => parseEnv({ ...sso, OIDC_SCOPES: "email profile" })).toThrow(/OIDC_SCOPES 必须包含 openid/);
  });
});
