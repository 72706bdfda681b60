import type { ApiErrorBody } from '@shared/api/result';
import { shownError } from '../errors/error-text';

/** The message of an error about this field (or one inside it), or null. */
export function fieldError(error: ApiErrorBody | null, field: string): string | null {
  if (!error || error.field === undefined) return null;
  return error.field === field || error.field.startsWith(`${field}.`) ? shownError(error) : null;
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The API field this input fills, so its refusal shows under it. */
  field: string;
  error: ApiErrorBody | null;
  type?: 'text' | 'email' | 'password';
  hint?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'email' | 'text';
  placeholder?: string;
}

/** A labelled input that shows main's refusal of its field beneath it. */
export function TextField(props: TextFieldProps) {
  const problem = fieldError(props.error, props.field);
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint ? hintId : null, problem ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        className="input"
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={false}
        {...(props.inputMode ? { inputMode: props.inputMode } : {})}
        {...(props.placeholder ? { placeholder: props.placeholder } : {})}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={problem !== null}
        {...(describedBy === '' ? {} : { 'aria-describedby': describedBy })}
      />
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {problem !== null && (
        <p className="field__hint field__hint--warning" id={errorId} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
