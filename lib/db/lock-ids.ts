/**
 * PostgreSQL advisory lock ids, one per purpose, in one place so two purposes never share one
 * (a shared id makes an instance's start-up wait for an import, or an import fail as busy).
 * Arbitrary fixed numbers: "tj-go-stack" 727_311_04x.
 */
export const PG_LOCK_IDS = {
  migrations: 727_311_042,
  surveyImport: 727_311_043,
  setup: 727_311_044,
} as const;
