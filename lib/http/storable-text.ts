/**
 * JSON can carry text neither database can store (lib/domain/storable-text.ts). It reached the
 * database and failed there as a 500, so `readJson` refuses it once for every JSON body, before
 * its schema, naming each field like a schema error does.
 */
import { hasUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/domain/storable-text";
import { AppError, INVALID_INPUT_TITLE, type FieldError } from "@/lib/errors";

/** A 64 KB body could name thousands of fields; the first ones are enough to fix the sender. */
const MAX_REPORTED = 20;


/** Dotted paths ("a.b.0.c", "" for the root) of every string value or object key that cannot be stored. */
export function unstorableTextPaths(value: unknown): string[] {
  const found: string[] = [];
  // Iterative on purpose: a 64 KB body can nest thousands of levels deep, past the call stack.
  const pending: [unknown, string][] = [[value, ""]];
  while (pending.length > 0 && found.length < MAX_REPORTED) {
    const [current, path] = pending.pop()!;
    if (typeof current === "string") {
      if (hasUnstorableText(current)) found.push(path);
    } else if (current !== null && typeof current === "object") {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const childPath = path === "" ? key : `${path}.${key}`;
        if (hasUnstorableText(key)) found.push(childPath);
        else pending.push([child, childPath]);
      }
    }
  }
  return found.slice(0, MAX_REPORTED);
}

/** 400 with one field error per unstorable string, or undefined when every string can be stored. */
export function unstorableTextError(value: unknown): AppError | undefined {
  const paths = unstorableTextPaths(value);
  if (paths.length === 0) return undefined;
  const fields: FieldError[] = paths.map((path) => ({ path, message: UNSTORABLE_TEXT_MESSAGE }));
  return new AppError({
    status: 400,
    code: "invalid-input",
    title: INVALID_INPUT_TITLE,
    detail: "请求中有文本含无法保存的字符，请按字段修改后重试",
    fields,
  });
}
