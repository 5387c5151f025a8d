import { describe, expect, it } from "vitest";
import { lookupEnum, vocabularyOf } from "./vocabulary";

describe("error-category vocabulary", () => {
  it("reads today's label, the id, and the label files exported before 2026-12-01 wrote", () => {
    const categories = vocabularyOf("errorCategories");
    expect(lookupEnum(categories, "叶节点样本过少")).toBe("tiny-leaf");
    expect(lookupEnum(categories, "tiny-leaf")).toBe("tiny-leaf");
    expect(lookupEnum(categories, "叶节点样本过少（< 5）")).toBe("tiny-leaf");
    expect(lookupEnum(categories, "叶节点样本过多")).toBeUndefined();
  });
});
