/**
 * A real OpenID Connect provider for the single sign-on tests: `oidc-provider` (8.x, a certified
 * OP implementation) on a loopback port, with one confidential client and test accounts whose ID
 * tokens carry a `roles` claim. Used two ways:
 * - in Vitest: `startOidcProvider({ redirectUri })` → `{ issuer, close }`;
 * - by scripts/e2e-server.sh for Playwright: `tsx tests/support/oidc-provider.ts --redirect-uri …
 *   --write-env … --parent PID`, which, once listening, writes the app's OIDC_* variables for this
 *   provider to the env file (shell `export` lines the script sources), and exits when the parent
 *   process (the e2e server) is gone.
 *
 * Sign-in uses the provider's development pages ("devInteractions"): any login name, any password;
 * the login name is the account. Consent is granted without a page (a first-party client), so the
 * browser sees one form. Known accounts are TEST_ACCOUNTS; any other login name is an architect
 * with the address `{login}@sso.example.com`.
 */
import { generateKeyPairSync } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";

export const TEST_CLIENT = { id: "selector-test", secret: "selector-test-client-secret-0000" };

/** The role claim value the app maps to admin in the tests (OIDC_ADMIN_ROLES). */
export const TEST_ADMIN_ROLE = "selector-admins";

export interface TestAccountClaims {
  email?: string;
  email_verified?: boolean;
  name?: string;
  roles?: string[];
}

export const TEST_ACCOUNTS: Record<string, TestAccountClaims> = {
  "sso-admin": { email: "sso-admin@example.com", email_verified: true, name: "单点登录管理员", roles: [TEST_ADMIN_ROLE, "staff"] },
  "sso-architect": { email: "sso-architect@example.com", email_verified: true, name: "单点登录架构师", roles: ["staff"] },
  /** Claims the address of an existing local account without the provider vouching for it. */
  "sso-unverified": { email: "admin@example.com", email_verified: false, name: "冒用邮箱", roles: [TEST_ADMIN_ROLE] },
};

export interface OidcProviderOptions {
  redirectUri: string;
  port?: number;
  accounts?: Record<string, TestAccountClaims>;
}

export interface RunningOidcProvider {
  issuer: string;
  close(): Promise<void>;
}

interface OidcContext {
  oidc: {
    client: { clientId: string };
    session: { accountId?: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    params?: { scope?: string };
  };
}

function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: "test-signing-key", use: "sig", alg: "RS256" };
}

export async function startOidcProvider({ redirectUri, port = 0, accounts = TEST_ACCOUNTS }: OidcProviderOptions): Promise<RunningOidcProvider> {
  // ESM-only package, loaded on demand so that nothing else pays for it.
  const { default: Provider } = await import("oidc-provider");
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [signingKey()] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], roles: ["roles"] },
    // Put the scopes' claims into the ID token too: the app reads the user from the ID token, as
    // enterprise providers are usually configured to allow.
    conformIdTokenClaims: false,
    pkce: { methods: ["S256"], required: () => true },
    features: { devInteractions: { enabled: true } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    cookies: {
      keys: ["oidc-test-cookie-key-0000000000000000"],
      // Lax, not the default None: browsers drop SameSite=None cookies without Secure over http.
      long: { signed: true, httpOnly: true, sameSite: "lax" },
      short: { signed: true, httpOnly: true, sameSite: "lax" },
    },
    async findAccount(_ctx: unknown, id: string) {
      const claims = accounts[id] ?? { email: `${id}@sso.example.com`, email_verified: true, name: id, roles: ["staff"] };
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
    // A first-party client: every requested scope is granted without a consent page.
    async loadExistingGrant(ctx: OidcContext) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) {
        const existing = await provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope(oidc.params?.scope ?? "openid");
      await grant.save();
      return grant;
    },
  });
  server.on("request", provider.callback());

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The e2e server's provider (see the header); the parent check keeps no orphan on the port. */
async function main() {
  const { values } = parseArgs({
    options: {
      "redirect-uri": { type: "string" },
      port: { type: "string", default: "0" },
      "write-env": { type: "string" },
      parent: { type: "string" },
    },
  });
  const redirectUri = values["redirect-uri"];
  const envFile = values["write-env"];
  if (!redirectUri || !envFile) throw new Error("usage: oidc-provider.ts --redirect-uri URL --write-env FILE [--port N] [--parent PID]");
  const running = await startOidcProvider({ redirectUri, port: Number(values.port) });
  const variables = {
    OIDC_ISSUER: running.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    OIDC_ADMIN_ROLES: TEST_ADMIN_ROLE,
    OIDC_SCOPES: "openid email profile roles",
  };
  // Written in one go once listening: the script waits for the file, then sources it.
  writeFileSync(`${envFile}.tmp`, Object.entries(variables).map(([name, value]) => `export ${name}='${value}'\n`).join(""));
  renameSync(`${envFile}.tmp`, envFile);
  const parent = Number(values.parent);
  if (parent > 0) {
    setInterval(() => {
      try {
        process.kill(parent, 0);
      } catch {
        process.exit(0);
      }
    }, 1000).unref();
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void running.close().then(() => process.exit(0)));
}

if (process.argv[1]?.endsWith("oidc-provider.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
