/**
 * Where a sign-in may send the browser afterwards: only back into this site. A `callbackUrl` is
 * resolved against the site's origin with `new URL`, as the browser will resolve it, and kept only
 * when it stays on that origin. Backslashes and control characters are refused before that: the
 * browser reads `/\other.host` as `//other.host` and drops tabs and newlines, so what a server-side
 * check sees and what the browser does would differ.
 */
const UNSAFE = /[\\\u0000-\u001f\u007f]/;

/** The same-origin URL `value` names, or null when it leaves the site or does not parse. */
export function sameOriginUrl(value: unknown, origin: string): URL | null {
  if (typeof value !== "string" || value === "" || value.length > 2048 || UNSAFE.test(value)) return null;
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    return null;
  }
  try {
    const url = new URL(value, base);
    return url.origin === base.origin && (url.protocol === "http:" || url.protocol === "https:") ? url : null;
  } catch {
    return null;
  }
}

/**
 * For a `router.push`: the path, query and fragment of a same-origin callback, else `fallback`.
 * Leading slashes are collapsed: `/.//other.host` resolves to the path `//other.host`, which as a
 * relative URL would name another host.
 */
export function safeCallbackPath(value: unknown, origin: string, fallback = "/start"): string {
  const url = sameOriginUrl(value, origin);
  return url ? `/${url.pathname.replace(/^\/+/, "")}${url.search}${url.hash}` : fallback;
}

/** next-auth's `callbacks.redirect`: never throws (its default does, on a URL that does not parse). */
export function redirectCallback({ url, baseUrl }: { url: string; baseUrl: string }): string {
  return sameOriginUrl(url, baseUrl)?.href ?? baseUrl;
}
