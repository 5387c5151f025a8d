/**
 * Runs before every page request: a fresh CSP nonce (Next reads it from the request's CSP header and
 * puts it on its own scripts), the other security headers — HSTS when the public URL is https, read
 * here at run time — and a request id for the logs.
 * Authorisation is NOT done here: every admin page, route and action checks the role itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce, transportSecurityHeaders } from "@/lib/security/headers";
import { env } from "@/lib/env";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  if (!requestHeaders.has("x-request-id")) requestHeaders.set("x-request-id", crypto.randomUUID());

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  const headers = { ...STATIC_SECURITY_HEADERS, ...transportSecurityHeaders(env().NEXTAUTH_URL) };
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestHeaders.get("x-request-id") ?? "");
  return response;
}

export const config = {
  // Not the API: for every request the proxy sees, Next reads the whole body first and keeps up to
  // 10 MB of it for the route (next/dist/server/next-server.js, cloneBodyStream), which would undo
  // readJson's and the import's limits counted while reading. The API gets its origin check from
  // apiRoute and its headers from next.config.ts, as do the static files skipped here.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
