import { Field, FieldError, NumberInput, patchAt } from './editor-fields';
import type { AlternativeDraft, PartialDraft } from './question-draft';

interface TextKey {
  accepted: string;
  caseSensitive: boolean;
  partial: PartialDraft[];
}

/**
 * A short-answer key (a short-answer question's, or a text gap's): accepted
 * answers, whether capitals count, and answers that earn part of the marks.
 */
export function TextKeyFields({
  idPrefix,
  keyPath,
  value,
  onChange,
  show,
}: {
  idPrefix: string;
  /** Where the API names this key, e.g. `key` or `key.gaps.g1`. */
  keyPath: string;
  value: TextKey;
  onChange: (patch: Partial<TextKey>) => void;
  show: (path: string) => string | undefined;
}) {
  return (
    <>
      <Field
        label="Accepted answers"
        htmlFor={`${idPrefix}.accepted`}
        error={show(`${keyPath}.accepted`)}
        hint="One per line. Each earns full marks."
      >
        <textarea
          id={`${idPrefix}.accepted`}
          className="input textarea"
          rows={3}
          value={value.accepted}
          aria-invalid={show(`${keyPath}.accepted`) !== undefined ? true : undefined}
          onChange={(e) => onChange({ accepted: e.target.value })}
        />
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.caseSensitive}
          onChange={(e) => onChange({ caseSensitive: e.target.checked })}
        />
        Capital letters must match
      </label>
      <fieldset className="editor__list">
        <legend className="field__label">Partly right answers</legend>
        {value.partial.map((row, i) => (
          <div key={i} className="option-row">
            <input
              className="input"
              aria-label={`Partly right answer ${i + 1}`}
              value={row.answer}
              onChange={(e) =>
                onChange({ partial: patchAt(value.partial, i, { answer: e.target.value }) })
              }
            />
            <NumberInput
              id={`${idPrefix}.partial.${i}.credit`}
              label={`Credit for partly right answer ${i + 1} (%)`}
              value={row.credit}
              onChange={(credit) => onChange({ partial: patchAt(value.partial, i, { credit }) })}
            />
            <span aria-hidden="true">%</span>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={`Remove partly right answer ${i + 1}`}
              onClick={() => onChange({ partial: value.partial.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ partial: [...value.partial, { answer: '', credit: '50' }] })}
        >
          Add a partly right answer
        </button>
        <FieldError
          message={
            show(`${keyPath}.partial`) ??
            firstUnder(show, `${keyPath}.partial`, value.partial.length)
          }
        />
      </fieldset>
    </>
  );
}

interface NumericKey {
  value: string;
  tolerance: string;
  toleranceMode: 'absolute' | 'relative';
  alternatives: AlternativeDraft[];
}

function firstUnder(
  show: (path: string) => string | undefined,
  path: string,
  rows: number,
): string | undefined {
  for (let i = 0; i < rows; i += 1) {
    for (const field of ['answer', 'credit', 'value', 'tolerance']) {
      const message = show(`${path}.${i}.${field}`);
      if (message !== undefined) return `Row ${i + 1}: ${message}`;
    }
  }
  return undefined;
}

function ModeSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label?: string;
  value: 'absolute' | 'relative';
  onChange: (mode: 'absolute' | 'relative') => void;
}) {
  return (
    <select
      id={id}
      className="select"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value === 'relative' ? 'relative' : 'absolute')}
    >
      <option value="absolute">Absolute</option>
      <option value="relative">Relative</option>
    </select>
  );
}

/**
 * A numeric key (a numeric question's, or a numeric gap's): the value and its
 * tolerance, and other values that earn part of the marks, each with its own.
 */
export function NumericKeyFields({
  idPrefix,
  keyPath,
  value,
  onChange,
  show,
}: {
  idPrefix: string;
  keyPath: string;
  value: NumericKey;
  onChange: (patch: Partial<NumericKey>) => void;
  show: (path: string) => string | undefined;
}) {
  const alternatives = value.alternatives;
  return (
    <>
      <div className="editor__row">
        <Field label="Correct value" htmlFor={`${idPrefix}.value`} error={show(`${keyPath}.value`)}>
          <NumberInput
            id={`${idPrefix}.value`}
            value={value.value}
            invalid={show(`${keyPath}.value`) !== undefined}
            onChange={(v) => onChange({ value: v })}
          />
        </Field>
        <Field
          label="Tolerance"
          htmlFor={`${idPrefix}.tolerance`}
          error={show(`${keyPath}.tolerance`)}
          hint={
            value.toleranceMode === 'relative'
              ? 'A fraction of the value, e.g. 0.05 for 5%.'
              : '± this much.'
          }
        >
          <NumberInput
            id={`${idPrefix}.tolerance`}
            value={value.tolerance}
            invalid={show(`${keyPath}.tolerance`) !== undefined}
            onChange={(tolerance) => onChange({ tolerance })}
          />
        </Field>
        <Field label="Tolerance is" htmlFor={`${idPrefix}.toleranceMode`}>
          <ModeSelect
            id={`${idPrefix}.toleranceMode`}
            value={value.toleranceMode}
            onChange={(toleranceMode) => onChange({ toleranceMode })}
          />
        </Field>
      </div>
      <fieldset className="editor__list">
        <legend className="field__label">Other values for part of the marks</legend>
        {alternatives.map((row, i) => {
          const n = i + 1;
          const edit = (patch: Partial<AlternativeDraft>) =>
            onChange({ alternatives: patchAt(alternatives, i, patch) });
          return (
            <div key={i} className="option-row">
              <NumberInput
                id={`${idPrefix}.alt.${i}.value`}
                label={`Alternative value ${n}`}
                value={row.value}
                onChange={(v) => edit({ value: v })}
              />
              <NumberInput
                id={`${idPrefix}.alt.${i}.tolerance`}
                label={`Tolerance of alternative ${n}`}
                value={row.tolerance}
                onChange={(tolerance) => edit({ tolerance })}
              />
              <ModeSelect
                id={`${idPrefix}.alt.${i}.mode`}
                label={`Tolerance of alternative ${n} is`}
                value={row.toleranceMode}
                onChange={(toleranceMode) => edit({ toleranceMode })}
              />
              <NumberInput
                id={`${idPrefix}.alt.${i}.credit`}
                label={`Credit for alternative ${n} (%)`}
                value={row.credit}
                onChange={(credit) => edit({ credit })}
              />
              <span aria-hidden="true">%</span>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove alternative ${n}`}
                onClick={() => onChange({ alternatives: alternatives.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            onChange({
              alternatives: [
                ...alternatives,
                { value: '', tolerance: '0', toleranceMode: 'absolute', credit: '50' },
              ],
            })
          }
        >
          Add an alternative value
        </button>
        <FieldError
          message={
            show(`${keyPath}.alternatives`) ??
            firstUnder(show, `${keyPath}.alternatives`, alternatives.length)
          }
        />
      </fieldset>
    </>
  );
}
