import bcrypt from "bcryptjs";
import { describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("passwords", () => {
  it("runs one bcrypt comparison even when there is no account, and never matches then", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    expect(await verifyPassword("whatever-password", null)).toBe(false);
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare.mock.calls[0]![1]).toMatch(/^\$2b\$12\$/);
  });

  it("refuses to hash more than 72 bytes, and a longer password never matches a hash of its first 72", async () => {
    const long = `${"长".repeat(24)}x`; // 73 bytes in UTF-8
    await expect(hashPassword(long)).rejects.toThrow(/72 bytes/);
    const hash = await hashPassword("长".repeat(24));
    expect(await verifyPassword("长".repeat(24), hash)).toBe(true);
    expect(await verifyPassword(long, hash)).toBe(false);
  });
});
