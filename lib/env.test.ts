import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, isPostgresUrl, parseEnv } from "./env";

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
