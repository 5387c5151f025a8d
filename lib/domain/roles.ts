/** Account roles: admins manage the survey, users and teams; architects own assessments. */
export const ROLES = ["admin", "architect"] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
