/** Account roles: admins manage the survey, users and teams; architects own assessments. */
export const ROLES = ["admin", "architect"] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const ROLE_LABELS: Readonly<Record<Role, string>> = Object.freeze({ admin: "管理员", architect: "架构师" });

/** The header's "name（role）", without repeating a name that already is the role (the seeded 管理员). */
export function nameWithRole(name: string, role: Role): string {
  const label = ROLE_LABELS[role];
  return name === label ? name : `${name}（${label}）`;
}
