/**
 * Cross-site request forgery defence for the API (docs/decisions/004). A page on another origin
 * can make the admin's browser post a form to us with the session cookie attached — SameSite=Lax
 * does not stop a sibling origin of the same site, and a multipart form needs no preflight. A
 * browser always says where such a request comes from: `Origin` on every cross-origin POST, and
 * `Sec-Fetch-Site` on every request of a current browser. So a state-changing request is refused
 * unless it comes from the app's own origin; one with neither header is not from a browser (curl,
 * the CLI, pipelines) and carries no victim's cookie, so it is let through.
 */
import { AppError } from "@/lib/errors";

/** Origin of the public URL (`NEXTAUTH_URL`), the one browsers see behind a TLS-terminating proxy. */
function publicOrigin(publicUrl: string | undefined): string | undefined {
  if (!publicUrl) return undefined;
  try {
    return new URL(publicUrl).origin;
  } catch {
    return undefined;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** `Sec-Fetch-Site` values of a request the app's own pages (or the user, typing a URL) made. */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * The app's origins: the public URL's, and the one the request was addressed to — its Host with
 * the scheme the server saw — which makes local use work on any address (localhost, 127.0.0.1, a
 * LAN IP) without configuration; a forging page cannot make the browser's `Origin` equal the Host
 * it sends the request to. The latter only with the public URL's scheme: behind a TLS-terminating
 * proxy the server sees http, and `http://host` must not pass for `https://host`.
 */
function ownOrigins(request: Request, publicUrl: string | undefined): string[] {
  const configured = publicOrigin(publicUrl);
  const host = request.headers.get("host");
  const protocol = new URL(request.url).protocol;
  const addressed = host && (!configured || configured.startsWith(`${protocol}//`)) ? `${protocol}//${host.toLowerCase()}` : undefined;
  return [configured, addressed].filter((origin): origin is string => origin !== undefined);
}

/** A 403 for a state-changing request from another origin, or undefined when it may proceed. */
export function crossOriginRefusal(request: Request, publicUrl: string | undefined): AppError | undefined {
  if (SAFE_METHODS.has(request.method)) return undefined;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    return ownOrigins(request, publicUrl).includes(origin.toLowerCase()) ? undefined : refused();
  }
  const site = request.headers.get("sec-fetch-site");
  return site === null || OWN_FETCH_SITES.has(site) ? undefined : refused();
}

function refused(): AppError {
  return new AppError({
    status: 403,
    code: "cross-origin-request",
    title: "跨站请求已拒绝",
    detail: "该请求来自其他站点的页面，为防止冒用您的登录状态已拒绝；请在本站页面中操作",
  });
}
