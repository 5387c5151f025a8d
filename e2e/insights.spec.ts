import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectAccessible, screenshot } from "./helpers";

const WIDTHS = [1280, 375] as const;

async function atWidth(page: Page, width: number) {
  await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
}

/** Waits until every chart has drawn its bars (recharts measures its box after hydration). */
async function chartsDrawn(page: Page) {
  const charts = page.locator(".chart-canvas");
  const count = await charts.count();
  for (let i = 0; i < count; i += 1) await expect(charts.nth(i).locator(".recharts-bar-rectangle").first()).toBeAttached();
}

test.describe("insights", () => {
  for (const width of WIDTHS) {
    test(`the insights page shows the seed's figures with respondents, charts and their tables (${width} px)`, async ({ page }) => {
      await atWidth(page, width);
      const response = await page.goto("/insights");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "调研洞察" })).toBeVisible();
      await expect(page.getByRole("note").filter({ hasText: "重构记录（37 条）" })).toBeVisible();
      const stats = page.getByRole("list", { name: "调研要点" });
      for (const figure of ["86%", "79%", "71%", "82%", "37%"]) await expect(stats.getByText(figure, { exact: true })).toBeVisible();
      await expect(stats.getByText("37 家作答，其中 32 家 · 全国均值 62%")).toBeVisible();
      await expect(stats.getByText("34 家作答，其中 27 家")).toBeVisible();
      // every chart: a figure named by its caption, an image with a label, a data table
      const national = page.getByRole("figure", { name: /天津 vs 全国/ });
      await expect(national.locator("[role=img].chart-canvas")).toHaveAttribute("aria-label", /高出全国均值 24 个百分点/);
      await national.getByText("查看数据表").click();
      await expect(national.getByRole("cell", { name: "86%（32/37）" })).toBeVisible();
      await expect(page.getByRole("figure", { name: /反例的错误类别/ })).toContainText("12 个反例中 83% 使用了伪相关变量，67% 的叶节点样本不足 5 个");
      await expect(page.locator("#counter-examples").getByRole("row", { name: /TJ-14/ })).toContainText("7 层冗余决策路径");
      await expect(page.getByRole("table", { name: /典型岗位技能矩阵/ })).toContainText("5 级");
      await expect(page.getByRole("row", { name: /自天津 IDC 的 TCP 建连耗时/ })).toContainText("原文截断/未给出");
      expect(await page.locator("figure.chart-figure").count()).toBeGreaterThanOrEqual(10);
      await chartsDrawn(page);
      await expectAccessible(page);
      await screenshot(page, "insights");
    });
  }

  test("the enterprise table sorts, filters, searches, pages, shows details and switches columns", async ({ page }) => {
    await page.goto("/insights/enterprises");
    await expect(page.getByRole("note").filter({ hasText: "重构记录" })).toBeVisible();
    const table = page.getByRole("table", { name: /调研企业/ });
    const firstRow = table.locator("tbody tr").first();
    const status = page.getByRole("status");
    await expect(status).toHaveText("共 37 家");
    await expect(firstRow).toContainText("TJ-01");
    await expect(table.locator("tbody tr")).toHaveCount(10);

    // sort by adaptation effort, ascending then descending
    const effort = table.getByRole("columnheader", { name: /信创适配耗时/ });
    await effort.getByRole("button").click();
    await expect(effort).toHaveAttribute("aria-sort", "ascending");
    const ascending = Number(await firstRow.locator("td.num").first().textContent());
    await effort.getByRole("button").click();
    await expect(effort).toHaveAttribute("aria-sort", "descending");
    const descending = Number(await firstRow.locator("td.num").first().textContent());
    expect(descending).toBeGreaterThan(ascending);

    // filter by district and outcome
    await page.getByRole("combobox", { name: "所在区" }).selectOption({ label: "滨海新区（11）" });
    await expect(status).toHaveText("筛选出 11 家（共 37 家）");
    await page.getByRole("combobox", { name: "选型结果" }).selectOption("counter-example");
    await expect(status).toHaveText("筛选出 3 家（共 37 家）");
    await page.getByRole("button", { name: "清空筛选" }).click();
    await expect(status).toHaveText("共 37 家");

    // free-text search over labels
    await page.getByLabel("搜索").fill("天津银行");
    await expect(status).toHaveText("筛选出 1 家（共 37 家）");
    await expect(firstRow).toContainText("天津银行API平台");
    await page.getByRole("button", { name: "展开 TJ-01 详情" }).click();
    await expect(page.locator("#detail-TJ-01")).toContainText("银河麒麟 V10");
    await page.getByLabel("搜索").fill("");

    // columns and pages
    await expect(table.getByRole("columnheader", { name: /Go 团队人数/ })).toHaveCount(0);
    await page.getByText(/^显示列/).click();
    await page.getByRole("checkbox", { name: "Go 团队人数" }).check();
    await expect(table.getByRole("columnheader", { name: /Go 团队人数/ })).toBeVisible();
    await page.getByRole("button", { name: "下一页" }).click();
    await expect(page.getByText("第 2 / 4 页")).toBeVisible();
    await expectAccessible(page);
    for (const width of WIDTHS) {
      await atWidth(page, width);
      await screenshot(page, "enterprises");
    }
  });

  test("CSV export of the filtered view: BOM, Chinese headers and labels", async ({ page }) => {
    await page.goto("/insights/enterprises");
    await page.getByRole("combobox", { name: "所在区" }).selectOption("binhai");
    await expect(page.getByRole("status")).toHaveText("筛选出 11 家（共 37 家）");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /导出 CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^天津Go调研企业-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("企业编号,企业名称,所在区,行业,架构类型,Go 版本,信创适配耗时(人日),历史技术栈组合,选型结果,错误类别");
    expect(lines).toHaveLength(12);
    expect(text).toContain("TJ-01,天津银行API平台,滨海新区,金融,微服务网关型,1.21,14,3,选型成功,");
    expect(lines.slice(1).every((line) => line.includes(",滨海新区,"))).toBe(true);
  });
});

test.describe("architectures", () => {
  test("pick three profiles, compare them side by side", async ({ page }) => {
    await page.goto("/architectures");
    await expect(page.getByRole("heading", { level: 3, name: "跨境电商结算型" })).toBeVisible();
    await expect(page.getByText("（量化数据：原文数值截断）").first()).toBeVisible();
    await expect(page.getByRole("row", { name: /区域中心/ })).toContainText("#1 Go 1.21 + TiDB");
    await expect(page.locator("#combination-2")).toContainText("本产品补全");
    await expect(page.locator("#combination-7")).toContainText("原文给出");
    await expectAccessible(page);
    for (const width of WIDTHS) {
      await atWidth(page, width);
      await screenshot(page, "architectures");
    }
    await atWidth(page, 1280);
    // one is not enough
    await page.getByRole("checkbox", { name: "加入对比" }).first().check();
    await page.getByRole("button", { name: /对比所选架构/ }).click();
    await expect(page.locator(".alert[role=alert]")).toHaveText("请至少选择 2 种架构进行对比（当前 1 种）。");
    await page.getByRole("checkbox", { name: "加入对比" }).nth(2).check();
    await page.getByRole("checkbox", { name: "加入对比" }).nth(3).check();
    await page.getByRole("button", { name: "对比所选架构（3）" }).click();
    await expect(page).toHaveURL(/\/architectures\/compare\?ids=microservice-gateway,gov-lowcode,industrial-bridge$/);
    const table = page.getByRole("table", { name: "所选架构的逐项对比" });
    await expect(table.getByRole("columnheader")).toHaveText(["对比项", "微服务网关型", "政务低代码后端", "工业协议桥接型"]);
    await expect(table.getByRole("row", { name: /代表企业/ })).toContainText("天津银行API平台");
    await expect(table.getByRole("row", { name: /其中反例/ })).toContainText("4 家");
    await expect(page.getByRole("figure", { name: /信创适配耗时/ })).toContainText("政务低代码后端适配最费时（35 人日）");
    await chartsDrawn(page);
    await expectAccessible(page);
    for (const width of WIDTHS) {
      await atWidth(page, width);
      await screenshot(page, "architectures-compare");
    }
  });

  test("invalid ids or fewer than two give a Chinese message, not a crash", async ({ page }) => {
    const response = await page.goto("/architectures/compare?ids=gov-lowcode,mainframe");
    expect(response?.status()).toBe(200);
    await expect(page.locator(".alert[role=alert]")).toContainText("无法识别的架构类型：mainframe");
    await page.goto("/architectures/compare?ids=gov-lowcode");
    await expect(page.locator(".alert[role=alert]")).toContainText("请至少选择 2 种架构进行对比（当前 1 种）");
    await expect(page.getByRole("checkbox", { name: "加入对比" }).nth(2)).toBeChecked();
    await expectAccessible(page);
    await screenshot(page, "architectures-compare-invalid");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the plain GET form still compares", async ({ page }) => {
      await page.goto("/architectures");
      await page.getByRole("checkbox", { name: "加入对比" }).nth(0).check();
      await page.getByRole("checkbox", { name: "加入对比" }).nth(4).check();
      await page.getByRole("button", { name: /对比所选架构/ }).click();
      await expect(page).toHaveURL(/ids=microservice-gateway&ids=crossborder-settlement/);
      await expect(page.getByRole("table", { name: "所选架构的逐项对比" }).getByRole("columnheader")).toHaveText([
        "对比项",
        "微服务网关型",
        "跨境电商结算型",
      ]);
    });
  });
});

test.describe("knowledge", () => {
  for (const width of WIDTHS) {
    test(`the knowledge page renders its four cards with anchors (${width} px)`, async ({ page }) => {
      await atWidth(page, width);
      await page.goto("/knowledge#edge-sidecars");
      for (const id of ["cross-border-protocols", "go122-scheduler", "edge-sidecars", "tinygo-wasi"]) {
        await expect(page.locator(`section#${id}`)).toBeVisible();
      }
      const protocols = page.locator("#cross-border-protocols");
      await expect(protocols).toContainText("150 ms RTT");
      await expect(protocols.getByRole("figure", { name: /P99 延迟/ })).toContainText("247 ms");
      await expect(protocols.getByRole("figure", { name: /错误率/ })).toContainText("0.18%");
      const sidecars = page.locator("#edge-sidecars");
      await expect(sidecars.getByRole("figure", { name: /启动时间/ })).toContainText("原文未给出/截断");
      await expect(sidecars.getByRole("table", { name: "原始数据表" })).toContainText("原文未给出/截断");
      await expect(page.locator("#tinygo-wasi")).toContainText("< 8 KB");
      await chartsDrawn(page);
      await expectAccessible(page);
      await screenshot(page, "knowledge");
    });
  }
});

test.describe("survey API", () => {
  test("summary, enterprises (with filters), architectures and combinations", async ({ request }) => {
    const summary = await (await request.get("/api/v1/survey/summary")).json();
    expect(summary.headlines[0]).toMatchObject({ key: "topCriterionLocalOps", numerator: 32, denominator: 37, percent: 86.49 });
    expect(summary.nationalAverage.percent).toBe(62);
    expect(summary.counterExamples.share.numerator).toBe(12);

    const filtered = await (await request.get("/api/v1/enterprises?district=binhai&outcome=success")).json();
    expect(filtered).toMatchObject({ total: 37, count: 8 });
    expect(filtered.notice).toContain("重构");

    const bad = await request.get("/api/v1/enterprises?district=shanghai");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("application/problem+json");
    expect((await bad.json()).errors[0]).toMatchObject({ path: "district" });

    const architectures = await (await request.get("/api/v1/architectures")).json();
    expect(architectures.items.map((a: { id: string }) => a.id)).toEqual([
      "microservice-gateway",
      "realtime-pipeline",
      "gov-lowcode",
      "industrial-bridge",
      "crossborder-settlement",
    ]);
    const combinations = await (await request.get("/api/v1/combinations")).json();
    expect(combinations.items).toHaveLength(7);
    expect(combinations.matrix.cells).toHaveLength(12);

    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const p of ["/api/v1/survey/summary", "/api/v1/enterprises", "/api/v1/architectures", "/api/v1/combinations"]) {
      expect(doc.paths[p].get).toBeDefined();
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("insights and knowledge arrive server-rendered with their data (no loading fallback)", async ({ page }) => {
    await page.goto("/insights");
    await expect(page.getByRole("list", { name: "调研要点" })).toContainText("37 家作答，其中 32 家");
    await expect(page.getByRole("figure", { name: /区域分布/ })).toContainText("滨海新区最多");
    await page.goto("/knowledge");
    await expect(page.locator("#edge-sidecars")).toContainText("原文未给出/截断");
  });
});

test("the backtest replays today's rules over the 12 counter-examples", async ({ page }) => {
  await page.goto("/insights#backtest");
  const section = page.locator("#backtest");
  await expect(section.getByRole("heading", { name: "规则回测" })).toBeVisible();
  const rows = section.getByRole("table", { name: "回测：今天的规则对每个历史反例的裁剪决策" }).locator("tbody tr");
  await expect(rows).toHaveCount(12);
  await expect(rows.filter({ hasText: "TJ-07" })).toContainText("会改判");
  await expect(section.getByText("11 个会得到与当年不同的裁剪决策")).toBeVisible();
  await expect(section.getByRole("table", { name: "决策树约束与质量阈值" }).locator("tbody tr")).toHaveCount(6);
});
