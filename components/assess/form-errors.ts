/** react-hook-form's nested errors → field paths with messages, in questionnaire order. */
import type { FieldErrors } from "react-hook-form";
import { questionOrder } from "@/lib/assessments/questions";

export interface PathError {
  path: string;
  message: string;
}

export function flattenErrors(errors: FieldErrors, prefix = ""): PathError[] {
  const out: PathError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === "ref" || key === "root" || value === null || typeof value !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const node = value as { message?: unknown; type?: unknown };
    if (typeof node.message === "string" && node.message !== "") out.push({ path, message: node.message });
    const children = Object.fromEntries(Object.entries(value).filter(([k]) => !["ref", "message", "type", "types"].includes(k)));
    out.push(...flattenErrors(children as FieldErrors, path));
  }
  return out.sort((a, b) => questionOrder(a.path) - questionOrder(b.path));
}
