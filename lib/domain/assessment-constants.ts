/**
 * Limits and options of the questionnaire, free of zod so the browser can read them without
 * loading the schemas (lib/validations/assessment.ts builds its schemas from these).
 */

/** Go versions offered by the questionnaire (the survey's floors are 1.18–1.22, 《Golang 天津技术栈选型决策树（2024 京津冀版）》 ch.1). */
export const GO_VERSION_OPTIONS = ["1.18", "1.19", "1.20", "1.21", "1.22", "1.23", "1.24"] as const;

export const SYSTEM_NAME_MAX = 80;
export const MAX_DEPENDENCY_ROWS = 50;

/** Assessment ids are 18 random bytes = 24 base64url characters (lib/assessments/id.ts). */
export const ASSESSMENT_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;
