/**
 * Runs before every page request: a fresh CSP nonce (Next reads it from the request's CSP header and
 * puts it on its own scripts), the other security headers, and a request id for the logs.
 * Authorisation is NOT done here: every admin page, route and action checks the role itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  if (!requestHeaders.has("x-request-id")) requestHeaders.set("x-request-id", crypto.randomUUID());

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestHeaders.get("x-request-id") ?? "");
  return response;
}

export const config = {
  // API routes get static headers from next.config.ts (no nonce needed, and no proxy hop on the hot path).
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
