/** Every documented operation, by feature. Each feature owns its file in this folder. */
import type { OperationSpec } from "@/lib/openapi/spec";
import { assessmentOperations } from "@/lib/openapi/paths/assessments";
import { adminOperations } from "@/lib/openapi/paths/admin";
import { compatCheckOperations } from "@/lib/openapi/paths/compat-check";
import { decisionOperations } from "@/lib/openapi/paths/decision";
import { gomodOperations } from "@/lib/openapi/paths/gomod";
import { methodOperations } from "@/lib/openapi/paths/method";
import { reportOperations } from "@/lib/openapi/paths/report";
import { systemOperations } from "@/lib/openapi/paths/system";
import { surveyOperations } from "@/lib/openapi/paths/survey";

export const ALL_OPERATIONS: readonly OperationSpec[] = [
  ...systemOperations,
  ...decisionOperations,
  ...methodOperations,
  ...adminOperations,
  ...assessmentOperations,
  ...surveyOperations,
  ...compatCheckOperations,
  ...gomodOperations,
  ...reportOperations,
];
