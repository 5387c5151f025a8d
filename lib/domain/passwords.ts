/**
 * The password rule, for the first admin (ADMIN_PASSWORD) and every account the admin pages create
 * or reset alike, so no account can hold a password another form would refuse.
 */
export const PASSWORD_MIN_CHARS = 10;

/** bcrypt reads only the first 72 bytes: a longer password would match any password sharing them. */
export const PASSWORD_MAX_BYTES = 72;

export function passwordFitsBcrypt(password: string): boolean {
  return new TextEncoder().encode(password).length <= PASSWORD_MAX_BYTES;
}
