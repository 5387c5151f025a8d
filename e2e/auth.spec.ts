/**
 * Sign-in hardening in real Chromium against the production build: an attack on an admin's
 * account from other machines does not keep the admin out; a spoofed X-Forwarded-For does not
 * dodge the per-client limit (the server runs without TRUST_PROXY); a copied session cookie is
 * dead after sign-out and after a password reset; off-site and broken callback URLs land on the
 * site; admin actions answer an unknown user id and a 73-byte password in Chinese.
 *
 * "Other machines" are other loopback source addresses (127.0.0.x): the server sees them as
 * different TCP peers, which is exactly what it keys clients by. Accounts attacked here are
 * created here, so the seeded admin the other specs sign in with is never under attack.
 */
import http from "node:http";
import { expect, test, type APIRequest, type Browser, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./helpers";

const WAIT = /^登录尝试过于频繁，请 \d+ 秒后再试$/;
const INVALID = "邮箱或密码错误";
const base = () => String(test.info().project.use.baseURL);

interface Reply {
  status: number;
  body: string;
  cookies: string[];
}

function send(localAddress: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  const url = new URL(path, base());
  return new Promise<Reply>((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, headers, localAddress, agent: false },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: text, cookies: (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!) }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** One credentials sign-in through next-auth's API from `localAddress`: the error shown to the user, or null. */
async function attempt(localAddress: string, email: string, password: string, forwardedFor?: string): Promise<string | null> {
  const spoof: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
  const csrf = await send(localAddress, "GET", "/api/auth/csrf", spoof);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ email, password, csrfToken, json: "true", callbackUrl: `${base()}/admin` });
  const headers = { ...spoof, cookie: csrf.cookies.join("; "), "content-type": "application/x-www-form-urlencoded" };
  const reply = await send(localAddress, "POST", "/api/auth/callback/credentials", headers, form.toString());
  expect(reply.status, reply.body).toBeLessThan(500);
  return new URL((JSON.parse(reply.body) as { url: string }).url).searchParams.get("error");
}

async function createAdmin(page: Page, email: string, password: string) {
  await page.goto("/admin/users");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("姓名").fill("测试管理员");
  await page.getByLabel("角色").selectOption("admin");
  await page.getByLabel("初始密码（至少 10 个字符）").fill(password);
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.getByText(`已创建账号 ${email}`)).toBeVisible();
}

/** Signs in in a fresh browser context; returns it, its page and the session cookie. */
async function freshSignIn(browser: Browser, credentials: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, credentials);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  return { context, page, cookie: `${cookie.name}=${cookie.value}` };
}

/** A fresh request context carrying nothing but the copied cookie: the session it gets, and an admin API's status. */
async function replay(api: APIRequest, cookie: string) {
  const request = await api.newContext({ baseURL: base(), extraHTTPHeaders: { cookie } });
  const session = await (await request.get("/api/auth/session")).json();
  const adminApi = (await request.get("/api/v1/admin/survey/export?format=csv")).status();
  await request.dispose();
  return { session, adminApi };
}

/** The copied cookie in a fresh browser: where an admin page sends it. */
async function replayInBrowser(browser: Browser, cookie: string) {
  const [name, ...value] = cookie.split("=");
  const context = await browser.newContext();
  await context.addCookies([{ name: name!, value: value.join("="), url: base(), httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();
  await page.goto("/admin");
  // The admin layout streams, so the redirect to sign-in may arrive after the first response.
  await page.waitForURL(/\/signin/, { timeout: 10_000 }).catch(() => {});
  const url = page.url();
  await context.close();
  return url;
}

test.describe.serial("sign-in hardening", () => {
  const target = { email: "lockout-target@example.com", password: "target-password-1" };

  test("many failures for an admin's account from other machines do not keep the admin out", async ({ page, browser }) => {
    await signIn(page);
    await createAdmin(page, target.email, target.password);

    // 15 attacking machines, each claiming another address in X-Forwarded-For.
    for (let machine = 0; machine < 15; machine += 1) {
      expect(await attempt(`127.0.0.${30 + machine}`, target.email, `guess-${machine}`, `10.20.30.${machine}`)).toBe(INVALID);
    }
    // An attacker's own next try has to wait (its rate is bounded) …
    expect(await attempt("127.0.0.44", target.email, "guess-again", "10.20.30.99")).toMatch(WAIT);

    // … while the admin, from their own browser, signs in at once.
    const started = Date.now();
    const admin = await freshSignIn(browser, target);
    await expect(admin.page.getByRole("heading", { name: "管理" })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(60_000);
    await admin.context.close();
  });

  test("a spoofed X-Forwarded-For does not dodge the per-client limit", async () => {
    for (let i = 0; i < 10; i += 1) {
      expect(await attempt("127.0.0.60", `nobody-${i}@example.com`, "guess", `192.0.2.${i}`)).toBe(INVALID);
    }
    expect(await attempt("127.0.0.60", "nobody-10@example.com", "guess", "192.0.2.10")).toMatch(WAIT);
    // The key is the TCP peer: another machine with the same header is a different client.
    expect(await attempt("127.0.0.61", "nobody-11@example.com", "guess", "192.0.2.10")).toBe(INVALID);
  });

  test("a session cookie copied before sign-out is refused when replayed after it", async ({ browser, playwright }) => {
    const { context, page, cookie } = await freshSignIn(browser, ADMIN);
    expect(await replay(playwright.request, cookie)).toMatchObject({ session: { user: { email: ADMIN.email } }, adminApi: 200 });
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL("/");
    expect(await replay(playwright.request, cookie)).toEqual({ session: {}, adminApi: 401 });
    expect(await replayInBrowser(browser, cookie)).toBe(`${base()}/signin?callbackUrl=%2Fadmin`);
    await context.close();
  });

  test("a session cookie is refused after an admin resets that user's password", async ({ page, browser, playwright }) => {
    const victim = await freshSignIn(browser, target);
    expect(await replay(playwright.request, victim.cookie)).toMatchObject({ session: { user: { email: target.email } }, adminApi: 200 });

    await signIn(page);
    await page.goto("/admin/users");
    await page.getByLabel(`${target.email} 的新密码`).fill("target-password-2");
    const row = page.getByRole("row").filter({ hasText: target.email });
    await row.getByRole("button", { name: "重置密码" }).click();
    await expect(row.getByText("密码已重置，该账号的现有会话已失效")).toBeVisible();

    expect(await replay(playwright.request, victim.cookie)).toEqual({ session: {}, adminApi: 401 });
    expect(await replayInBrowser(browser, victim.cookie)).toBe(`${base()}/signin?callbackUrl=%2Fadmin`);
    await victim.page.goto("/admin");
    await expect(victim.page).toHaveURL(/\/signin/);
    await victim.context.close();
  });

  test("off-site, scripted and broken callback URLs land on the site after signing in", async ({ browser }) => {
    for (const raw of ["/%5Cother.host/x", "//other.host", "https://other.host", "javascript:alert(1)", "/%09/other.host", "http://%25zz"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`/signin?callbackUrl=${raw}`);
      await page.getByLabel("邮箱").fill(ADMIN.email);
      await page.getByLabel("密码").fill(ADMIN.password);
      await page.getByRole("button", { name: "登录" }).click();
      await expect(page, raw).toHaveURL(`${base()}/admin`);
      await context.close();
    }
  });

  test("next-auth's own endpoints answer an unparsable callback URL without a 500", async ({ browser }) => {
    const context = await browser.newContext();
    const { request } = context;
    expect((await request.get("/api/auth/session?callbackUrl=http%3A%2F%2F%25zz")).status()).toBe(200);
    const signin = await request.get("/api/auth/signin?callbackUrl=javascript%3Aalert(1)", { maxRedirects: 0 });
    expect(signin.status()).toBeLessThan(500);
    expect(new URL(signin.headers()["location"] ?? "/", base()).origin).toBe(new URL(base()).origin);
    // A callback-url cookie that does not parse would otherwise fail every auth request of this browser.
    await context.addCookies([{ name: "next-auth.callback-url", value: "http://%zz", url: base() }]);
    expect((await request.get("/api/auth/session")).status()).toBe(200);
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const posted = await request.post("/api/auth/callback/credentials", {
      form: { ...ADMIN, csrfToken, json: "true", callbackUrl: "http://[::1" },
    });
    expect(posted.status()).toBe(200);
    expect(new URL(((await posted.json()) as { url: string }).url).origin).toBe(new URL(base()).origin);
    await context.close();
  });

  test("admin actions answer an unknown user id and a 73-byte password in Chinese", async ({ page }) => {
    await signIn(page);
    await page.goto("/admin/users");
    const row = page.getByRole("row").filter({ hasText: target.email });
    await row.locator('input[name="userId"]').first().evaluate((input: HTMLInputElement) => (input.value = "00000000-0000-4000-8000-000000000000"));
    await row.getByRole("button", { name: `停用 ${target.email}` }).click();
    await expect(row.getByText("账号不存在：该账号已被删除或链接有误，请刷新页面")).toBeVisible();
    await row.locator('input[name="userId"]').last().evaluate((input: HTMLInputElement) => (input.value = "no-such-user"));
    await page.getByLabel(`${target.email} 的新密码`).fill("target-password-3");
    await row.getByRole("button", { name: "重置密码" }).click();
    await expect(row.getByText("账号不存在：该账号已被删除或链接有误，请刷新页面")).toHaveCount(2);

    await page.getByLabel("邮箱").fill("long-password@example.com");
    await page.getByLabel("姓名").fill("长密码");
    await page.getByLabel("初始密码（至少 10 个字符）").fill(`${"密".repeat(24)}x`);
    await page.getByRole("button", { name: "创建账号" }).click();
    await expect(page.getByText("密码不能超过 72 字节（UTF-8 编码；一个汉字占 3 字节）")).toBeVisible();
  });
});
