/**
 * Runs once when the server starts, before it accepts requests: installs the client-address stamp
 * (lib/session/client-address.ts), so that the very first requests — not only those after the
 * module happens to be loaded — are keyed by an address the client cannot choose.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/lib/session/client-address");
}
