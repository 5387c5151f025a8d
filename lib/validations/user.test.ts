import { describe, expect, it } from "vitest";
import { createUserSchema, resetPasswordSchema } from "./user";

describe("password rule", () => {
  const user = { email: "a@example.com", name: "甲", role: "admin" };

  it("refuses a password over 72 bytes (UTF-8) at creation and reset, in Chinese", () => {
    const password = "长".repeat(24) + "x"; // 24 × 3 + 1 = 73 bytes, 25 characters
    for (const result of [createUserSchema.safeParse({ ...user, password }), resetPasswordSchema.safeParse({ userId: "u1", password })]) {
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["password", "密码不能超过 72 字节（UTF-8 编码；一个汉字占 3 字节）"],
      ]);
    }
  });

  it("accepts exactly 72 bytes", () => {
    expect(createUserSchema.safeParse({ ...user, password: "长".repeat(24) }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ userId: "u1", password: "a".repeat(72) }).success).toBe(true);
  });
});
