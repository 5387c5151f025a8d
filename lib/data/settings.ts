/**
 * Settings an admin changes at run time, one row each in AppSetting, so every instance reads the
 * same value (no per-process cache: they are read on the few pages and actions that need them).
 * The caller has checked the admin role before changing one.
 */
import type { Db } from "@/lib/db/client";

/** Whether anyone may create an architect account at /register: "on" or "off" (the default). */
export const SELF_REGISTRATION = "self-registration";

export async function selfRegistrationOpen(db: Db): Promise<boolean> {
  const row = await db.appSetting.findUnique({ where: { key: SELF_REGISTRATION } });
  // Anything but an explicit "on" — no row, a value written by hand — keeps registration closed.
  return row?.value === "on";
}

export async function setSelfRegistration(db: Db, open: boolean): Promise<void> {
  const value = open ? "on" : "off";
  await db.appSetting.upsert({ where: { key: SELF_REGISTRATION }, create: { key: SELF_REGISTRATION, value }, update: { value } });
}
