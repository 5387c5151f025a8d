import { describe, expect, it } from "vitest";
import { nameWithRole, ROLE_LABELS, ROLES } from "./roles";

describe("roles", () => {
  it("labels every role", () => {
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it("puts the role beside the name, unless the name is the role", () => {
    expect(nameWithRole("王工", "architect")).toBe("王工（架构师）");
    expect(nameWithRole("王工", "admin")).toBe("王工（管理员）");
    expect(nameWithRole("管理员", "admin")).toBe("管理员");
    expect(nameWithRole("管理员", "architect")).toBe("管理员（架构师）");
  });
});
