/**
 * Enterprise single sign-on through an OpenID Connect provider (README "Single sign-on"): next-auth's
 * OAuth provider with discovery, the authorization-code flow with PKCE and state, and the user read
 * from the validated ID token. Configured only when OIDC_ISSUER, OIDC_CLIENT_ID and
 * OIDC_CLIENT_SECRET are set (lib/env.ts).
 *
 * The role comes from the ID token's OIDC_ROLE_CLAIM on every sign-in: any value listed in
 * OIDC_ADMIN_ROLES makes an admin, anything else (or no claim) an architect. The account is found
 * or made by lib/data/users.ts `provisionSsoUser`; the token then carries the same fields as a
 * password sign-in (uid, role, sv), so sessions end the same way (session-state.ts).
 */
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { SsoIdentity, SsoRefusal } from "@/lib/data/users";
import type { OidcConfig } from "@/lib/env";
import type { Role } from "@/lib/session/session-state";
import { z } from "@/lib/validations/zod";

export const OIDC_PROVIDER_ID = "oidc";

type Claims = Record<string, unknown>;

/**
 * The values of the role claim: a list of strings, or one string of values separated by spaces or
 * commas. `name` is the claim's name, or a dotted path into nested claims (Keycloak's
 * `realm_access.roles`); a claim whose own name contains dots is found first.
 */
export function claimValues(claims: Claims, name: string): string[] {
  let value: unknown = claims[name];
  if (value === undefined && name.includes(".")) {
    value = name.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" && !Array.isArray(node) ? (node as Claims)[key] : undefined), claims);
  }
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === "string" && entry !== "");
  return [];
}

export function roleFromClaims(claims: Claims, config: Pick<OidcConfig, "roleClaim" | "adminRoles">): Role {
  const values = new Set(claimValues(claims, config.roleClaim));
  return config.adminRoles.some((role) => values.has(role)) ? "admin" : "architect";
}

const claimsSchema = z.object({
  iss: z.string().min(1).max(500),
  sub: z.string().min(1).max(255),
  email: z.email().max(200).optional().catch(undefined),
  // Some providers send the boolean as a string.
  email_verified: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]).optional().catch(undefined),
  name: z.string().max(200).optional().catch(undefined),
  preferred_username: z.string().max(200).optional().catch(undefined),
});

/** The identity in validated ID-token claims, or null when issuer or subject is missing. */
export function identityFromClaims(claims: Claims): SsoIdentity | null {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  const { iss, sub, email, email_verified, name, preferred_username } = parsed.data;
  return { issuer: iss, subject: sub, email: email ?? null, emailVerified: email_verified === true, name: name ?? preferred_username ?? null };
}

/**
 * Why a single sign-on was refused, as the `error` query parameter of /signin (next-auth's error
 * redirect carries the thrown message there) and the sentence the page shows for it.
 */
export const SSO_ERRORS = {
  SsoDisabled: "该账号已被停用，请联系管理员",
  SsoNoEmail: "身份提供方没有提供邮箱，无法登录；请联系管理员在身份提供方补充邮箱",
  SsoEmailUnverified: "该邮箱已有本地账号，但身份提供方未确认该邮箱属于您，无法关联；请联系管理员",
  SsoEmailLinked: "该邮箱的账号已关联另一个单点登录身份，无法关联；请联系管理员",
  SsoInvalidToken: "身份提供方返回的身份信息不完整，无法登录",
  SsoUnavailable: "单点登录暂时不可用，请稍后再试或使用邮箱密码登录",
} as const;
export type SsoErrorCode = keyof typeof SSO_ERRORS;

export const REFUSAL_CODES: Record<SsoRefusal, SsoErrorCode> = {
  disabled: "SsoDisabled",
  "no-email": "SsoNoEmail",
  "email-unverified": "SsoEmailUnverified",
  "email-linked-elsewhere": "SsoEmailLinked",
};

/** next-auth's own error codes an SSO attempt can end with, in Chinese (anything else: generic). */
export const NEXT_AUTH_ERRORS: Record<string, string> = {
  OAuthSignin: "无法跳转到身份提供方，请稍后再试",
  OAuthCallback: "身份提供方的登录结果无法验证，请重新登录",
  OAuthAccountNotLinked: SSO_ERRORS.SsoEmailLinked,
  AccessDenied: "登录被拒绝",
  Callback: "登录未完成，请重新登录",
  Configuration: "登录配置有误，请联系管理员",
  SessionRequired: "请先登录",
};

/** The sentence for `/signin?error=…`, or null when there is none. */
export function signInErrorMessage(code: string | undefined): string | null {
  if (!code || code === "CredentialsSignin") return null;
  if (Object.hasOwn(SSO_ERRORS, code)) return SSO_ERRORS[code as SsoErrorCode];
  return Object.hasOwn(NEXT_AUTH_ERRORS, code) ? NEXT_AUTH_ERRORS[code]! : "登录失败，请重新登录";
}

/** next-auth's provider for the configured OpenID Connect issuer. */
export function oidcProvider(config: OidcConfig): OAuthConfig<Claims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    // The discovery document names the endpoints and keys; the ID token's issuer must match it.
    wellKnown: `${config.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    idToken: true,
    checks: ["pkce", "state"],
    authorization: { params: { scope: config.scopes } },
    client: { token_endpoint_auth_method: "client_secret_basic" },
    // Only what next-auth needs to go on; the account is found or made in the signIn callback.
    profile(claims) {
      return { id: String(claims.sub ?? ""), email: typeof claims.email === "string" ? claims.email : null, name: typeof claims.name === "string" ? claims.name : null };
    },
  };
}
