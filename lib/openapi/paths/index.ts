/** Every documented operation, by feature. Each feature owns its file in this folder. */
import type { OperationSpec } from "@/lib/openapi/spec";
import { decisionOperations } from "@/lib/openapi/paths/decision";
import { systemOperations } from "@/lib/openapi/paths/system";

export const ALL_OPERATIONS: readonly OperationSpec[] = [
  ...systemOperations,
  ...decisionOperations,
];
