/**
 * The PDF report: downloaded from the result page in Chromium, checked by its text (pdftotext),
 * fonts (pdffonts), metadata (pdfinfo) and attached script (pdfdetach); pages 1–2 rendered to PNG
 * (pdftoppm) as artifacts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";

const ARTIFACTS = path.join(process.cwd(), "artifacts", "report");

test("the architect downloads the PDF report from the result page", async ({ page }) => {
  // Created through the browser's own API client, so the page holds its anonymous key cookie.
  const created = await page.request.post("/api/v1/assessments", { data: { ...BINHAI_BANK_GATEWAY, submit: true } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  await page.goto(`/assessments/${id}`);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 PDF 报告" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^滨海新区银行开放_API_网关-技术栈选型报告-\d{8}\.pdf$/);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, "e2e-report.pdf");
  await download.saveAs(file);

  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  for (const expected of ["滨海新区银行开放 API 网关", "执行摘要", "决策路径", "微服务网关型", "15 分钟", "RPO"]) {
    expect(text).toContain(expected);
  }
  expect(text).toMatch(/0\.\d{2,3}/); // the pruning score
  const fonts = execFileSync("pdffonts", [file]).toString();
  expect(fonts).toMatch(/\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes\s+yes/);
  const info = execFileSync("pdfinfo", [file]).toString();
  expect(info).toContain("Title:           滨海新区银行开放 API 网关 技术栈选型报告");
  expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(4);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "2", file, path.join(ARTIFACTS, "e2e-page")]);

  // Rendered once (right after the submission, or by the first download), then served as stored.
  const again = await page.request.get(`/api/v1/assessments/${id}/report.pdf`);
  expect(again.headers()["server-timing"]).toBe('report;desc="stored"');
  expect((await again.body()).equals(readFileSync(file))).toBe(true);

  // The check script rides along as an attachment: the same bytes the result page offers.
  const script = await page.request.get(`/api/v1/assessments/${id}/compat-check.sh`);
  const scriptName = /filename="([^"]+)"/.exec(script.headers()["content-disposition"] ?? "")?.[1] ?? "";
  expect(execFileSync("pdfdetach", ["-list", file]).toString()).toContain(`1: ${scriptName}`);
  const detached = path.join(ARTIFACTS, "detached");
  mkdirSync(detached, { recursive: true });
  execFileSync("pdfdetach", ["-saveall", "-o", detached, file]);
  expect(readFileSync(path.join(detached, scriptName)).equals(await script.body())).toBe(true);

  // The offline bundle from the same page holds that script beside the probe sources.
  const bundlePromise = page.waitForEvent("download");
  await page.getByRole("link", { name: /下载离线包/ }).click();
  const bundle = await bundlePromise;
  expect(bundle.suggestedFilename()).toBe(scriptName.replace(/\.sh$/, ".tar.gz"));
  const bundleFile = path.join(ARTIFACTS, bundle.suggestedFilename());
  await bundle.saveAs(bundleFile);
  expect(execFileSync("tar", ["-tzf", bundleFile]).toString()).toContain(`/${scriptName}`);
});

test("unknown or malformed ids are 404 and drafts are 409, as problem+json", async ({ request }) => {
  for (const id of ["B".repeat(24), "not-an-id", "..%2F..%2Fetc"]) {
    const response = await request.get(`/api/v1/assessments/${id}/report.pdf`);
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
  const draft = await request.post("/api/v1/assessments", { data: { submit: false, systemName: "草稿系统" } });
  const { id } = await draft.json();
  const response = await request.get(`/api/v1/assessments/${id}/report.pdf`);
  expect(response.status()).toBe(409);
  expect((await response.json()).title).toBe("评估尚未提交");
  expect((await request.get(`/api/v1/assessments/${id}/compat-check.sh`)).status()).toBe(409);
});

test("ten anonymous visitors asking for new reports at once: health keeps answering, every download completes", async ({ request }) => {
  const ids: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const created = await request.post("/api/v1/assessments", { data: { ...BINHAI_BANK_GATEWAY, systemName: `并发报告 ${i}`, submit: true } });
    expect(created.status()).toBe(201);
    ids.push((await created.json()).id);
  }
  let downloading = true;
  const healthTimes: number[] = [];
  const probe = (async () => {
    while (downloading) {
      const start = Date.now();
      expect((await request.get("/api/health")).status()).toBe(200);
      healthTimes.push(Date.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const downloads = await Promise.all(ids.map((id) => request.get(`/api/v1/assessments/${id}/report.pdf`)));
  downloading = false;
  await probe;
  expect(downloads.map((d) => d.status())).toEqual(Array(10).fill(200));
  for (const download of downloads) expect(download.headers()["ratelimit-policy"]).toMatch(/^report-download;q=\d+;w=60$/);
  // One render at a time (lib/data/report-pdfs.ts): a health check waits for at most the render in
  // progress (~0.5 s here), not for all ten; unqueued, it took 2.6 s. The bound is loose on purpose.
  expect(healthTimes.length).toBeGreaterThan(3);
  expect(Math.max(...healthTimes)).toBeLessThan(2000);
});
