/**
 * Cross-field rules restated as JSON Schema. `z.toJSONSchema` cannot see inside a `superRefine`,
 * so a request schema with one also attaches the same rule with `.meta({ allOf: [...] })`, built
 * from these two helpers; otherwise a body built from the OpenAPI document could be refused.
 * Rules are combined with `oneOf`/`anyOf` only (no `if`/`not`) so that any OpenAPI 3.1 tool can
 * evaluate them.
 */
export type JsonSchema = Record<string, unknown>;

/** Holds when the member at `path` (e.g. ["facts", "xinchuang"]) exists and matches `leaf`. */
export function present(path: readonly string[], leaf: JsonSchema = {}): JsonSchema {
  return path.reduceRight<JsonSchema>(
    (inner, key) => ({ required: [key], ...(Object.keys(inner).length > 0 ? { properties: { [key]: inner } } : {}) }),
    leaf,
  );
}

/** Holds when the member at `path` is missing or matches `leaf`. */
export function absentOr(path: readonly string[], leaf: JsonSchema): JsonSchema {
  return path.reduceRight<JsonSchema>((inner, key) => ({ properties: { [key]: inner } }), leaf);
}
