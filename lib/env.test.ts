import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, MISSING_SECRET_MESSAGE, authSecret, isPostgresUrl, parseEnv } from "./env";

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
