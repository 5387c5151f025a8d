/**
 * Server actions anyone may call — accepting an invitation, registering while registration is open
 * — with the same shape as the admin ones (lib/http/action.ts): the input parsed by its zod schema,
 * field errors and AppErrors returned as form state, anything else thrown as the bug it is. What
 * such an action may do is decided inside it (the invitation's token, the registration switch and
 * its rate limit), never by who is signed in.
 */
import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";

/**
 * The shape of lib/http/action-state.ts `ActionState`, restated here (lib/http already depends on
 * lib/session, so this module cannot import it); the forms read the result as that type.
 */
type ActionState<Data extends object> =
  | ({ ok: true; message: string; fieldErrors?: never } & Data)
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };
type FormState<Data extends object> = ActionState<Data> | null;

interface PublicActionOptions<Input, Data extends object> {
  schema: z.ZodType<Input>;
  invalid?: string;
  run: (input: Input) => Promise<ActionState<NoInfer<Data>>>;
}

const fieldErrorsOf = (entries: { path: string; message: string }[]) => {
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of entries) (fieldErrors[path] ??= []).push(message);
  return fieldErrors;
};

export function publicFormAction<Input, Data extends object = object>(options: PublicActionOptions<Input, Data>) {
  return async (_previous: FormState<Data>, form: FormData): Promise<FormState<Data>> => {
    const parsed = options.schema.safeParse(Object.fromEntries(form));
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })));
      return { ok: false, message: options.invalid ?? parsed.error.issues[0]?.message ?? "请求无效", fieldErrors };
    }
    try {
      return await options.run(parsed.data);
    } catch (error) {
      if (!isAppError(error)) throw error;
      return { ok: false, message: error.detail ? `${error.title}：${error.detail}` : error.title, fieldErrors: fieldErrorsOf(error.fields ?? []) };
    }
  };
}
