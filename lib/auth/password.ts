/** Password hashing with bcrypt (cost 12): slow on purpose, pure JS (no native build). */
import bcrypt from "bcryptjs";
import { PASSWORD_MAX_BYTES, passwordFitsBcrypt } from "@/lib/domain/passwords";

const COST = 12;

/**
 * A cost-12 hash of a throw-away password. Sign-in compares against it when the e-mail has no
 * account, so that an unknown e-mail costs the same bcrypt work as a known one and the response
 * time does not tell which addresses have accounts.
 */
const DUMMY_HASH = "$2b$12$AVtLQclhsGQCvzjGPYzlBuLAceLTTpoUIdleVfK3ILmMRoPLNp4Oe";

const tooLong = (password: string) => !passwordFitsBcrypt(password);

export function hashPassword(password: string): Promise<string> {
  // The schemas refuse longer passwords with a field error; this guards every other caller.
  if (tooLong(password)) return Promise.reject(new RangeError(`password longer than ${PASSWORD_MAX_BYTES} bytes`));
  return bcrypt.hash(password, COST);
}

/**
 * Always runs one bcrypt comparison, against `hash` or the dummy hash when there is none. A
 * password over 72 bytes never matches: bcrypt would compare only its first 72 bytes.
 */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return matches && hash !== null && !tooLong(password);
}

/** Passwords refused when NODE_ENV=production (README: "Sign in"). */
export const DEFAULT_ADMIN_PASSWORD = "tianjin-admin-2024";
