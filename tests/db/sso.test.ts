/**
 * Single sign-on end to end, without a browser, on SQLite and PostgreSQL: a real OpenID Connect
 * provider (tests/support/oidc-provider.ts, oidc-provider 8 on a loopback port), next-auth's own
 * handler with our authOptions (discovery, PKCE, state, ID-token validation), and the provisioning
 * in the database. Each sign-in walks the authorization-code flow as a browser would: next-auth's
 * sign-in POST, the provider's login form, the callback with the code.
 *
 * Also the decisions around it: the role follows the provider's claim on every sign-in; an
 * existing local account is linked only when the provider vouches for the e-mail; a disabled
 * account is refused; an SSO-only account cannot sign in with a password.
 */
import NextAuth from "next-auth";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { TEST_ACCOUNTS, TEST_ADMIN_ROLE, TEST_CLIENT, startOidcProvider, type TestAccountClaims } from "../support/oidc-provider";
import { testProviders, useTestDatabase } from "./databases";

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("server-only", () => ({}));
vi.mock("@/lib/logger", () => ({ logger: { info() {}, warn() {}, error() {}, debug() {} } }));
vi.mock("@/lib/db", () => ({
  get db() {
    return holder.db;
  },
}));

const SITE = "http://127.0.0.1:3107";
const accounts: Record<string, TestAccountClaims> = { ...TEST_ACCOUNTS };
const oidc = await startOidcProvider({ redirectUri: `${SITE}/api/auth/callback/oidc`, accounts });
afterAll(() => oidc.close());

// Before anything reads the environment (lib/env.ts validates it once per process).
Object.assign(process.env, {
  NEXTAUTH_URL: SITE,
  NEXTAUTH_SECRET: "sso-test-secret-not-for-production",
  OIDC_ISSUER: oidc.issuer,
  OIDC_CLIENT_ID: TEST_CLIENT.id,
  OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
  OIDC_ADMIN_ROLES: `${TEST_ADMIN_ROLE},other-admins`,
  OIDC_SCOPES: "openid email profile roles",
});

const { authOptions } = await import("@/lib/session/auth-options");
const { signInWithPassword } = await import("@/lib/session/sign-in");
const { createUser, setUserDisabled } = await import("@/lib/data/users");

const providers = await testProviders();

type Jar = Map<string, string>;

/** Keeps what Set-Cookie headers say, as a browser would for one site (paths ignored: names differ). */
function store(jar: Jar, setCookie: string[]) {
  for (const header of setCookie) {
    const [pair = "", ...attributes] = header.split(";");
    const index = pair.indexOf("=");
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
    if (expired || value === "") jar.delete(name);
    else jar.set(name, decodeURIComponent(value));
  }
}

/** One request to next-auth's handler (its Pages-router form, which takes plain objects). */
async function nextAuth(jar: Jar, method: "GET" | "POST", path: string[], params: Record<string, string> = {}) {
  let status = 200;
  let body: unknown;
  const headers = new Map<string, string | string[]>();
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end() {},
    json(value: unknown) {
      body = value;
    },
    send(value: unknown) {
      body = value;
    },
  };
  const req = {
    method,
    query: method === "GET" ? { nextauth: path, ...params } : { nextauth: path },
    body: method === "POST" ? params : undefined,
    cookies: Object.fromEntries(jar),
    headers: { host: new URL(SITE).host, cookie: [...jar].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ") },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions);
  const cookies = headers.get("set-cookie");
  store(jar, Array.isArray(cookies) ? cookies : cookies ? [cookies] : []);
  return { status, body, location: headers.get("location") as string | undefined };
}

/** The browser at the provider: follows redirects, fills the login form, stops at our callback. */
async function atProvider(start: string, login: string): Promise<URL> {
  const jar: Jar = new Map();
  let url = new URL(start);
  for (let step = 0; step < 12; step += 1) {
    if (url.href.startsWith(`${SITE}/`)) return url;
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    let response = await fetch(url, { redirect: "manual", headers: { cookie } });
    const html = response.status === 200 ? await response.text() : "";
    if (html.includes('name="prompt" value="login"') || html.includes('name="prompt" value="consent"')) {
      const prompt = html.includes('value="login"') ? "login" : "consent";
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1] ?? url.pathname;
      const form = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any-password" } : { prompt });
      store(jar, response.headers.getSetCookie());
      response = await fetch(new URL(action, url), {
        method: "POST",
        redirect: "manual",
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "), "content-type": "application/x-www-form-urlencoded" },
        body: form,
      });
    }
    store(jar, response.headers.getSetCookie());
    const location = response.headers.get("location");
    if (!location) throw new Error(`provider stopped at ${url.href} with ${response.status}: ${html.slice(0, 300)}`);
    url = new URL(location, url);
  }
  throw new Error("too many redirects at the provider");
}

/** A whole single sign-on as `login`: the session next-auth then answers, or the error it redirected to. */
async function ssoSignIn(login: string) {
  const jar: Jar = new Map();
  const { body: csrf } = await nextAuth(jar, "GET", ["csrf"]);
  const started = await nextAuth(jar, "POST", ["signin", "oidc"], { csrfToken: (csrf as { csrfToken: string }).csrfToken, callbackUrl: `${SITE}/`, json: "true" });
  const authorize = new URL((started.body as { url: string }).url);
  expect(authorize.origin).toBe(oidc.issuer);
  // PKCE and state are in the request, their secrets in our cookies.
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorize.searchParams.get("state")).toBeTruthy();
  const back = await atProvider(authorize.href, login);
  const callback = await nextAuth(jar, "GET", ["callback", "oidc"], Object.fromEntries(back.searchParams));
  const error = callback.location ? new URL(callback.location, SITE).searchParams.get("error") : null;
  const { body: session } = await nextAuth(jar, "GET", ["session"]);
  return { error, redirect: callback.location, session: session as { user?: { id: string; role: string; email: string; name: string } } };
}

for (const provider of providers) {
  describe.runIf(provider.enabled)(`single sign-on on ${provider.name}`, () => {
    let db: Db;
    useTestDatabase(provider, (t) => {
      db = t.db;
      holder.db = t.db;
    });

    it("a first sign-in makes an account with the mapped role and no password; the session is ours", async () => {
      const admin = await ssoSignIn("sso-admin");
      expect(admin.error).toBeNull();
      expect(admin.redirect).toBe(`${SITE}/`);
      expect(admin.session.user).toMatchObject({ email: "sso-admin@example.com", role: "admin", name: "单点登录管理员" });
      const row = await db.user.findUniqueOrThrow({ where: { email: "sso-admin@example.com" } });
      expect(row).toMatchObject({ id: admin.session.user!.id, role: "admin", passwordHash: "", oidcIssuer: oidc.issuer, oidcSubject: "sso-admin" });

      const architect = await ssoSignIn("sso-architect");
      expect(architect.session.user).toMatchObject({ email: "sso-architect@example.com", role: "architect" });

      // An SSO-only account has no password to sign in with.
      await expect(signInWithPassword(db, { email: "sso-architect@example.com", password: "" }, "198.51.100.80")).rejects.toThrow();
      await expect(signInWithPassword(db, { email: "sso-architect@example.com", password: "any-password" }, "198.51.100.80")).rejects.toThrow("邮箱或密码错误");
    });

    it("the role follows the provider's claim on every sign-in, both ways", async () => {
      accounts["role-changer"] = { email: "role-changer@example.com", email_verified: true, name: "变更角色", roles: ["staff"] };
      expect((await ssoSignIn("role-changer")).session.user?.role).toBe("architect");
      accounts["role-changer"] = { ...accounts["role-changer"], roles: ["other-admins"] };
      expect((await ssoSignIn("role-changer")).session.user?.role).toBe("admin");
      accounts["role-changer"] = { ...accounts["role-changer"], roles: [] };
      expect((await ssoSignIn("role-changer")).session.user?.role).toBe("architect");
      expect(await db.user.count({ where: { email: "role-changer@example.com" } })).toBe(1);
    });

    it("links an existing local account only when the provider vouches for the e-mail", async () => {
      await createUser(db, { email: "local@example.com", name: "本地账号", role: "architect", password: "local-password-1" });
      accounts["claims-local"] = { email: "local@example.com", email_verified: false, name: "冒用", roles: [TEST_ADMIN_ROLE] };
      const refused = await ssoSignIn("claims-local");
      expect(refused.error).toBe("SsoEmailUnverified");
      expect(refused.session).toEqual({});
      expect(await db.user.findUniqueOrThrow({ where: { email: "local@example.com" } })).toMatchObject({ role: "architect", oidcIssuer: null });

      accounts["owns-local"] = { email: "Local@Example.com", email_verified: true, name: "本人", roles: ["staff"] };
      const linked = await ssoSignIn("owns-local");
      expect(linked.error).toBeNull();
      const row = await db.user.findUniqueOrThrow({ where: { email: "local@example.com" } });
      expect(row).toMatchObject({ id: linked.session.user!.id, oidcSubject: "owns-local" });
      // Linking drops the password (whoever set it may not own the address, e.g. a self-registration
      // made before its owner came) and ends the sessions it opened.
      expect(row.passwordHash).toBe("");
      await expect(signInWithPassword(db, { email: "local@example.com", password: "local-password-1" }, "198.51.100.81")).rejects.toThrow("邮箱或密码错误");

      // A second identity with the same verified address cannot take the linked account over.
      accounts["second-identity"] = { email: "local@example.com", email_verified: true, roles: [TEST_ADMIN_ROLE] };
      expect((await ssoSignIn("second-identity")).error).toBe("SsoEmailLinked");
    });

    it("refuses a disabled account, and an identity without an e-mail", async () => {
      const first = await ssoSignIn("sso-architect");
      await setUserDisabled(db, first.session.user!.id, true);
      const refused = await ssoSignIn("sso-architect");
      expect(refused.error).toBe("SsoDisabled");
      expect(refused.session).toEqual({});

      accounts["no-email"] = { name: "无邮箱", roles: ["staff"] };
      expect((await ssoSignIn("no-email")).error).toBe("SsoNoEmail");
      expect(await db.user.count({ where: { oidcSubject: "no-email" } })).toBe(0);
    });
  });
}
