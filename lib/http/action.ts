/**
 * The server-action twin of `apiRoute`. A server action is a public endpoint, so each one is
 * declared with its zod schema and runs only for an enabled admin (`adminFormAction`) or a
 * signed-in user (`userFormAction`, whose `run` then checks what that user may do): parse the
 * input, check the session and role, run, and return failures as data for the form — field errors from the
 * schema, `title：detail` of an `AppError` (lib/errors.ts). Anything else is a bug and is thrown.
 */
import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import type { ActionState, FormState } from "@/lib/http/action-state";
import { requireAdminPage, requireUserPage, type CurrentUser } from "@/lib/session";

interface AdminActionOptions<Input, Data extends object> {
  schema: z.ZodType<Input>;
  /** The page to come back to after signing in. */
  page: string | ((input: Input | undefined) => string);
  /** Message for input that fails its schema; by default the first issue's own message. */
  invalid?: string;
  run: (input: Input, admin: CurrentUser) => Promise<ActionState<NoInfer<Data>>>;
}

async function runAction<Input, Data extends object>(
  options: AdminActionOptions<Input, Data>,
  raw: unknown,
  requireUser: (page: string) => Promise<CurrentUser>,
): Promise<ActionState<Data>> {
  const parsed = options.schema.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
  const page = typeof options.page === "string" ? options.page : options.page(parsed.success ? parsed.data : undefined);
  const admin = await requireUser(page);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
    return { ok: false, message: options.invalid ?? parsed.error.issues[0]?.message ?? "请求无效", fieldErrors };
  }
  try {
    return await options.run(parsed.data, admin);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const fieldErrors: Record<string, string[]> = {};
    for (const field of error.fields ?? []) (fieldErrors[field.path] ??= []).push(field.message);
    return { ok: false, message: error.detail ? `${error.title}：${error.detail}` : error.title, fieldErrors };
  }
}

/** For `useActionState(action, null)`: `(previousState, formData)`. */
export function adminFormAction<Input, Data extends object = object>(options: AdminActionOptions<Input, Data>) {
  return async (_previous: FormState<Data>, form: FormData): Promise<FormState<Data>> => runAction(options, form, requireAdminPage);
}

/** Like `adminFormAction` for any signed-in user; `run` receives the user and checks their rights. */
export function userFormAction<Input, Data extends object = object>(options: AdminActionOptions<Input, Data>) {
  return async (_previous: FormState<Data>, form: FormData): Promise<FormState<Data>> => runAction(options, form, requireUserPage);
}

/** For an action the client calls directly with a plain object. */
export function adminAction<Input, Data extends object = object>(options: AdminActionOptions<Input, Data>) {
  return async (input: unknown) => runAction(options, input, requireAdminPage);
}
