/**
 * Accounts in real Chromium against the production build: an admin invites an architect, who
 * accepts the invitation and signs in (a used or revoked link shows its own page); self-registration
 * is refused while off and makes an architect while on; single sign-on through a real OpenID Connect
 * provider (tests/support/oidc-provider.ts, started by scripts/e2e-server.sh) lands with the role
 * mapped from the provider's claim. The provider's own login page takes any login name (the name
 * is the test account, TEST_ACCOUNTS) and any password.
 *
 * Every account and setting this spec changes is its own; self-registration is switched off again.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, screenshot, signIn } from "./helpers";

const base = () => String(test.info().project.use.baseURL);
const SSO_BUTTON = "使用测试身份提供方";
const PASSWORD_LABEL = "设置密码（至少 10 个字符）";

/** A fresh browser with nobody signed in; the provider's page asks Google for a font, never answered here. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  await context.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) => route.abort());
  return { context, page: await context.newPage() };
}

/** Password sign-in that lands on the home page, for accounts that are not admins. */
async function signInHome(page: Page, credentials: { email: string; password: string }) {
  await page.goto("/signin?callbackUrl=%2F");
  await page.getByLabel("邮箱").fill(credentials.email);
  await page.getByLabel("密码").fill(credentials.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
}

/** Screenshots at phone and desktop widths, then back to the desktop width. */
async function screenshots(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, name);
  }
}

/** From our sign-in page through the provider's own login page (another origin; any password) and back. */
async function ssoThroughProvider(page: Page, login: string) {
  const site = new URL(base()).origin;
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await page.waitForURL((url) => url.origin !== site);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // A consent page only if the provider asks (the test client is first-party, so it should not).
  await page.waitForURL((url) => url.origin === site || url.pathname.startsWith("/interaction/"));
  if (new URL(page.url()).origin !== site) await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin === site);
}

async function invite(page: Page, email: string): Promise<string> {
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "邀请用户" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/invite$/);
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("角色").selectOption("architect");
  await page.getByRole("button", { name: "生成邀请链接" }).click();
  await expect(page.getByText(`已邀请 ${email}`)).toBeVisible();
  const link = await page.getByLabel("邀请链接").inputValue();
  expect(link).toMatch(new RegExp(`^${base()}/invite/[A-Za-z0-9_-]{43}$`));
  return link;
}

test.describe.serial("accounts", () => {
  const invited = { email: "invited-architect@example.com", password: "invited-password-1", name: "受邀架构师" };
  const registered = { email: "self-registered@example.com", password: "registered-password-1", name: "自助注册架构师" };

  test("an admin invites an architect, who accepts the invitation and signs in; a used or revoked link says so", async ({ page, browser }) => {
    await signIn(page);
    const link = await invite(page, invited.email);
    await screenshots(page, "accounts-invitation-created");

    await page.goto("/admin/users");
    const pending = page.getByRole("table", { name: "待接受的邀请" });
    await expect(pending.getByRole("cell", { name: invited.email, exact: true })).toBeVisible();

    const invitee = await freshPage(browser);
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole("heading", { name: "接受邀请" })).toBeVisible();
    await expect(invitee.page.getByText(invited.email, { exact: true })).toBeVisible();
    await screenshots(invitee.page, "accounts-invitation-accept");
    await invitee.page.getByLabel("姓名").fill(invited.name);
    await invitee.page.getByLabel(PASSWORD_LABEL).fill(invited.password);
    await invitee.page.getByRole("button", { name: "创建账号" }).click();
    await expect(invitee.page.getByText(`账号 ${invited.email} 已创建`)).toBeVisible();

    await signInHome(invitee.page, invited);
    await expect(invitee.page.getByText(`${invited.name}（架构师）`)).toBeVisible();
    await invitee.page.goto("/admin");
    await expect(invitee.page).toHaveURL(/\/forbidden$/);

    // The same link again: used up.
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole("heading", { name: "邀请已被使用" })).toBeVisible();
    await invitee.context.close();

    await page.goto("/admin/users");
    await expect(pending.getByRole("cell", { name: invited.email, exact: true })).toHaveCount(0);
    await expect(page.getByRole("cell", { name: invited.email, exact: true })).toBeVisible();

    // Another invitation, revoked before it is used.
    const revokedLink = await invite(page, "revoked-invitee@example.com");
    await page.goto("/admin/users");
    const revoke = page.getByRole("button", { name: "撤销对 revoked-invitee@example.com 的邀请" });
    await revoke.click();
    // The row leaves the list of pending invitations.
    await expect(revoke).toHaveCount(0);
    const stranger = await freshPage(browser);
    await stranger.page.goto(revokedLink);
    await expect(stranger.page.getByRole("heading", { name: "邀请已被撤销" })).toBeVisible();
    await expect(stranger.page.getByRole("button", { name: "创建账号" })).toHaveCount(0);
    await screenshots(stranger.page, "accounts-invitation-revoked");
    await stranger.page.goto(`/invite/${"A".repeat(43)}`);
    await expect(stranger.page.getByRole("heading", { name: "邀请链接无效" })).toBeVisible();
    await stranger.context.close();
  });

  test("self-registration is refused while off, makes an architect while on, and is refused again when off", async ({ page, browser }) => {
    const visitor = await freshPage(browser);
    await visitor.page.goto("/register");
    await expect(visitor.page.getByRole("heading", { name: "自助注册未开放" })).toBeVisible();
    await expect(visitor.page.getByRole("button", { name: "注册", exact: true })).toHaveCount(0);
    await screenshots(visitor.page, "accounts-register-closed");

    await signIn(page);
    await page.goto("/admin/users");
    await page.getByRole("button", { name: "开启自助注册" }).click();
    await expect(page.getByText("已开启自助注册")).toBeVisible();

    await visitor.page.goto("/register");
    await visitor.page.getByLabel("邮箱").fill(registered.email);
    await visitor.page.getByLabel("姓名").fill(registered.name);
    await visitor.page.getByLabel(PASSWORD_LABEL).fill(registered.password);
    await screenshots(visitor.page, "accounts-register-open");
    await visitor.page.getByRole("button", { name: "注册", exact: true }).click();
    await expect(visitor.page.getByText(`已注册架构师账号 ${registered.email}，请登录`)).toBeVisible();
    await signInHome(visitor.page, registered);
    await expect(visitor.page.getByText(`${registered.name}（架构师）`)).toBeVisible();
    await visitor.context.close();

    await page.goto("/admin/users");
    await page.getByRole("button", { name: "关闭自助注册" }).click();
    await expect(page.getByText("已关闭自助注册")).toBeVisible();
    const late = await freshPage(browser);
    await late.page.goto("/register");
    await expect(late.page.getByRole("heading", { name: "自助注册未开放" })).toBeVisible();
    await late.context.close();
  });

  for (const account of [
    { login: "sso-admin", name: "单点登录管理员", role: "管理员", admin: true },
    { login: "sso-architect", name: "单点登录架构师", role: "架构师", admin: false },
  ]) {
    test(`single sign-on as ${account.login} lands with the role mapped from the provider's claim (${account.role})`, async ({ browser }) => {
      const { context, page } = await freshPage(browser);
      await page.goto("/signin?callbackUrl=%2F");
      if (account.admin) await screenshots(page, "accounts-signin-sso");
      await ssoThroughProvider(page, account.login);

      await expect(page).toHaveURL(`${base()}/`);
      await expect(page.getByText(`${account.name}（${account.role}）`)).toBeVisible();
      await page.goto("/admin");
      if (account.admin) {
        await expect(page.getByRole("heading", { name: "管理" })).toBeVisible();
        await page.goto("/admin/users");
        await expect(page.getByRole("cell", { name: `sso-admin@example.com`, exact: true })).toBeVisible();
        await screenshots(page, "accounts-sso-admin");
      } else {
        await expect(page).toHaveURL(/\/forbidden$/);
      }
      await context.close();
    });
  }

  test("a single sign-on claiming a local account's e-mail without the provider vouching for it is refused", async ({ browser }) => {
    // The test account "sso-unverified" says admin@example.com, email_verified false, admin role.
    const { context, page } = await freshPage(browser);
    await page.goto("/signin?callbackUrl=%2F");
    await ssoThroughProvider(page, "sso-unverified");
    await expect(page).toHaveURL(/\/signin\?(.*&)?error=SsoEmailUnverified/);
    // Next's route announcer is an alert too: pick ours by its text.
    await expect(page.getByRole("alert").filter({ hasText: "该邮箱已有本地账号，但身份提供方未确认该邮箱属于您，无法关联；请联系管理员" })).toBeVisible();
    await expect(page.getByRole("button", { name: "退出登录" })).toHaveCount(0);
    await screenshots(page, "accounts-sso-refused");
    await context.close();
  });

  test("an admin creates a team and adds the invited architect as an editor", async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/teams");
    await page.getByLabel("团队名称").fill("端到端测试组");
    await page.getByRole("button", { name: "创建团队" }).click();
    await expect(page.getByText("已创建团队「端到端测试组」")).toBeVisible();
    const team = page.getByRole("region", { name: "端到端测试组" });
    await team.getByLabel("成员邮箱").fill(invited.email);
    await team.getByLabel("成员角色").selectOption("editor");
    await team.getByRole("button", { name: "加入团队" }).click();
    await expect(team.getByText(`已将 ${invited.email} 加入团队（编辑者）`)).toBeVisible();
    await expect(team.getByRole("cell", { name: invited.email, exact: true })).toBeVisible();
    await screenshots(page, "accounts-teams");
  });
});
