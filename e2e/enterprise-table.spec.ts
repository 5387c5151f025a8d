/**
 * The enterprise table at scale: 3,037 records (the shipped 37 plus generated ones) on a server of
 * its own (e2e/support/large-survey.ts), so that the other specs keep their 37. The table pages,
 * sorts, filters and searches on the server, each view is a URL, and reloading it restores the
 * view; the API pages and stays small; the export holds every matching row, not one page.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectAccessible } from "./helpers";
import { LARGE_SURVEY_TOTAL, startLargeSurveyServer, type LargeSurveyServer } from "./support/large-survey";

const PORT = Number(process.env.E2E_LARGE_PORT ?? Number(process.env.E2E_PORT ?? 3107) + 1);
let server: LargeSurveyServer | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startLargeSurveyServer(PORT);
});
test.afterAll(() => server?.stop());
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

async function api(request: APIRequestContext, query: string) {
  const response = await request.get(`/api/v1/enterprises?${query}`);
  expect(response.status()).toBe(200);
  return response.json() as Promise<{ total: number; count: number; page: number; pages: number; items: { code: string }[] }>;
}

const table = (page: Page) => page.getByRole("table", { name: /调研企业/ });
const firstRow = (page: Page) => table(page).locator("tbody tr").first();
const status = (page: Page) => page.getByRole("status");

test("the API answers one page of at most 100 records, far under 300 KB, and refuses bad parameters", async ({ request }) => {
  const first = await api(request, "");
  expect(first).toMatchObject({ total: LARGE_SURVEY_TOTAL, count: LARGE_SURVEY_TOTAL, page: 1, pageSize: 25, pages: Math.ceil(LARGE_SURVEY_TOTAL / 25) });
  expect(first.items).toHaveLength(25);
  const largest = await request.get("/api/v1/enterprises?pageSize=100&page=7&sort=label&order=desc");
  expect((await largest.body()).byteLength).toBeLessThan(300 * 1024);
  expect((await largest.json()).items).toHaveLength(100);
  for (const bad of ["pageSize=101", "page=0", "sort=password", "order=up", "foo=1"]) {
    const response = await request.get(`/api/v1/enterprises?${bad}`);
    expect(response.status(), bad).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
});

test("the table pages, sorts, filters and searches on the server, and the URL restores the view", async ({ page, request }) => {
  const response = await page.goto("/insights/enterprises");
  expect(response?.status()).toBe(200);
  expect((await response!.body()).byteLength).toBeLessThan(300 * 1024);
  await expect(status(page)).toHaveText(`共 ${LARGE_SURVEY_TOTAL} 家`);
  await expect(table(page).locator("tbody tr")).toHaveCount(10);
  const pages = Math.ceil(LARGE_SURVEY_TOTAL / 10);
  await expect(page.getByText(`第 1 / ${pages} 页`)).toBeVisible();

  // page
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText(`第 2 / ${pages} 页 · 第 11–20 条`)).toBeVisible();

  // sort: ascending, then descending (back to page 1)
  const effort = table(page).getByRole("columnheader", { name: /信创适配耗时/ });
  await effort.getByRole("button").click();
  await expect(effort).toHaveAttribute("aria-sort", "ascending");
  await effort.getByRole("button").click();
  await expect(effort).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=adaptationDays&order=desc/);
  const longest = await api(request, "sort=adaptationDays&order=desc&pageSize=1");
  await expect(firstRow(page)).toContainText(longest.items[0]!.code);

  // filter
  const binhai = await api(request, "district=binhai");
  expect(binhai.count).toBeGreaterThan(100);
  await page.getByRole("combobox", { name: "所在区" }).selectOption("binhai");
  await expect(page).toHaveURL(/district=binhai/);
  await expect(status(page)).toHaveText(`筛选出 ${binhai.count} 家（共 ${LARGE_SURVEY_TOTAL} 家）`);
  await expect(page.getByRole("combobox", { name: "所在区" }).locator("option:checked")).toHaveText(`滨海新区（${binhai.count}）`);

  // a page deep into the filtered, sorted list, and an extra column
  // One step at a time: each click pages from the view the previous one produced.
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=3/);
  await page.getByText(/^显示列/).click();
  await page.getByRole("checkbox", { name: "Go 团队人数" }).check();
  await expect(table(page).getByRole("columnheader", { name: /Go 团队人数/ })).toBeVisible();
  await expect(page).toHaveURL(/cols=[^&]*teamSize/);
  const expectedThird = await api(request, "district=binhai&sort=adaptationDays&order=desc&page=3&pageSize=10");
  const codes = async () => (await table(page).locator("tbody tr td:nth-child(2)").allTextContents()).map((text) => text.trim());
  await expect.poll(codes).toEqual(expectedThird.items.map((item) => item.code));

  // reload: the same view
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(status(page)).toHaveText(`筛选出 ${binhai.count} 家（共 ${LARGE_SURVEY_TOTAL} 家）`);
  await expect(page.getByRole("combobox", { name: "所在区" })).toHaveValue("binhai");
  await expect(table(page).getByRole("columnheader", { name: /信创适配耗时/ })).toHaveAttribute("aria-sort", "descending");
  await expect(table(page).getByRole("columnheader", { name: /Go 团队人数/ })).toBeVisible();
  await expect(page.getByText(/^第 3 \//)).toBeVisible();
  expect(await codes()).toEqual(expectedThird.items.map((item) => item.code));

  // search (every term must match), on top of the filter; a fresh search starts at page 1
  await page.getByRole("button", { name: "清空筛选" }).click();
  await expect(status(page)).toHaveText(`共 ${LARGE_SURVEY_TOTAL} 家`);
  await page.getByLabel("搜索").fill("天津第1234号");
  await expect(status(page)).toHaveText(`筛选出 1 家（共 ${LARGE_SURVEY_TOTAL} 家）`);
  await expect(page).toHaveURL(/q=%E5%A4%A9%E6%B4%A5/);
  await expect(firstRow(page)).toContainText("TJ-11234");
  await page.getByRole("button", { name: "展开 TJ-11234 详情" }).click();
  await expect(page.locator("#detail-TJ-11234")).toContainText("天津第1234号企业（测试）");
  await page.reload();
  await expect(page.getByLabel("搜索")).toHaveValue("天津第1234号");
  await expect(status(page)).toHaveText(`筛选出 1 家（共 ${LARGE_SURVEY_TOTAL} 家）`);
  await expectAccessible(page);
});

test("a bad URL falls back to the defaults with a notice, never an error page", async ({ page }) => {
  const response = await page.goto("/insights/enterprises?page=abc&sort=password&district=binhai&pageSize=1000");
  expect(response?.status()).toBe(200);
  await expect(page.locator(".alert[role=alert]")).toContainText("页码必须是");
  await expect(page.locator(".alert[role=alert]")).toContainText("未知的排序列：password");
  await expect(page.getByRole("combobox", { name: "所在区" })).toHaveValue("binhai");
  await expect(table(page).locator("tbody tr")).toHaveCount(10);
  await page.goto("/insights/enterprises?page=99999");
  await expect(page.locator(".alert[role=alert]")).toContainText(`第 99999 页不存在，已显示最后一页（第 ${Math.ceil(LARGE_SURVEY_TOTAL / 10)} 页）`);
});

test("the export holds every matching record in the shown columns and order, not one page", async ({ page, request }) => {
  await page.goto("/insights/enterprises?district=binhai&sort=adaptationDays&order=desc&page=2");
  const binhai = await api(request, "district=binhai");
  await expect(status(page)).toHaveText(`筛选出 ${binhai.count} 家（共 ${LARGE_SURVEY_TOTAL} 家）`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /导出 CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^天津Go调研企业-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("企业编号,企业名称,所在区,行业,架构类型,Go 版本,信创适配耗时(人日),历史技术栈组合,选型结果,错误类别");
  expect(lines).toHaveLength(binhai.count + 1);
  expect(lines.slice(1).every((line) => line.includes(",滨海新区,"))).toBe(true);
  const longest = await api(request, "district=binhai&sort=adaptationDays&order=desc&pageSize=1");
  expect(lines[1]!.startsWith(`${longest.items[0]!.code},`)).toBe(true);

  const xlsx = await request.get("/api/v1/enterprises/export?format=xlsx&outcome=counter-example&cols=code,label");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect([...(await xlsx.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip
  expect((await request.get("/api/v1/enterprises/export?cols=password")).status()).toBe(400);
});
