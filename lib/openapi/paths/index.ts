/** Every documented operation, by feature. Each feature owns its file in this folder. */
import type { OperationSpec } from "@/lib/openapi/spec";
import { systemOperations } from "@/lib/openapi/paths/system";

export const ALL_OPERATIONS: readonly OperationSpec[] = [...systemOperations];
