// Tests for lib/validations/compat-check.ts (kept beside the generator that relies on it).
import { describe, expect, it } from "vitest";
import { z } from "@/lib/validations/zod";
import { compatCheckProfileSchema } from "@/lib/validations/compat-check";
import { BASE_PROFILE } from "@/tests/support/compat-check";

const HOSTILE = ["$(touch /tmp/pwned)", "`touch /tmp/pwned`", "x'; rm -rf / #", 'x"; rm -rf /', "a\nb", "1.19; rm -rf /"];

function issuesFor(patch: Record<string, unknown>) {
  const result = compatCheckProfileSchema.safeParse({ ...BASE_PROFILE, ...patch });
  return result.success ? [] : result.error.issues;
}

describe("compatCheckProfileSchema", () => {
  it("accepts the seed's government-cloud target and defaults the memory limit to null", () => {
    const withoutLimit: Record<string, unknown> = { ...BASE_PROFILE };
    delete withoutLimit.memoryLimitMb;
    expect(compatCheckProfileSchema.parse(withoutLimit)).toEqual({ ...BASE_PROFILE, memoryLimitMb: null });
  });

  it.each(["os", "cpu", "goVersion", "crypto", "smLibrary"])("rejects every hostile string in %s", (field) => {
    for (const value of HOSTILE) {
      const issues = issuesFor({ [field]: value });
      expect(issues.map((i) => i.path.join("."))).toContain(field);
    }
  });

  it("rejects non-numeric and out-of-range memory limits and non-boolean cgo", () => {
    expect(issuesFor({ memoryLimitMb: "45; rm -rf /" })[0]?.message).toBe("内存上限须为整数（MB）或 null");
    expect(issuesFor({ memoryLimitMb: 8 })[0]?.message).toBe("内存上限不能小于 16 MB");
    expect(issuesFor({ memoryLimitMb: 45.5 })[0]?.message).toBe("内存上限须为整数（MB）");
    expect(issuesFor({ cgo: "true" })[0]?.message).toBe("请选择是否启用 CGO（true/false）");
  });

  it("allows Chinese, quotes, $ and backticks in the system name but no control characters", () => {
    expect(issuesFor({ systemName: "和平区·一网通办（二期）$(x) `y` 'z' \"w\"; & |" })).toEqual([]);
    for (const bad of ["a\nb", "a\rb", "a\tb", "a\u0000b", "a\u202eb", "   "]) {
      expect(issuesFor({ systemName: bad }).length).toBeGreaterThan(0);
    }
    expect(issuesFor({ systemName: "x".repeat(81) })[0]?.message).toBe("系统名称不能超过 80 个字符");
  });

  it("bounds the Go floor numerically to 1.18–1.26", () => {
    expect(issuesFor({ goVersion: "1.22" })).toEqual([]);
    expect(issuesFor({ goVersion: "1.9" })[0]?.message).toBe("Go 版本格式应为 1.xx，如 1.21");
    expect(issuesFor({ goVersion: "1.17" })[0]?.message).toBe("Go 版本下限应在 1.18 到 1.26 之间");
    expect(issuesFor({ goVersion: "1.27" }).length).toBe(1);
  });

  it("refuses unknown fields with a Chinese message", () => {
    expect(issuesFor({ extra: 1 })[0]?.message).toBe("不支持的字段：extra");
  });

  it("produces a JSON Schema with descriptions and examples for the OpenAPI document", () => {
    const schema = z.toJSONSchema(compatCheckProfileSchema, { io: "input" }) as {
      properties: Record<string, { description?: string; example?: unknown }>;
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.os?.example).toBe("kylin-v10-sp3");
    expect(schema.properties.systemName?.description).toMatch(/系统名称/);
    expect(Object.keys(schema.properties)).toHaveLength(8);
  });
});
