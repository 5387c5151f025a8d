import { describe, expect, it } from "vitest";
import { reportFilename } from "./filename";

const DATE = new Date("2026-11-20T06:30:00.000Z");

describe("reportFilename", () => {
  it("names a Chinese system readably and keeps an ASCII fallback", () => {
    expect(reportFilename("滨海新区 API 网关", DATE)).toEqual({
      ascii: "API-tech-stack-report-20261120.pdf",
      utf8: "滨海新区_API_网关-技术栈选型报告-20261120.pdf",
    });
    expect(reportFilename("和平区一网通办", DATE).ascii).toBe("tech-stack-report-20261120.pdf");
  });

  it("never lets a path, a quote, a control or a bidi character through", () => {
    const { ascii, utf8 } = reportFilename('../../etc/passwd"\r\n\u202Efdp.exe', DATE);
    for (const name of [ascii, utf8]) {
      expect(name).not.toMatch(/[/\\"\r\n\u202E]/u);
      expect(name.startsWith(".")).toBe(false);
      expect(name.endsWith(".pdf")).toBe(true);
    }
  });
});
