import type { ContentFormat, GapKind } from '@shared/domain/question-parts';
import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { ContentField } from './ContentField';
import { Field, FieldError, NumberInput, type Problems } from './editor-fields';
import { NumericKeyFields, TextKeyFields } from './KeyFields';
import { messages } from './messages';
import { letter, type GapDraft } from './question-draft';

const kindLabels: Record<GapKind, SourceMessage> = {
  choice: messages.kindDropdown,
  text: messages.kindWord,
  numeric: messages.kindNumber,
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
  const intl = useIntl();
  const path = `gaps.${index}`;
  const keyPath = `key.gaps.${gap.id}`;
  const id = `q-gap-${gap.id}`;
  return (
    <fieldset className="gap-editor">
      <legend className="field__label">
        {intl.formatMessage(messages.gapLegend, { id: gap.id })}
      </legend>
      <div className="editor__row">
        <Field label={intl.formatMessage(messages.kind)} htmlFor={`${id}-kind`}>
          <select
            id={`${id}-kind`}
            className="select"
            value={gap.kind}
            onChange={(e) => onChange({ kind: e.target.value as GapKind })}
          >
            {(Object.keys(kindLabels) as GapKind[]).map((k) => (
              <option key={k} value={k}>
                {intl.formatMessage(kindLabels[k])}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={intl.formatMessage(messages.marks)}
          htmlFor={`${id}-marks`}
          error={problems.show(`${path}.marks`)}
        >
          <NumberInput
            id={`${id}-marks`}
            value={gap.marks}
            invalid={problems.show(`${path}.marks`) !== undefined}
            onChange={(marks) => onChange({ marks })}
          />
        </Field>
        <button type="button" className="button button--ghost button--small" onClick={onRemove}>
          {intl.formatMessage(messages.removeGap, { id: gap.id })}
        </button>
      </div>
      {gap.kind === 'choice' && (
        <div className="editor__list">
          {gap.options.map((text, i) => (
            <div key={i} className="option-row">
              <input
                type="radio"
                name={`${id}-correct`}
                aria-label={intl.formatMessage(messages.gapOptionCorrect, {
                  id: gap.id,
                  letter: letter(i).toUpperCase(),
                })}
                checked={gap.correct === i}
                onChange={() => onChange({ correct: i })}
              />
              <span className="option-row__letter">{letter(i).toUpperCase()}</span>
              <input
                className="input"
                aria-label={intl.formatMessage(messages.gapOption, {
                  id: gap.id,
                  letter: letter(i).toUpperCase(),
                })}
                value={text}
                onChange={(e) =>
                  onChange({ options: gap.options.map((o, j) => (j === i ? e.target.value : o)) })
                }
              />
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={intl.formatMessage(messages.removeGapOption, {
                  id: gap.id,
                  letter: letter(i).toUpperCase(),
                })}
                disabled={gap.options.length <= 2}
                onClick={() =>
                  onChange({
                    options: gap.options.filter((_, j) => j !== i),
                    correct:
                      gap.correct > i ? gap.correct - 1 : gap.correct === i ? 0 : gap.correct,
                  })
                }
              >
                {intl.formatMessage(messages.remove)}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            disabled={gap.options.length >= 26}
            onClick={() => onChange({ options: [...gap.options, ''] })}
          >
            {intl.formatMessage(messages.addGapOption, { id: gap.id })}
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
          label={intl.formatMessage(messages.feedbackForGap, { id: gap.id })}
          value={gap.feedback}
          onChange={(feedback) => onChange({ feedback })}
        />
      </div>
      <FieldError message={problems.show(`${path}.id`) ?? problems.show(keyPath)} />
    </fieldset>
  );
}
