/**
 * Secrets handed to people and programs — share-link tokens, personal access tokens, the
 * anonymous browser key, invitation tokens: 32 random bytes, base64url; only their SHA-256 is
 * stored, so a database dump opens nothing.
 */
import { createHash, randomBytes } from "node:crypto";

export const newSecret = (): string => randomBytes(32).toString("base64url");

export const secretHash = (secret: string): string => createHash("sha256").update(secret, "utf8").digest("hex");

/** A secret as it may arrive: base64url of 32 bytes (43 characters). Anything else is not ours. */
export const looksLikeSecret = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

/** Personal access tokens carry a prefix, so a leaked one is recognisable in logs and scanners. */
export const TOKEN_PREFIX = "tjgo_pat_";
