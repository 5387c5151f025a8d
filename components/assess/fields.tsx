"use client";

/**
 * Labelled questionnaire fields wired for assistive technology: a real <label> (or <legend> for
 * groups), help text and the error joined by aria-describedby, aria-invalid on error. Values are
 * converted at the field: "" → undefined, numbers as numbers, yes/no as booleans, so the form
 * state is exactly what the zod schema expects.
 */
import type { ReactNode } from "react";
import { Controller, get, useFormContext, type FieldValues } from "react-hook-form";

export const fieldId = (name: string) => `q-${name.replace(/\./g, "-")}`;

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const toNumber = (value: unknown) => {
  if (value === "" || value === null || value === undefined) return undefined;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isNaN(n) ? value : n;
};

export function useFieldError(name: string): string | undefined {
  const {
    formState: { errors },
  } = useFormContext<FieldValues>();
  const error = get(errors, name) as { message?: string } | undefined;
  return error?.message;
}

function describedBy(id: string, help: boolean, error: boolean) {
  const ids = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="error" id={`${id}-error`}>
      {message}
    </p>
  ) : null;
}

export function Help({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p className="help" id={`${id}-help`}>
      {children}
    </p>
  ) : null;
}

interface BaseProps {
  name: string;
  label: string;
  help?: ReactNode;
  /** Something shown after the input (e.g. the derived factor value). */
  after?: ReactNode;
}

export function SelectField({ name, label, help, after, options, placeholder = "请选择" }: BaseProps & {
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}) {
  const { register } = useFormContext<FieldValues>();
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Help id={id}>{help}</Help>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(help), Boolean(error))}
        {...register(name, { setValueAs: emptyToUndefined })}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} message={error} />
      {after}
    </div>
  );
}

export function NumberField({ name, label, help, after, min, max, step = 1, unit, hideLabel }: BaseProps & {
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  hideLabel?: boolean;
}) {
  const { register } = useFormContext<FieldValues>();
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? "sr-only" : undefined}>
        {label}
      </label>
      <Help id={id}>{help}</Help>
      <div className="input-unit">
        <input
          id={id}
          type="number"
          inputMode={step < 1 ? "decimal" : "numeric"}
          min={min}
          max={max}
          step={step}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(help), Boolean(error))}
          {...register(name, { setValueAs: toNumber })}
        />
        {unit ? <span className="muted">{unit}</span> : null}
      </div>
      <FieldError id={id} message={error} />
      {after}
    </div>
  );
}

export function TextField({ name, label, help, maxLength }: BaseProps & { maxLength?: number }) {
  const { register } = useFormContext<FieldValues>();
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Help id={id}>{help}</Help>
      <input
        id={id}
        type="text"
        maxLength={maxLength}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(help), Boolean(error))}
        {...register(name, { setValueAs: emptyToUndefined })}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}

/** A group of radio buttons in a fieldset; values are strings or booleans. */
export function RadioGroupField<V extends string | boolean>({ name, label, help, options, renderOption }: BaseProps & {
  options: readonly { value: V; label: string }[];
  renderOption?: (value: V) => ReactNode;
}) {
  const { control } = useFormContext<FieldValues>();
  const id = fieldId(name);
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <fieldset
          id={id}
          tabIndex={-1}
          role="radiogroup"
          aria-labelledby={`${id}-legend`}
          className={`field choice-group${renderOption ? " cards" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(help), Boolean(error))}
        >
          <legend id={`${id}-legend`}>{label}</legend>
          <Help id={id}>{help}</Help>
          <div className="choices">
            {options.map((o, index) => {
              const optionId = `${id}-${String(o.value)}`;
              return (
                <label key={String(o.value)} htmlFor={optionId} className="choice">
                  <input
                    id={optionId}
                    type="radio"
                    name={name}
                    ref={index === 0 ? field.ref : undefined}
                    checked={field.value === o.value}
                    onChange={() => field.onChange(o.value)}
                    onBlur={field.onBlur}
                  />
                  <span>
                    <span className="choice-label">{o.label}</span>
                    {renderOption ? renderOption(o.value) : null}
                  </span>
                </label>
              );
            })}
          </div>
          <FieldError id={id} message={error} />
        </fieldset>
      )}
    />
  );
}

export const YES_NO = [
  { value: true, label: "是" },
  { value: false, label: "否" },
] as const;

export function CheckboxField({ name, label, help }: BaseProps) {
  const { register } = useFormContext<FieldValues>();
  const id = fieldId(name);
  return (
    <div className="field check-field">
      <input id={id} type="checkbox" aria-describedby={help ? `${id}-help` : undefined} {...register(name)} />
      <label htmlFor={id}>{label}</label>
      <Help id={id}>{help}</Help>
    </div>
  );
}
