/**
 * "Does the OpenAPI document accept this body?", answered by a real JSON Schema 2020-12 validator
 * (ajv). `strictSchema`: a keyword ajv does not know throws, so a documented rule never passes
 * unread; OpenAPI's own annotation `example` is declared as one. The type-strictness checks are off
 * because they judge how a schema is written (zod's output), not what it accepts.
 */
import Ajv2020 from "ajv/dist/2020";

export type Schema = boolean | { [keyword: string]: unknown };

const ajv = new Ajv2020({ strictSchema: true, strictTypes: false, strictTuples: false, strictRequired: false, validateFormats: false });
ajv.addKeyword({ keyword: "example" });

const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

export function accepts(schema: Schema, value: unknown): boolean {
  if (typeof schema === "boolean") return schema;
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) === true;
}
