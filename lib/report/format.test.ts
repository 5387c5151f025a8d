import { describe, expect, it } from "vitest";
import { formatBytes, formatDateCompact, formatDateLong, formatDateTime } from "./format";

describe("formatBytes", () => {
  it("uses bytes below 1 KB and one decimal above", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1024)).toBe("1.0 KB");
    expect(formatBytes(53_327)).toBe("52.1 KB");
    expect(formatBytes(1024 * 1024)).toBe("1.0 MB");
  });

  it("refuses nonsense", () => {
    expect(formatBytes(-1)).toBe("—");
    expect(formatBytes(Number.NaN)).toBe("—");
  });
});

describe("dates in Beijing time, whatever the server's zone", () => {
  const date = new Date("2026-11-20T18:30:00.000Z"); // 02:30 on the 21st in Beijing
  it("formats the civil date and time", () => {
    expect(formatDateLong(date)).toBe("2026 年 11 月 21 日");
    expect(formatDateTime(date)).toBe("2026-11-21 02:30（北京时间）");
    expect(formatDateCompact(date)).toBe("20261121");
  });
});
