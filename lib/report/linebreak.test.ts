import { describe, expect, it } from "vitest";
import { splitForLineBreaking } from "./linebreak";

/** Units between the "" separators, i.e. the pieces a line may start with. */
const units = (word: string) => splitForLineBreaking(word).filter((part) => part !== "");

describe("splitForLineBreaking", () => {
  it("lets every Chinese character start a line and joins units with empty glue, never a hyphen", () => {
    const parts = splitForLineBreaking("信创适配度");
    expect(parts).toEqual(["信", "", "创", "", "适", "", "配", "", "度"]);
    expect(parts.join("")).toBe("信创适配度");
    expect(parts.some((p) => p.includes("-"))).toBe(false);
  });

  it("keeps closing punctuation with the character before it", () => {
    const starts = units("裁剪，决策。结果、风险；如下：是否？是！（完）《报告》「引」").map((u) => u[0]);
    for (const closing of "，。、；：？！）》」") expect(starts).not.toContain(closing);
  });

  it("keeps opening punctuation with the character after it", () => {
    const parts = units("组合（最终一致）与《报告》");
    expect(parts).toContain("（最");
    expect(parts).toContain("《报");
    expect(parts.every((u) => !u.endsWith("（") && !u.endsWith("《"))).toBe(true);
  });

  it("keeps Latin words and numbers whole but lets them break next to Chinese", () => {
    expect(units("采用Go1.22与TiDB")).toEqual(["采", "用", "Go1.22", "与", "TiDB"]);
    expect(units("0.864）")).toEqual(["0.864）"]);
    expect(splitForLineBreaking("Kubernetes")).toEqual(["Kubernetes"]);
  });

  it("lets a long path or identifier break after a separator, without adding characters", () => {
    const word = "github.com/emmansun/gmsm/sm2/internal/curve";
    const parts = splitForLineBreaking(word);
    expect(parts.join("")).toBe(word);
    expect(units(word).length).toBeGreaterThan(1);
    expect(units(word).every((u) => !u.startsWith("/"))).toBe(true);
  });

  it("passes whitespace and empty words through", () => {
    expect(splitForLineBreaking("  ")).toEqual(["  "]);
    expect(splitForLineBreaking("")).toEqual([]);
  });

  it("handles characters outside the BMP as single units", () => {
    expect(units("𠀀𠀁")).toEqual(["𠀀", "𠀁"]);
  });
});
