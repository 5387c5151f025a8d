/**
 * Security headers for every response (docs/decisions/004-security-headers-and-auth.md).
 * Scripts: only ours, by per-request nonce ('strict-dynamic'), never 'unsafe-inline'.
 * Styles: 'unsafe-inline' is allowed because charts set style attributes; styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * API responses are data and static files are scripts, styles, fonts and images, never documents
 * of ours: nothing may load or frame them. Static headers (next.config.ts), no proxy hop needed.
 */
export const API_SECURITY_HEADERS: Record<string, string> = {
  ...STATIC_SECURITY_HEADERS,
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

/**
 * HSTS when the public URL (`NEXTAUTH_URL`) is https: the browser then never tries plain http for
 * this host again, where the first request — and the session cookie with it — could be
 * intercepted. Nothing for an http URL: a local or intranet install must stay reachable over
 * http, and browsers ignore the header on http responses anyway.
 */
export function transportSecurityHeaders(publicUrl: string | undefined): Record<string, string> {
  return /^https:\/\//i.test(publicUrl ?? "") ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {};
}
