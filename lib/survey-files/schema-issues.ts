/**
 * The shared schema writes Chinese messages for the checks a user can trip; zod's own defaults
 * (English) are replaced here so that no English reaches the admin.
 */
import { schemaMessages } from "./file-messages";

export interface SchemaIssue {
  code: string;
  message: string;
  maximum?: unknown;
  minimum?: unknown;
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

export function schemaIssueMessage(issue: SchemaIssue): string {
  if (HAS_CHINESE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_big":
      return schemaMessages.tooBig(issue.maximum);
    case "too_small":
      return schemaMessages.tooSmall(issue.minimum);
    case "invalid_type":
      return schemaMessages.invalidType;
    case "invalid_format":
      return schemaMessages.invalidFormat;
    default:
      return schemaMessages.invalidValue;
  }
}
