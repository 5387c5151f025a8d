/**
 * The architect's journey: questionnaire → autosave → reload → result → shared link → edit and
 * re-evaluate → version comparison; plus the edge-node and defer cases and API validation.
 * Every page is checked with axe and photographed at 375 px and 1280 px.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { expectAccessible, screenshot, signIn } from "./helpers";
import { addDependency, fillDeployment, fillEnvironment, fillScenario, fillTeam, next, radio, stepButton, submit } from "./questionnaire";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

test.use({ viewport: DESKTOP });
// Each journey runs axe and takes two screenshots per page: longer than the default minute.
test.describe.configure({ timeout: 180_000 });

/** Screenshots at both widths, then back to desktop. */
async function shots(page: Page, name: string) {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300); // charts re-measure after a resize
    await screenshot(page, name);
  }
}

test("(a) a Binhai bank gateway: questionnaire, autosave and reload, result, share, edit, compare", async ({ page, browser }) => {
  await page.goto("/assess");
  await expect(page.getByRole("heading", { level: 1, name: "选型问卷" })).toBeVisible();
  await expect(page.getByText("第 1 步，共 6 步")).toBeVisible();
  await expectAccessible(page);
  await shots(page, "assess-1-scenario");

  // Validation next to the field, focus on the first error.
  await page.getByRole("button", { name: "下一步" }).click();
  const name = page.getByLabel("系统名称");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#q-systemName-error")).toHaveText("请填写系统名称");
  await expect(name).toHaveAttribute("aria-describedby", /q-systemName-error/);
  await expectAccessible(page);
  await shots(page, "assess-1-errors");

  await fillScenario(page, { name: BINHAI_BANK_GATEWAY.systemName, industry: "金融", workload: "对外 API / 交易网关", crossBorder: "否", district: "滨海新区" });
  await next(page, "目标环境");
  // Finance: no "whether SM" question, the SM mode is asked directly.
  await expect(page.getByRole("radiogroup", { name: "是否需要国密算法（SM2/SM3/SM4）" })).toHaveCount(0);
  await fillEnvironment(page, { os: "银河麒麟 V10", database: "达梦 DM8", cpu: "飞腾（FT-2000/4、S2500 等，ARM64）", cgo: "是", go: "Go 1.22" });
  await expect(page.getByTestId("derived-xinchuang")).toHaveText("0.92");
  await radio(page, "国密要求", "TLS 1.3 + SM2/SM3/SM4 双模").check();
  // 国密 is its own check (方法与评分表): it does not change the OS + database score.
  await expect(page.getByTestId("derived-xinchuang")).toHaveText("0.92");
  await expectAccessible(page);
  await shots(page, "assess-2-environment");

  await next(page, "Go 团队");
  await fillTeam(page, 3, [2, 4, 2]);
  await expect(page.getByTestId("derived-goProficiency")).toHaveText("0.86");
  await expectAccessible(page);
  await shots(page, "assess-3-team");

  // Autosave, then reload: the URL carries the id and every answer is back.
  await expect(page.getByText("已保存")).toBeVisible();
  await expect(page).toHaveURL(/\/assess\?id=[A-Za-z0-9_-]{24}&step=team/);
  await page.waitForTimeout(1200); // the last keystroke's debounced save
  await expect(page.getByText("已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Go 团队" })).toBeVisible();
  await expect(page.getByLabel("近半年上线的 Go 服务数")).toHaveValue("3");
  await expect(page.getByLabel("资深 / 架构师")).toHaveValue("2");
  await stepButton(page, "系统与场景").click();
  await expect(page.getByLabel("系统名称")).toHaveValue(BINHAI_BANK_GATEWAY.systemName);
  await stepButton(page, "存量系统").click();

  await addDependency(page, 1, "内部 HTTP 接口", 2);
  await expect(page.getByTestId("derived-couplingInverse")).toHaveText("0.78");
  await expectAccessible(page);
  await shots(page, "assess-4-legacy");

  await next(page, "部署与连续性");
  await expect(page.getByLabel("单个服务内存上限（MB）")).toHaveCount(0);
  await expect(radio(page, "业务连续性等级", /^核心/)).toHaveAccessibleName(/RTO ≤ 15 分钟 · RPO = 0 · 同步复制 \+ 多活/);
  await fillDeployment(page, { density: "中心云（集中部署）", consistency: /^强一致/, tier: /^核心/ });
  await expectAccessible(page);
  await shots(page, "assess-5-deployment");

  await next(page, "确认并提交");
  await expect(page.locator(".answer-list").getByText("滨海新区银行开放 API 网关")).toBeVisible();
  await expect(page.locator(".answer-list").getByText("内部 HTTP 接口 × 2")).toBeVisible();
  await expectAccessible(page);
  await shots(page, "assess-6-review");
  await submit(page);

  const resultUrl = page.url();
  const id = resultUrl.split("/").pop()!;
  await expect(page.getByTestId("rec-architecture")).toHaveText("微服务网关型");
  await expect(page.getByTestId("rec-rto")).toHaveText("15 分钟");
  await expect(page.getByTestId("rec-rpo")).toHaveText("0 秒");
  await expect(page.getByTestId("rec-sync")).toHaveText("同步复制 + 多活");
  await expect(page.getByTestId("rec-decision")).not.toHaveText("暂缓裁剪");
  await expect(page.getByRole("heading", { name: "决策路径" })).toBeVisible();
  await expect(page.locator(".path-step").filter({ hasText: "根节点：业务连续性等级" })).toBeVisible();
  await expect(page.locator(".path-step").filter({ hasText: "换算：Go 熟练度" })).toContainText("《Golang 天津技术栈选型决策树（2024 京津冀版）》 §4.2");
  await expect(page.getByRole("link", { name: "下载 PDF 报告" })).toHaveAttribute("href", `/api/v1/assessments/${id}/report.pdf?version=1`);
  await expect(page.getByRole("link", { name: "下载兼容性检查脚本" })).toHaveAttribute("href", `/api/v1/assessments/${id}/compat-check.sh?version=1`);
  await expect(page.getByRole("link", { name: /下载离线包/ })).toHaveAttribute("href", `/api/v1/assessments/${id}/compat-check.sh?version=1&format=tar.gz`);
  await expect(page.getByText("重构的记录", { exact: true })).toBeVisible();
  await expect(page.getByRole("row", { name: /天津银行API平台/ })).toBeVisible();

  // What-if on the factors: lowering Go proficiency below 0.75 flips the decision; resetting restores it.
  const decision = await page.getByTestId("what-if-decision").textContent();
  await expect(page.getByTestId("what-if-statement-goProficiency")).toContainText("0.75");
  await page.locator("#what-if-goProficiency").fill("0.5");
  await expect(page.getByTestId("what-if-decision")).toHaveText("人工协同评审");
  await expect(page.getByTestId("what-if-statement-couplingInverse")).toHaveText("Go 熟练度低于 0.75：系统独立性（耦合度倒数）取任何值都是人工协同评审");
  await page.getByRole("button", { name: "恢复本次评估的因子" }).click();
  await expect(page.getByTestId("what-if-decision")).toHaveText(decision!);
  const whatIfSection = page.locator('section[aria-labelledby="what-if-title"]');
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await whatIfSection.screenshot({ path: `artifacts/screenshots/result-what-if-${size.width}.png` });
  }
  await expectAccessible(page);
  await shots(page, "result-a-bank");

  // The URL alone opens nothing: a fresh browser (no key cookie, not signed in) is asked to sign in.
  const fresh = await browser.newContext({ viewport: DESKTOP });
  const stranger = await fresh.newPage();
  await stranger.goto(resultUrl);
  await expect(stranger).toHaveURL(/\/signin\?callbackUrl=/);
  await expect(stranger.getByTestId("rec-architecture")).toHaveCount(0);
  await fresh.close();

  // Edit and re-evaluate as version 2: a lower tier.
  await page.getByRole("link", { name: "修改并重新评估" }).click();
  await expect(page.getByText(/正在修改已提交的第 1 版/)).toBeVisible();
  await expectAccessible(page);
  await shots(page, "assess-edit-review");
  await stepButton(page, "部署与连续性").click();
  await radio(page, "业务连续性等级", /^重要/).check();
  await expect(page.getByText("第 2 版草稿")).toBeVisible();
  await stepButton(page, "确认并提交").click();
  await submit(page);
  await expect(page.getByTestId("rec-rto")).toHaveText("2 小时");
  await expect(page.getByText(/第 2 版 · 提交于/)).toBeVisible();
  await page.getByRole("link", { name: /第 1 版/ }).click();
  await expect(page.getByTestId("rec-rto")).toHaveText("15 分钟");

  await page.getByRole("link", { name: "对比版本" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/compare\\?from=1&to=2$`));
  await expect(page.getByTestId("diff-tier")).toContainText("核心");
  await expect(page.getByTestId("diff-tier")).toContainText("重要");
  await expect(page.getByTestId("diff-rto")).toContainText("15 分钟");
  await expect(page.getByTestId("diff-rto")).toContainText("2 小时");
  await expect(page.getByTestId("diff-syncMode")).toContainText("半同步 + WAL 流式复制");
  await expectAccessible(page);
  await shots(page, "compare-v1-v2");
});

test("(b) an IoT edge node under 45 MB gets combination #6 with the sidecar and TinyGo cards", async ({ page }) => {
  await page.goto("/assess");
  await fillScenario(page, { name: "港口闸口 IoT 边缘节点", industry: "港口物流", workload: "设备协议接入与桥接", crossBorder: "否" });
  await next(page, "目标环境");
  await expect(page.getByRole("radiogroup", { name: "国密要求" })).toHaveCount(0);
  await fillEnvironment(page, { os: "openEuler 22.03 LTS", database: "SQLite（嵌入式）", cpu: "鲲鹏 920（ARM64）", sm: "否", cgo: "否", go: "Go 1.21" });
  await expect(page.getByRole("radiogroup", { name: "国密要求" })).toHaveCount(0);
  await next(page, "Go 团队");
  await fillTeam(page, 2, [1, 2, 1]);
  await next(page, "存量系统");
  await addDependency(page, 1, "专有协议（Modbus/PLC/主机报文等）", 1);
  await next(page, "部署与连续性");
  await page.getByLabel("部署密度").selectOption({ label: "边缘节点（现场网关、闸口）" });
  await expect(page.getByLabel("单个服务内存上限（MB）")).toBeVisible();
  // Memory is required at the edge: the step refuses to move on without it.
  await radio(page, "数据一致性要求", /^最终一致/).check();
  await radio(page, "业务连续性等级", /^重要/).check();
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.getByLabel("单个服务内存上限（MB）")).toBeFocused();
  await expect(page.locator("#q-memoryLimitMb-error")).toHaveText("请填写内存上限（MB）");
  await fillDeployment(page, { density: "边缘节点（现场网关、闸口）", memory: 45, consistency: /^最终一致/, tier: /^重要/ });
  await next(page, "确认并提交");
  await submit(page);
  await expect(page.getByTestId("rec-combination")).toContainText("#6");
  await expect(page.getByTestId("rec-architecture")).toHaveText("工业协议桥接型");
  await expect(page.getByTestId("knowledge-edge-sidecars")).toBeVisible();
  await expect(page.getByTestId("knowledge-tinygo-wasi")).toBeVisible();
  await expect(page.getByTestId("knowledge-edge-sidecars").getByRole("link", { name: /轻量 Sidecar/ })).toHaveAttribute("href", "/knowledge#edge-sidecars");
  await expectAccessible(page);
  await shots(page, "result-b-edge");
});

test("(c) CentOS 7 + MySQL defers; expert mode enters a factor directly", async ({ page }) => {
  await page.goto("/assess");
  await fillScenario(page, { name: "制造执行系统（CentOS 7 + MySQL）", industry: "制造业", workload: "实时数据采集与流处理", crossBorder: "否" });
  await next(page, "目标环境");
  await fillEnvironment(page, { os: "CentOS 7（非信创）", database: "MySQL（非信创）", cpu: "Intel / AMD（非信创）", sm: "否", cgo: "否", go: "Go 1.21" });
  await expect(page.getByTestId("derived-xinchuang")).toHaveText("0.21");
  await expect(page.getByText("低于阈值 0.70")).toBeVisible();
  await next(page, "Go 团队");
  await page.getByLabel("我已知道 Go 熟练度的取值（专家模式）").check();
  await expect(page.getByLabel("近半年上线的 Go 服务数")).toHaveCount(0);
  await page.getByLabel("Go 熟练度（0–1）").fill("1.5");
  await page.getByLabel("Go 熟练度（0–1）").blur();
  await expect(page.locator("#q-factors-goProficiency-error")).toHaveText("Go 熟练度不能大于 1");
  await page.getByLabel("Go 熟练度（0–1）").fill("0.8");
  await expectAccessible(page);
  await shots(page, "assess-3-expert");
  await next(page, "存量系统");
  await addDependency(page, 1, "共享数据库（直接读写他方库表）", 2);
  await next(page, "部署与连续性");
  await fillDeployment(page, { density: "中心云（集中部署）", consistency: /^最终一致/, tier: /^一般/ });
  await next(page, "确认并提交");
  await expect(page.getByText("（专家模式，直接填写）")).toBeVisible();
  await submit(page);
  await expect(page.getByTestId("rec-decision")).toHaveText("暂缓裁剪");
  await expect(page.getByText(/信创适配度 0\.21 低于 0\.70/).first()).toBeVisible();
  await expectAccessible(page);
  await shots(page, "result-c-defer");
});

test("(d) a finance system without SM submits with the risk named; Kylin V10 asks the service pack and the script targets it", async ({ page }) => {
  await page.goto("/assess");
  await fillScenario(page, { name: "城商行对账接口（无国密）", industry: "金融", workload: "对外 API / 交易网关", crossBorder: "否" });
  await next(page, "目标环境");
  // The questionnaire says what the result does: 无国密要求 may be submitted, and is a risk.
  await expect(page.getByText("金融系统应支持国密，请选择国密方式；选择「无国密要求」也可以提交，但结果会把缺少国密列为风险。")).toBeVisible();
  await expect(page.getByText("必须支持国密")).toHaveCount(0);
  // The service pack is asked for Kylin V10 only.
  await page.getByLabel("目标操作系统").selectOption({ label: "统信 UOS 20" });
  await expect(page.getByLabel("银河麒麟 V10 服务包")).toHaveCount(0);
  await fillEnvironment(page, { os: "银河麒麟 V10", database: "达梦 DM8", cpu: "鲲鹏 920（ARM64）", crypto: "无国密要求", cgo: "否", go: "Go 1.22" });
  await expect(page.getByLabel("银河麒麟 V10 服务包")).toBeVisible();
  await expectAccessible(page);
  await next(page, "Go 团队");
  await fillTeam(page, 3, [1, 2, 1]);
  await next(page, "存量系统");
  await next(page, "部署与连续性");
  await fillDeployment(page, { density: "中心云（集中部署）", consistency: /^强一致/, tier: /^重要/ });
  await next(page, "确认并提交");
  // Not answered: the review says which pack is assumed.
  await expect(page.locator(".answer-list").getByText("未指定服务包，按 V10 SP3 检查")).toBeVisible();
  await submit(page);
  const id = page.url().split("/").pop()!;
  await expect(page.locator("section[aria-labelledby=warnings-title]")).toContainText(
    "问卷允许选择「无国密要求」提交，本结果把缺少国密列为风险",
  );
  await expect(page.getByTestId("script-target-assumption")).toContainText("未指定服务包，按 V10 SP3 检查");
  // The pruning step states its decision once (the threshold decision was not changed).
  await expect(page.locator(".path-step dt").filter({ hasText: /^(阈值决策|最终决策)/ })).toHaveText(["最终决策（即阈值决策）"]);
  await expect(page.locator(".path-step dt").filter({ hasText: "已由校验节点转人工评审" })).toHaveCount(1);
  const v1 = await page.request.get(`/api/v1/assessments/${id}/compat-check.sh?version=1`);
  expect(v1.ok()).toBe(true);
  expect(await v1.text()).toMatch(/^readonly P_OS='kylin-v10-sp3'$/m);

  // Name the pack: the next version's script targets SP2 and the assumption is gone.
  await page.getByRole("link", { name: "修改并重新评估" }).click();
  await stepButton(page, "目标环境").click();
  await page.getByLabel("银河麒麟 V10 服务包").selectOption({ label: "SP2" });
  await expect(page.getByText("第 2 版草稿")).toBeVisible();
  await stepButton(page, "确认并提交").click();
  await expect(page.locator(".answer-list").getByText("V10 SP2", { exact: true })).toBeVisible();
  await submit(page);
  await expect(page.getByText(/第 2 版 · 提交于/)).toBeVisible();
  await expect(page.getByTestId("script-target-assumption")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "下载兼容性检查脚本" })).toHaveAttribute("href", `/api/v1/assessments/${id}/compat-check.sh?version=2`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载兼容性检查脚本" }).click();
  const file = await (await download).path();
  const script = readFileSync(file, "utf8");
  expect(script).toMatch(/^readonly P_OS='kylin-v10-sp2'$/m);
  expect(script).toMatch(/^readonly P_OS_SP='2'$/m);
  await expectAccessible(page);
});

test("a draft shows 继续填写; unknown ids are 404 once signed in, a sign-in page before", async ({ page }) => {
  // page.request shares the browser's cookies: the draft is this browser's anonymous draft.
  const created = await page.request.post("/api/v1/assessments", { data: { submit: false, systemName: "只填了名字" } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await page.goto(`/assessments/${id}`);
  await expect(page.getByRole("heading", { name: "第 1 版还是草稿" })).toBeVisible();
  await expectAccessible(page);
  await shots(page, "result-draft");
  await page.getByRole("link", { name: "继续填写" }).click();
  await expect(page.getByLabel("系统名称")).toHaveValue("只填了名字");
  // A version that does not exist, or is not a number, is a real 404 (nothing streams first).
  for (const query of ["?version=99", "?version=abc"]) {
    expect((await page.goto(`/assessments/${id}${query}`))?.status(), query).toBe(404);
  }
  expect((await page.goto("/assess?id=not-an-id"))?.status()).toBe(404);

  // Signed out, an id you may not read — existing or not — asks you to sign in; it says nothing more.
  await page.goto(`/assessments/${"A".repeat(24)}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // Signed in, it is the not-found page (the draft is now the admin's: this browser created it).
  await signIn(page);
  const missing = await page.goto(`/assessments/${"A".repeat(24)}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这份评估" })).toBeVisible();
  await expectAccessible(page);
  await shots(page, "result-not-found");
  expect((await page.goto(`/assessments/${"A".repeat(24)}/compare`))?.status()).toBe(404);
  await page.goto(`/assessments/${id}`);
  await expect(page.getByRole("heading", { name: "第 1 版还是草稿" })).toBeVisible();
});

test("a save from another tab in between: autosave stops with 412 and the architect reloads or keeps theirs", async ({ page }) => {
  // The other "tab" is this browser's own API client: the same anonymous key cookie.
  const { request } = page;
  const created = await request.post("/api/v1/assessments", { data: { submit: false, systemName: "两个标签页" } });
  const { id } = await created.json();
  await page.goto(`/assess?id=${id}`);
  await expect(page.getByLabel("系统名称")).toHaveValue("两个标签页");

  // The other tab saves first: the page's ETag is now stale.
  const other = await request.put(`/api/v1/assessments/${id}`, { data: { submit: false, systemName: "另一个标签页的名字" } });
  expect(other.status()).toBe(200);

  await page.getByLabel("系统名称").fill("本页的名字");
  const conflict = page.getByRole("alert").filter({ hasText: "另一个标签页或他人保存了这份评估" });
  await expect(conflict).toBeVisible();
  await expect(page.getByText("他处已保存新内容")).toBeVisible();
  await shots(page, "assess-conflict");
  expect((await (await request.get(`/api/v1/assessments/${id}`)).json()).systemName).toBe("另一个标签页的名字");

  await conflict.getByRole("button", { name: "保留我的修改（覆盖）" }).click();
  await expect(page.getByText("已保存", { exact: true })).toBeVisible();
  expect((await (await request.get(`/api/v1/assessments/${id}`)).json()).systemName).toBe("本页的名字");

  // Later saves are conditional again, on the ETag of the overwrite.
  await request.put(`/api/v1/assessments/${id}`, { data: { submit: false, systemName: "又一次他处保存" } });
  await page.getByLabel("系统名称").fill("本页再改");
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "重新加载（放弃本页修改）" }).click();
  await expect(page.getByLabel("系统名称")).toHaveValue("又一次他处保存");
});

test("the API refuses a tampered submission field by field and stores nothing", async ({ request }) => {
  const tampered = { ...BINHAI_BANK_GATEWAY, submit: true, tier: "platinum", servicesLast6m: -1, factors: { xinchuang: 2 }, isAdmin: true };
  const response = await request.post("/api/v1/assessments", { data: tampered });
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = await response.json();
  const paths = problem.errors.map((e: { path: string }) => e.path);
  expect(paths).toEqual(expect.arrayContaining(["tier", "servicesLast6m", "factors.xinchuang", ""]));
  expect(problem.errors.find((e: { path: string }) => e.path === "tier").message).toBe("业务连续性等级不在可选范围内");

  const ok = await request.post("/api/v1/assessments", { data: { ...BINHAI_BANK_GATEWAY, submit: true } });
  expect(ok.status()).toBe(201);
  const body = await ok.json();
  expect(body.result.rootNode).toEqual({ tier: "core", rtoMaxSeconds: 900, rpoMaxSeconds: 0, syncMode: "sync-multi-active" });
  const put = await request.put(`/api/v1/assessments/${body.id}`, { data: { ...tampered } });
  expect(put.status()).toBe(400);
  const read = await (await request.get(`/api/v1/assessments/${body.id}`)).json();
  expect(read.versions).toHaveLength(1);
  expect((await request.get(`/api/v1/assessments/${"B".repeat(24)}`)).status()).toBe(404);

  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.paths["/api/v1/assessments"].post.requestBody.content["application/json"].schema.oneOf).toHaveLength(2);
  expect(doc.paths["/api/v1/assessments/{id}"].put).toBeDefined();
});
