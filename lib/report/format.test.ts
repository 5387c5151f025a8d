import { describe, expect, it } from "vitest";
import { formatBound, formatBytes, formatDateCompact, formatDateLong, formatDateTime, formatDuration, formatScore, formatSigned } from "./format";

describe("formatDuration", () => {
  it("prints the seed's RTO/RPO figures in their own units (seed 001 §4.1)", () => {
    expect(formatDuration(900)).toBe("15 分钟");
    expect(formatDuration(7200)).toBe("2 小时");
    expect(formatDuration(86400)).toBe("24 小时");
    expect(formatDuration(300)).toBe("5 分钟");
    expect(formatDuration(3600)).toBe("60 分钟");
    expect(formatDuration(0)).toBe("0 秒");
  });

  it("falls back to smaller units for odd values and refuses nonsense", () => {
    expect(formatDuration(5400)).toBe("90 分钟");
    expect(formatDuration(45)).toBe("45 秒");
    expect(formatDuration(-1)).toBe("—");
    expect(formatDuration(Number.NaN)).toBe("—");
  });

  it("reads an RPO of zero as '= 0 秒'", () => {
    expect(formatBound(0)).toBe("= 0 秒");
    expect(formatBound(7200)).toBe("≤ 2 小时");
  });
});

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

describe("numbers", () => {
  it("prints the score with three decimals and distances with a sign", () => {
    expect(formatScore(0.864)).toBe("0.864");
    expect(formatSigned(0.22)).toBe("+0.22");
    expect(formatSigned(-0.05)).toBe("−0.05");
    expect(formatSigned(0)).toBe("0.00");
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
