/**
 * next-auth's endpoints, behind one guard: next-auth answers 500 ("server configuration") before
 * any of our callbacks run when the `callbackUrl` query parameter or the callback-url cookie is
 * not a URL it can parse. An unusable or off-site one is dropped here instead, and next-auth falls
 * back to the site's root. The body's `callbackUrl` reaches `callbacks.redirect`, which never throws.
 */
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { authOptions } from "@/lib/session/auth-options";
import { sameOriginUrl } from "@/lib/session/redirect";

const nextAuth = NextAuth(authOptions);
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const origin = env().NEXTAUTH_URL ?? request.nextUrl.origin;
  const jar = await cookies();
  for (const name of CALLBACK_COOKIES) {
    const value = jar.get(name)?.value;
    if (value && !sameOriginUrl(value, origin)) jar.delete(name);
  }
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl === null || sameOriginUrl(callbackUrl, origin)) return nextAuth(request, context);
  const url = request.nextUrl.clone();
  url.searchParams.delete("callbackUrl");
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  // `duplex` is what fetch requires to pass a streamed body on; DOM's RequestInit type lacks it.
  const init = { method: request.method, headers: request.headers, body: hasBody ? request.body : undefined, duplex: "half" };
  return nextAuth(new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]), context);
}

export { handler as GET, handler as POST };
