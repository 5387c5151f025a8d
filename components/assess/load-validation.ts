/** Loads ./validation (zod + schemas) once per page, outside the first-load bundle. */
export type Validation = typeof import("./validation");

let loading: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
  loading ??= import("./validation");
  return loading;
}
