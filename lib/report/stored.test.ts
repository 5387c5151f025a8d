import { describe, expect, it, vi } from "vitest";
import { sampleReportInput } from "@/tests/support/report-sample";
import { reportKey, servedReport, type ReportStore } from "./stored";
import type { ReportInput } from "./types";

function memoryStore(): ReportStore & { saved: Map<string, Uint8Array> } {
  const saved = new Map<string, Uint8Array>();
  return {
    saved,
    find: async (key) => saved.get(key) ?? null,
    save: async (_input, { key, pdf }) => {
      saved.set(key, pdf);
    },
  };
}

const fakePdf = (input: ReportInput) => Promise.resolve(new TextEncoder().encode(`%PDF ${input.version}`));

describe("stored reports", () => {
  const input = sampleReportInput(process.cwd());

  it("renders once, stores, then serves the stored bytes", async () => {
    const store = memoryStore();
    const render = vi.fn(fakePdf);
    const first = await servedReport(input, store, render);
    expect(first.source).toBe("rendered");
    expect(store.saved.get(reportKey(input))).toBe(first.pdf);
    const second = await servedReport({ ...input }, store, render);
    expect(second).toEqual({ pdf: first.pdf, source: "stored", renderMs: 0 });
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("typesets concurrent requests for the same report once", async () => {
    const store = memoryStore();
    const render = vi.fn(fakePdf);
    const served = await Promise.all([servedReport(input, store, render), servedReport(input, store, render), servedReport(input, store, render)]);
    expect(render).toHaveBeenCalledTimes(1);
    expect(new Set(served.map((s) => s.pdf)).size).toBe(1);
  });

  it("lets a failed render fail every waiting request, and the next one try again", async () => {
    const store = memoryStore();
    const render = vi.fn<typeof fakePdf>().mockRejectedValueOnce(new Error("font missing")).mockImplementation(fakePdf);
    await expect(Promise.all([servedReport(input, store, render), servedReport(input, store, render)])).rejects.toThrow("font missing");
    expect(store.saved.size).toBe(0);
    expect((await servedReport(input, store, render)).source).toBe("rendered");
  });

  it("keys on the renderer and the whole input", () => {
    const key = reportKey(input, "r1");
    expect(reportKey({ ...input }, "r1")).toBe(key);
    expect(reportKey(input, "r2")).not.toBe(key);
    expect(reportKey({ ...input, version: input.version + 1 }, "r1")).not.toBe(key);
    expect(reportKey({ ...input, peers: input.peers.slice(1) }, "r1")).not.toBe(key);
    expect(reportKey({ ...input, systemName: `${input.systemName} ` }, "r1")).not.toBe(key);
  });
});
