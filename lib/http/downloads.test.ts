import { describe, expect, it } from "vitest";
import { reportFilename } from "@/lib/report/filename";
import { contentDisposition as attachmentHeader } from "./downloads";

const DATE = new Date("2026-11-20T06:30:00.000Z");
/** RFC 6266 / 8187 shape: a quoted ASCII fallback and a percent-encoded UTF-8 name. */
const HEADER = /^attachment; filename="([A-Za-z0-9._-]+)"; filename\*=UTF-8''([A-Za-z0-9!#$&+.^_`|~%-]+)$/;
/** The report download's header: the report's file name, as an attachment. */
const contentDisposition = (systemName: string, date: Date) => attachmentHeader(reportFilename(systemName, date));

describe("contentDisposition", () => {
  it("builds a valid header for an ordinary name", () => {
    const header = contentDisposition("滨海新区 API 网关", DATE);
    const match = HEADER.exec(header);
    expect(match).not.toBeNull();
    expect(decodeURIComponent(match?.[2] ?? "")).toBe("滨海新区_API_网关-技术栈选型报告-20261120.pdf");
  });

  it("stays safe for a hostile system name", () => {
    const hostile = `evil"; filename="x.exe\r\nSet-Cookie: a=b; /etc/passwd \\ $(rm -rf /) \`id\` 'q' %0d%0a *(!)`;
    const header = contentDisposition(hostile, DATE);
    expect(header).toMatch(HEADER);
    expect(header).not.toMatch(/[\r\n]/);
    // Exactly the two quotes around the fallback; nothing can close it early or add a parameter.
    expect(header.split('"')).toHaveLength(3);
    expect(header.split(";")).toHaveLength(3);
    const [, ascii, encoded] = HEADER.exec(header) ?? [];
    expect(ascii).not.toMatch(/[/\\$`'"()*%;\s]/);
    const utf8 = decodeURIComponent(encoded ?? "");
    expect(utf8).not.toMatch(/[/\\"\r\n$`;%*]/);
    expect(utf8.endsWith("-技术栈选型报告-20261120.pdf")).toBe(true);
  });

  it("survives an empty or whitespace-only name", () => {
    expect(contentDisposition("  \r\n ", DATE)).toBe(
      `attachment; filename="tech-stack-report-20261120.pdf"; filename*=UTF-8''${encodeURIComponent("技术栈选型报告-20261120.pdf")}`,
    );
  });
});

describe("a plain ASCII name", () => {
  it("is given as filename alone, cleaned of separators", () => {
    expect(attachmentHeader({ ascii: "tj-go-survey-20261201.csv" })).toBe('attachment; filename="tj-go-survey-20261201.csv"');
    expect(attachmentHeader({ ascii: 'a"b/c;d.csv' })).toBe('attachment; filename="a_b_c_d.csv"');
  });
});
