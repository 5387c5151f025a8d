import { describe, expect, it } from "vitest";
import { COURIER_ADVANCE_EM, layoutCode } from "./code-lines";

const cjkAdvance = () => 1; // Noto: full-width glyphs are 1 em

describe("layoutCode", () => {
  it("numbers source lines and splits runs by font", () => {
    const lines = layoutCode('echo "检查通过"\n# ── 标题 ──\n', 100, cjkAdvance);
    expect(lines.map((l) => l.number)).toEqual([1, 2]);
    expect(lines[0]?.runs).toEqual([
      { text: 'echo "', fallback: false },
      { text: "检查通过", fallback: true },
      { text: '"', fallback: false },
    ]);
    expect(lines[1]?.runs[1]).toEqual({ text: "── 标题 ──", fallback: true });
  });

  it("wraps long lines to the width, preferring spaces, and leaves continuations unnumbered", () => {
    const width = 20 * COURIER_ADVANCE_EM; // 20 Courier columns
    const source = "aaaa bbbb cccc dddd eeee ffff gggg";
    const lines = layoutCode(source, width, cjkAdvance);
    expect(lines.map((l) => l.number)).toEqual([1, null]);
    const text = lines.map((l) => l.runs.map((r) => r.text).join(""));
    expect(text.join("")).toBe(source);
    expect(text.every((t) => t.length <= 20)).toBe(true);
    expect(text[0]?.endsWith(" ")).toBe(true);
  });

  it("counts full-width characters as wider than Courier columns", () => {
    const lines = layoutCode("中".repeat(30), 20 * COURIER_ADVANCE_EM, cjkAdvance);
    expect(lines.length).toBe(3); // 12 em per line → 12, 12, 6
  });

  it("expands tabs and shows control characters as escapes", () => {
    const [line] = layoutCode("\tx\u001b[0m", 100, cjkAdvance);
    expect(line?.runs.map((r) => r.text).join("")).toBe("    x\\x1b[0m");
  });

  it("keeps empty lines and CRLF sources", () => {
    expect(layoutCode("a\r\n\r\nb", 100, cjkAdvance).map((l) => l.number)).toEqual([1, 2, 3]);
  });
});
