/**
 * What a server action returns to its form: success with a message (and any data the form
 * needs), or a failure with a message and the offending fields. Kept free of server code so
 * client components can import it.
 */
export type ActionState<Data extends object = object> =
  | ({ ok: true; message: string; fieldErrors?: never } & Data)
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** `useActionState`'s state before the first submission. */
export type FormState<Data extends object = object> = ActionState<Data> | null;
