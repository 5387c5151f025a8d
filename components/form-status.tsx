/** What a server action's form shows: its outcome, and each field's first error wired to its input. */
import type { FormState } from "@/lib/http/action-state";

export function Status({ state }: { state: FormState }) {
  if (!state) return null;
  return (
    <p className={`alert ${state.ok ? "ok" : "bad"}`} role="status">
      {state.message}
    </p>
  );
}

/** The first error of field `name`, with the id `idPrefix-name-error` its input points at. */
export function FieldError({ state, name, idPrefix }: { state: FormState; name: string; idPrefix?: string }) {
  const message = state?.fieldErrors?.[name]?.[0];
  return message ? (
    <p className="error" id={`${idPrefix ? `${idPrefix}-` : ""}${name}-error`}>
      {message}
    </p>
  ) : null;
}

/** aria attributes of an input whose field has an error. */
export function invalidProps(state: FormState, name: string, idPrefix?: string) {
  return state?.fieldErrors?.[name] ? { "aria-invalid": true, "aria-describedby": `${idPrefix ? `${idPrefix}-` : ""}${name}-error` } : {};
}
