import type { ReactNode } from 'react';

/** The editor's problems: field path -> message, and whether to show them yet. */
export interface Problems {
  show: (path: string) => string | undefined;
  /** The first problem at this path or below it (a list's rows, a key's entries). */
  under: (path: string) => string | undefined;
}

export function FieldError({ id, message }: { id?: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <span id={id} className="field__error" role="alert">
      {message}
    </span>
  );
}

/** A labelled control with its hint and its problem. */
export function Field({
  label,
  htmlFor,
  error,
  hint,
  children,
}: {
  label: string;
  htmlFor: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
      {hint !== undefined && <span className="field__hint">{hint}</span>}
      <FieldError id={`${htmlFor}-error`} message={error} />
    </div>
  );
}

/** A number typed as text (so a half-typed "0." stays), checked when saved. */
export function NumberInput({
  id,
  label,
  value,
  onChange,
  invalid,
  mode = 'decimal',
  narrow = true,
}: {
  id: string;
  label?: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean | undefined;
  mode?: 'decimal' | 'numeric';
  narrow?: boolean;
}) {
  return (
    <input
      id={id}
      className={`input${narrow ? ' input--narrow' : ''}`}
      inputMode={mode}
      value={value}
      aria-label={label}
      aria-invalid={invalid === true ? true : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** Replaces the entry at `i` of a list with `patch` applied. */
export function patchAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, j) => (j === i ? { ...x, ...patch } : x));
}
