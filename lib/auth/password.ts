/** Password hashing with bcrypt (cost 12): slow on purpose, pure JS (no native build). */
import bcrypt from "bcryptjs";

const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Passwords refused when NODE_ENV=production (README: "Sign in"). */
export const DEFAULT_ADMIN_PASSWORD = "tianjin-admin-2024";
