import type { ContentFormat, GapKind } from '@shared/domain/question-parts';
import { ContentField } from './ContentField';
import { Field, FieldError, NumberInput, type Problems } from './editor-fields';
import { NumericKeyFields, TextKeyFields } from './KeyFields';
import { letter, type GapDraft } from './question-draft';

const kindLabels: Record<GapKind, string> = {
  choice: 'Drop-down (choose one)',
  text: 'Word or phrase',
  numeric: 'Number',
};

interface Props {
  format: ContentFormat;
  gap: GapDraft;
  index: number;
  onChange: (patch: Partial<GapDraft>) => void;
  onRemove: () => void;
  problems: Problems;
}

/** One gap of a gap-fill passage: its kind, marks, key (with partial credit) and feedback. */
export function GapEditor({ format, gap, index, onChange, onRemove, problems }: Props) {
  const path = `gaps.${index}`;
  const keyPath = `key.gaps.${gap.id}`;
  const id = `q-gap-${gap.id}`;
  return (
    <fieldset className="gap-editor">
      <legend className="field__label">Gap {gap.id}</legend>
      <div className="editor__row">
        <Field label="Kind" htmlFor={`${id}-kind`}>
          <select
            id={`${id}-kind`}
            className="select"
            value={gap.kind}
            onChange={(e) => onChange({ kind: e.target.value as GapKind })}
          >
            {(Object.keys(kindLabels) as GapKind[]).map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Marks" htmlFor={`${id}-marks`} error={problems.show(`${path}.marks`)}>
          <NumberInput
            id={`${id}-marks`}
            value={gap.marks}
            invalid={problems.show(`${path}.marks`) !== undefined}
            onChange={(marks) => onChange({ marks })}
          />
        </Field>
        <button type="button" className="button button--ghost button--small" onClick={onRemove}>
          Remove gap {gap.id}
        </button>
      </div>
      {gap.kind === 'choice' && (
        <div className="editor__list">
          {gap.options.map((text, i) => (
            <div key={i} className="option-row">
              <input
                type="radio"
                name={`${id}-correct`}
                aria-label={`Gap ${gap.id} option ${letter(i).toUpperCase()} is correct`}
                checked={gap.correct === i}
                onChange={() => onChange({ correct: i })}
              />
              <span className="option-row__letter">{letter(i).toUpperCase()}</span>
              <input
                className="input"
                aria-label={`Gap ${gap.id} option ${letter(i).toUpperCase()}`}
                value={text}
                onChange={(e) =>
                  onChange({ options: gap.options.map((o, j) => (j === i ? e.target.value : o)) })
                }
              />
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove gap ${gap.id} option ${letter(i).toUpperCase()}`}
                disabled={gap.options.length <= 2}
                onClick={() =>
                  onChange({
                    options: gap.options.filter((_, j) => j !== i),
                    correct:
                      gap.correct > i ? gap.correct - 1 : gap.correct === i ? 0 : gap.correct,
                  })
                }
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            disabled={gap.options.length >= 26}
            onClick={() => onChange({ options: [...gap.options, ''] })}
          >
            Add option to gap {gap.id}
          </button>
          <FieldError message={problems.under(`${path}.options`) ?? problems.under(keyPath)} />
        </div>
      )}
      {gap.kind === 'text' && (
        <TextKeyFields
          idPrefix={id}
          keyPath={keyPath}
          value={gap}
          onChange={onChange}
          show={problems.show}
        />
      )}
      {gap.kind === 'numeric' && (
        <NumericKeyFields
          idPrefix={id}
          keyPath={keyPath}
          value={gap}
          onChange={onChange}
          show={problems.show}
        />
      )}
      <div className="field">
        <ContentField
          format={format}
          id={`${id}-feedback`}
          label={`Feedback for gap ${gap.id}`}
          value={gap.feedback}
          onChange={(feedback) => onChange({ feedback })}
        />
      </div>
      <FieldError message={problems.show(`${path}.id`) ?? problems.show(keyPath)} />
    </fieldset>
  );
}
