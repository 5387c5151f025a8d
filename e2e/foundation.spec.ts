import { expect, test, type APIRequestContext } from "@playwright/test";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Papa from "papaparse";
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

test.describe("forged state-changing requests with the admin's cookie", () => {
  const IMPORTS = "/api/v1/admin/survey/imports";
  const EXPORT = "/api/v1/admin/survey/export?format=csv";

  /** The current survey as CSV plus one new enterprise: what a forged import would add. */
  async function csvWithOneMore(request: APIRequestContext) {
    const exported = (await (await request.get(EXPORT)).body()).toString("utf8");
    const [fields, first] = Papa.parse<string[]>(exported.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const forged = first!.map((value, i) => ({ 企业编号: "TJ-990", 企业名称: "跨站伪造企业" })[fields![i]!] ?? value);
    const csv = Papa.unparse({ fields: fields!, data: [forged] });
    return { exported, file: { name: "伪造.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } };
  }

  test("another origin's Origin or Sec-Fetch-Site is a 403 and imports nothing; same-origin and header-less requests work", async ({ page, baseURL }) => {
    await signIn(page);
    const { exported, file } = await csvWithOneMore(page.request);
    const foreign: Record<string, string>[] = [{ Origin: "http://evil.example" }, { "Sec-Fetch-Site": "cross-site" }, { "Sec-Fetch-Site": "same-site" }];
    for (const headers of foreign) {
      const forged = await page.request.post(IMPORTS, { multipart: { file }, headers });
      expect(forged.status(), JSON.stringify(headers)).toBe(403);
      expect(forged.headers()["content-type"]).toContain("application/problem+json");
      expect(await forged.json()).toMatchObject({ status: 403, code: "cross-origin-request" });
    }
    const after = (await (await page.request.get(EXPORT)).body()).toString("utf8");
    expect(after).toBe(exported);

    const own: Record<string, string>[] = [{ Origin: baseURL! }, { "Sec-Fetch-Site": "same-origin" }, {}];
    for (const headers of own) {
      const preview = await page.request.post(`${IMPORTS}?dryRun=1`, { multipart: { file }, headers });
      expect(preview.status(), JSON.stringify(headers)).toBe(200);
      expect((await preview.json()).counts).toMatchObject({ new: 1, error: 0 });
    }
  });

  test("a page on another origin of the same site cannot make the browser import", async ({ page, baseURL }) => {
    await signIn(page);
    const { exported, file } = await csvWithOneMore(page.request);
    // The attacker's page, served from the app's host on another port: same site, so the browser
    // sends the SameSite=Lax session cookie along with its multipart post (no preflight needed).
    // It first reads the export (a GET, which the check lets through), proving the cookie goes along.
    const attack = `<!doctype html><title>攻击页</title><script>
      const form = new FormData();
      form.append("file", new File([${JSON.stringify(file.buffer.toString("utf8"))}], "伪造.csv", { type: "text/csv" }));
      const send = { mode: "no-cors", credentials: "include" };
      fetch(${JSON.stringify(baseURL + EXPORT)}, send).then(() => fetch(${JSON.stringify(baseURL + IMPORTS)}, { ...send, method: "POST", body: form }));
    </script>`;
    const attacker = createServer((_, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(attack));
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    try {
      const read = page.waitForResponse((response) => response.url() === baseURL + EXPORT);
      const forged = page.waitForResponse((response) => response.url() === baseURL + IMPORTS);
      await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/attack`);
      expect((await read).status()).toBe(200);
      expect((await forged).status()).toBe(403);
    } finally {
      attacker.close();
    }
    const after = (await (await page.request.get(EXPORT)).body()).toString("utf8");
    expect(after).toBe(exported);
  });
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

test("static files, their 404s and the favicon carry the security headers too", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(script).toBeDefined();
  for (const [url, status] of [[script!, 200], ["/_next/static/chunks/does-not-exist.js", 404], ["/favicon.ico", 404]] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    const headers = response.headers();
    expect(headers["content-security-policy"], url).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(headers["x-frame-options"], url).toBe("DENY");
    // NEXTAUTH_URL is http here: no HSTS (lib/security/headers.test.ts covers https).
    expect(headers["strict-transport-security"], url).toBeUndefined();
  }
});

test("the 404 page's scripts all carry the nonce of its CSP", async ({ request }) => {
  const response = await request.get("/no-such-page");
  expect(response.status()).toBe(404);
  const nonce = response.headers()["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("an unknown API path is a Chinese 404 problem; next-auth's routes are not shadowed", async ({ request }) => {
  for (const response of [await request.get("/api/nope"), await request.post("/api/v1/no-such-thing", { data: {} }), await request.delete("/api/v1/assessments/x/y")]) {
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, code: "not-found", title: "接口不存在" });
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  }
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  expect(await csrf.json()).toHaveProperty("csrfToken");
  expect((await request.get("/api/auth/providers")).status()).toBe(200);
});

test("a wrong method on an existing route is a 405; OPTIONS names the allowed ones", async ({ request }) => {
  for (const [response, allow] of [
    [await request.get("/api/v1/evaluate"), "OPTIONS, POST"],
    [await request.delete("/api/v1/architectures"), "GET, HEAD, OPTIONS"],
    [await request.post("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAA"), "DELETE, GET, HEAD, OPTIONS, PUT"],
  ] as const) {
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toBe(allow);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 405, code: "method-not-allowed" });
  }
  const options = await request.fetch("/api/v1/evaluate", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("OPTIONS, POST");
});
