import { expect, test } from "@playwright/test";
import { ADMIN, expectAccessible, screenshot, signIn } from "./helpers";

test("home page shows the survey headlines from the database", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("天津 Go 技术栈选型决策");
  await expect(page.getByText("86%")).toBeVisible();
  await expect(page.getByText("全国均值 62%")).toBeVisible();
  await expect(page.getByText("79%")).toBeVisible();
  await expect(page.getByText("71%")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "home");
});

test("API responses carry static security headers without a proxy hop", async ({ request }) => {
  const headers = (await request.get("/api/health")).headers();
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("every page carries the security headers, with a nonce CSP", async ({ request }) => {
  for (const url of ["/", "/signin", "/does-not-exist"]) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  }
});

test("health answers ok with the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("unknown pages answer a Chinese 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在（404）" })).toBeVisible();
});

test("the OpenAPI document is served", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  const doc = await response.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.paths["/api/health"]).toBeDefined();
});

test("admin pages send anonymous visitors to sign-in; a wrong password is refused in Chinese", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fusers/);
  await page.getByLabel("邮箱").fill(ADMIN.email);
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码错误" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "signin-error");
});

test("an admin signs in, sees the admin pages, and signs out", async ({ page, context }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { name: "管理" })).toBeVisible();
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  await page.goto("/admin/users");
  await expect(page.getByRole("cell", { name: ADMIN.email, exact: true })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-users");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
});
