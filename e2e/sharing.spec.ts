/**
 * Accounts and sharing (docs/decisions/008-accounts-and-sharing.md) in real Chromium: an architect
 * signs in, fills and submits an assessment, finds it under 我的评估 from a fresh browser, shares a
 * read-only link that a signed-out visitor can read but not change, revokes it (the visitor then
 * gets the revoked page), shares with a teammate who edits it, and sees both versions attributed.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BINHAI_BANK_GATEWAY } from "@/lib/assessments/examples";
import { expectAccessible, screenshot, signIn } from "./helpers";
import { addDependency, fillDeployment, fillEnvironment, fillScenario, fillTeam, next, submit } from "./questionnaire";

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
test.use({ viewport: DESKTOP });

const stamp = Date.now();
const OWNER = { email: `wang.${stamp}@example.com`, name: "王工", password: "owner-password-2026" };
const MATE = { email: `li.${stamp}@example.com`, name: "李工", password: "teammate-password-2026" };

async function shots(page: Page, name: string) {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await screenshot(page, name);
  }
}

async function createArchitect(page: Page, who: typeof OWNER) {
  await page.goto("/admin/users");
  await page.getByLabel("邮箱").fill(who.email);
  await page.getByLabel("姓名").fill(who.name);
  await page.getByLabel("角色").selectOption("architect");
  await page.getByLabel("初始密码（至少 10 个字符）").fill(who.password);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText(`已创建账号 ${who.email}`)).toBeVisible();
}

/** A fresh browser signed in as `who`, landing on 我的评估. */
async function signedIn(browser: Browser, who: typeof OWNER) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto("/signin?callbackUrl=%2Fmy");
  await page.getByLabel("邮箱").fill(who.email);
  await page.getByLabel("密码").fill(who.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的评估" })).toBeVisible();
  return { context, page };
}

test("an architect's assessment is private, shared read-only by a revocable link, and edited by a teammate", async ({ page, browser }) => {
  await signIn(page);
  await createArchitect(page, OWNER);
  await createArchitect(page, MATE);

  // The owner fills and submits the questionnaire.
  const owner = await signedIn(browser, OWNER);
  const o = owner.page;
  await o.goto("/assess");
  await fillScenario(o, { name: BINHAI_BANK_GATEWAY.systemName, industry: "金融", workload: "对外 API / 交易网关", crossBorder: "否", district: "滨海新区" });
  await next(o, "目标环境");
  await fillEnvironment(o, { os: "银河麒麟 V10", database: "达梦 DM8", cpu: "飞腾（FT-2000/4、S2500 等，ARM64）", crypto: "TLS 1.3 + SM2/SM3/SM4 双模", cgo: "是", go: "Go 1.22" });
  await next(o, "Go 团队");
  await fillTeam(o, 3, [2, 4, 2]);
  await next(o, "存量系统");
  await addDependency(o, 1, "内部 HTTP 接口", 2);
  await next(o, "部署与连续性");
  await fillDeployment(o, { density: "中心云（集中部署）", consistency: /^强一致/, tier: /^核心/ });
  await next(o, "确认并提交");
  await submit(o);
  const resultPath = new URL(o.url()).pathname;
  const id = resultPath.split("/").pop()!;
  await owner.context.close();

  // From a fresh browser, the owner finds it under 我的评估.
  const again = await signedIn(browser, OWNER);
  const mine = again.page.getByTestId("my-item").filter({ hasText: BINHAI_BANK_GATEWAY.systemName });
  await expect(mine).toContainText("我的");
  await expect(mine).toContainText("已提交");
  await expectAccessible(again.page);
  await shots(again.page, "my-assessments");
  await mine.getByRole("link", { name: BINHAI_BANK_GATEWAY.systemName }).click();
  await expect(again.page).toHaveURL(new RegExp(`${resultPath}$`));

  // A read-only link for the review board.
  await again.page.getByRole("link", { name: "共享与访问记录" }).click();
  await again.page.getByLabel("链接名称（记录谁在用它）").fill("评审会");
  await again.page.getByLabel("有效期（天，留空表示不过期）").fill("14");
  await again.page.getByRole("button", { name: "创建只读链接" }).click();
  const linkUrl = await again.page.getByTestId("new-share-link").inputValue();
  expect(linkUrl).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(again.page);
  await shots(again.page, "sharing");

  // A signed-out visitor reads it through the link, cannot change it, and its own URL stays closed.
  const visitorContext = await browser.newContext({ viewport: DESKTOP });
  const visitor = await visitorContext.newPage();
  await visitor.goto(linkUrl);
  await expect(visitor.getByTestId("rec-architecture")).toHaveText("微服务网关型");
  await expect(visitor.getByTestId("read-only-notice")).toContainText("只读分享链接");
  await expect(visitor.getByRole("link", { name: "修改并重新评估" })).toHaveCount(0);
  const pdf = await visitor.request.get(await visitor.getByRole("link", { name: "下载 PDF 报告" }).getAttribute("href").then((h) => h!));
  expect(pdf.status()).toBe(200);
  const rewrite = await visitor.request.put(`/api/v1/assessments/${id}`, {
    data: { ...BINHAI_BANK_GATEWAY, systemName: "HACKED by anon", submit: false },
    headers: { origin: new URL(linkUrl).origin },
  });
  expect(rewrite.status()).toBe(404);
  const rewriteWithLink = await visitor.request.put(`/api/v1/assessments/${id}?share=${linkUrl.split("/").pop()}`, {
    data: { ...BINHAI_BANK_GATEWAY, systemName: "HACKED by anon", submit: false },
    headers: { origin: new URL(linkUrl).origin },
  });
  expect(rewriteWithLink.status()).toBe(403);
  await visitor.goto(resultPath);
  await expect(visitor).toHaveURL(/\/signin\?callbackUrl=/);
  await visitor.goto(linkUrl);
  await shots(visitor, "shared-read-only");

  // The owner revokes the link: the visitor now gets the revoked page, not the content.
  await again.page.getByRole("button", { name: "撤销链接「评审会」" }).click();
  await expect(again.page.getByTestId("share-link-row").filter({ hasText: "评审会" })).toContainText("已撤销");
  await visitor.goto(linkUrl);
  await expect(visitor.getByTestId("share-closed")).toHaveText("分享链接已撤销");
  await expect(visitor.getByTestId("rec-architecture")).toHaveCount(0);
  await shots(visitor, "shared-revoked");
  await visitorContext.close();

  // Shared with the teammate as editor: they edit and submit version 2.
  await again.page.getByLabel("同事的登录邮箱").fill(MATE.email);
  await again.page.getByLabel("权限").first().selectOption("editor");
  await again.page.getByRole("button", { name: "共享", exact: true }).click();
  await expect(again.page.getByText(`已与 ${MATE.email} 共享`)).toBeVisible();

  const mate = await signedIn(browser, MATE);
  const shared = mate.page.getByTestId("my-item").filter({ hasText: BINHAI_BANK_GATEWAY.systemName });
  await expect(shared).toContainText("共享给我（王工）");
  await mate.page.goto(`/assess?id=${id}&step=deployment`);
  await expect(mate.page.getByRole("heading", { level: 2, name: "部署与连续性" })).toBeVisible();
  await fillDeployment(mate.page, { density: "中心云（集中部署）", consistency: /^强一致/, tier: /^重要/ });
  await next(mate.page, "确认并提交");
  await submit(mate.page);
  await expect(mate.page.getByTestId("rec-rpo")).toHaveText("5 分钟");
  await mate.context.close();

  // Both versions, attributed; the access log names the teammate and the link.
  await again.page.goto(resultPath);
  const versions = again.page.getByRole("navigation", { name: "评估版本" });
  await expect(versions.getByRole("link", { name: /第 1 版.*王工/ })).toBeVisible();
  await expect(versions.getByRole("link", { name: /第 2 版.*李工/ })).toBeVisible();
  await again.page.getByRole("link", { name: "共享与访问记录" }).click();
  const log = again.page.getByRole("list", { name: "访问记录" });
  await expect(log.getByText("李工").first()).toBeVisible();
  await expect(log.getByText(/只读链接「评审会」/).first()).toBeVisible();
  await again.context.close();
});
