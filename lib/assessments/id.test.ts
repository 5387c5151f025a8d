import { describe, expect, it } from "vitest";
import { ASSESSMENT_ID_BYTES, isAssessmentId, newAssessmentId, toBase64Url } from "./id";

describe("assessment ids", () => {
  it("carry at least 128 random bits as 24 base64url characters", () => {
    expect(ASSESSMENT_ID_BYTES * 8).toBeGreaterThanOrEqual(128);
    const ids = new Set(Array.from({ length: 1000 }, () => newAssessmentId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(isAssessmentId(id)).toBe(true);
    }
  });

  it("encode bytes as base64url without padding", () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe("-__-");
    expect(newAssessmentId((b) => b.fill(0))).toBe("A".repeat(24));
  });

  it("refuse malformed ids before any lookup", () => {
    for (const bad of ["", "abc", "A".repeat(23), "A".repeat(25), `${"A".repeat(23)}/`, "../../etc/passwd", 42, null]) {
      expect(isAssessmentId(bad)).toBe(false);
    }
  });
});
