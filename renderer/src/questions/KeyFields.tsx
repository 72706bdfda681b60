import { useIntl } from '../i18n/use-intl';
import { Field, FieldError, NumberInput, patchAt } from './editor-fields';
import { messages } from './messages';
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
  const intl = useIntl();
  const rowProblem = (n: number, message: string) =>
    intl.formatMessage(messages.rowProblem, { n, message });
  return (
    <>
      <Field
        label={intl.formatMessage(messages.acceptedAnswers)}
        htmlFor={`${idPrefix}.accepted`}
        error={show(`${keyPath}.accepted`)}
        hint={intl.formatMessage(messages.acceptedHint)}
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
        {intl.formatMessage(messages.capitals)}
      </label>
      <fieldset className="editor__list">
        <legend className="field__label">{intl.formatMessage(messages.partlyRight)}</legend>
        {value.partial.map((row, i) => (
          <div key={i} className="option-row">
            <input
              className="input"
              aria-label={intl.formatMessage(messages.partlyRightAnswer, { n: i + 1 })}
              value={row.answer}
              onChange={(e) =>
                onChange({ partial: patchAt(value.partial, i, { answer: e.target.value }) })
              }
            />
            <NumberInput
              id={`${idPrefix}.partial.${i}.credit`}
              label={intl.formatMessage(messages.creditForPartly, { n: i + 1 })}
              value={row.credit}
              onChange={(credit) => onChange({ partial: patchAt(value.partial, i, { credit }) })}
            />
            <span aria-hidden="true">%</span>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={intl.formatMessage(messages.removePartly, { n: i + 1 })}
              onClick={() => onChange({ partial: value.partial.filter((_, j) => j !== i) })}
            >
              {intl.formatMessage(messages.remove)}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ partial: [...value.partial, { answer: '', credit: '50' }] })}
        >
          {intl.formatMessage(messages.addPartly)}
        </button>
        <FieldError
          message={
            show(`${keyPath}.partial`) ??
            firstUnder(show, `${keyPath}.partial`, value.partial.length, rowProblem)
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
  rowProblem: (n: number, message: string) => string,
): string | undefined {
  for (let i = 0; i < rows; i += 1) {
    for (const field of ['answer', 'credit', 'value', 'tolerance']) {
      const message = show(`${path}.${i}.${field}`);
      if (message !== undefined) return rowProblem(i + 1, message);
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
  const intl = useIntl();
  return (
    <select
      id={id}
      className="select"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value === 'relative' ? 'relative' : 'absolute')}
    >
      <option value="absolute">{intl.formatMessage(messages.absolute)}</option>
      <option value="relative">{intl.formatMessage(messages.relative)}</option>
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
  const intl = useIntl();
  const rowProblem = (n: number, message: string) =>
    intl.formatMessage(messages.rowProblem, { n, message });
  const alternatives = value.alternatives;
  return (
    <>
      <div className="editor__row">
        <Field
          label={intl.formatMessage(messages.correctValue)}
          htmlFor={`${idPrefix}.value`}
          error={show(`${keyPath}.value`)}
        >
          <NumberInput
            id={`${idPrefix}.value`}
            value={value.value}
            invalid={show(`${keyPath}.value`) !== undefined}
            onChange={(v) => onChange({ value: v })}
          />
        </Field>
        <Field
          label={intl.formatMessage(messages.tolerance)}
          htmlFor={`${idPrefix}.tolerance`}
          error={show(`${keyPath}.tolerance`)}
          hint={intl.formatMessage(
            value.toleranceMode === 'relative'
              ? messages.toleranceHintRelative
              : messages.toleranceHintAbsolute,
          )}
        >
          <NumberInput
            id={`${idPrefix}.tolerance`}
            value={value.tolerance}
            invalid={show(`${keyPath}.tolerance`) !== undefined}
            onChange={(tolerance) => onChange({ tolerance })}
          />
        </Field>
        <Field
          label={intl.formatMessage(messages.toleranceIs)}
          htmlFor={`${idPrefix}.toleranceMode`}
        >
          <ModeSelect
            id={`${idPrefix}.toleranceMode`}
            value={value.toleranceMode}
            onChange={(toleranceMode) => onChange({ toleranceMode })}
          />
        </Field>
      </div>
      <fieldset className="editor__list">
        <legend className="field__label">{intl.formatMessage(messages.otherValues)}</legend>
        {alternatives.map((row, i) => {
          const n = i + 1;
          const edit = (patch: Partial<AlternativeDraft>) =>
            onChange({ alternatives: patchAt(alternatives, i, patch) });
          return (
            <div key={i} className="option-row">
              <NumberInput
                id={`${idPrefix}.alt.${i}.value`}
                label={intl.formatMessage(messages.altValue, { n })}
                value={row.value}
                onChange={(v) => edit({ value: v })}
              />
              <NumberInput
                id={`${idPrefix}.alt.${i}.tolerance`}
                label={intl.formatMessage(messages.altTolerance, { n })}
                value={row.tolerance}
                onChange={(tolerance) => edit({ tolerance })}
              />
              <ModeSelect
                id={`${idPrefix}.alt.${i}.mode`}
                label={intl.formatMessage(messages.altToleranceIs, { n })}
                value={row.toleranceMode}
                onChange={(toleranceMode) => edit({ toleranceMode })}
              />
              <NumberInput
                id={`${idPrefix}.alt.${i}.credit`}
                label={intl.formatMessage(messages.altCredit, { n })}
                value={row.credit}
                onChange={(credit) => edit({ credit })}
              />
              <span aria-hidden="true">%</span>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={intl.formatMessage(messages.removeAlt, { n })}
                onClick={() => onChange({ alternatives: alternatives.filter((_, j) => j !== i) })}
              >
                {intl.formatMessage(messages.remove)}
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
          {intl.formatMessage(messages.addAlt)}
        </button>
        <FieldError
          message={
            show(`${keyPath}.alternatives`) ??
            firstUnder(show, `${keyPath}.alternatives`, alternatives.length, rowProblem)
          }
        />
      </fieldset>
    </>
  );
}
