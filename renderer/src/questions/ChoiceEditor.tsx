import { useIntl } from '../i18n/use-intl';
import { ContentField } from './ContentField';
import { FieldError, NumberInput, type Problems } from './editor-fields';
import { messages } from './messages';
import { letter, type QuestionDraft } from './question-draft';

interface Props {
  draft: QuestionDraft;
  set: (patch: Partial<QuestionDraft>) => void;
  problems: Problems;
}

/**
 * The options of a single-choice or multiple-response question: the right
 * one(s) marked, or, with partial credit, a weight per option (Moodle's
 * fractions, -100 % to 100 %); feedback per option.
 */
export function ChoiceEditor({ draft, set, problems }: Props) {
  const intl = useIntl();
  const single = draft.type === 'single_choice';
  const remove = (i: number) =>
    set({
      options: draft.options.filter((_, j) => j !== i),
      weights: draft.weights.filter((_, j) => j !== i),
      optionFeedback: draft.optionFeedback.filter((_, j) => j !== i),
      correct: draft.correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c)),
    });
  const at = <T,>(list: readonly T[], i: number, value: T): T[] => {
    const out = [...list];
    while (out.length <= i) out.push(value);
    out[i] = value;
    return out;
  };
  return (
    <fieldset className="editor__options">
      <legend className="field__label">
        {intl.formatMessage(
          draft.useWeights
            ? messages.optionsWeights
            : single
              ? messages.optionsCorrectOne
              : messages.optionsCorrectMany,
        )}
      </legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.useWeights}
          onChange={(e) => set({ useWeights: e.target.checked })}
        />
        {intl.formatMessage(messages.partialCredit)}
      </label>
      {draft.options.map((text, i) => {
        const optionLetter = letter(i).toUpperCase();
        const name = intl.formatMessage(messages.optionName, { letter: optionLetter });
        return (
          <div key={i} className="option-block">
            <div className="option-row">
              {draft.useWeights ? (
                <NumberInput
                  id={`q-weight-${i}`}
                  label={intl.formatMessage(messages.weightOf, { letter: optionLetter })}
                  value={draft.weights[i] ?? '0'}
                  onChange={(w) => set({ weights: at(draft.weights, i, w) })}
                />
              ) : (
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name="q-correct"
                  aria-label={intl.formatMessage(messages.isCorrect, { name })}
                  checked={draft.correct.includes(i)}
                  onChange={(e) =>
                    set({
                      correct: single
                        ? [i]
                        : e.target.checked
                          ? [...draft.correct, i]
                          : draft.correct.filter((c) => c !== i),
                    })
                  }
                />
              )}
              <span className="option-row__letter">{optionLetter}</span>
              <div className="option-row__text">
                <ContentField
                  format={draft.format}
                  id={`q-option-${i}`}
                  label={name}
                  hideLabel
                  value={text}
                  onChange={(t) => set({ options: draft.options.map((o, j) => (j === i ? t : o)) })}
                />
              </div>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={intl.formatMessage(messages.removeOption, { letter: optionLetter })}
                disabled={draft.options.length <= 2}
                onClick={() => remove(i)}
              >
                {intl.formatMessage(messages.remove)}
              </button>
            </div>
            <details className="option-block__feedback">
              <summary>
                {intl.formatMessage(messages.feedbackForOption, { letter: optionLetter })}
              </summary>
              <ContentField
                format={draft.format}
                id={`q-option-feedback-${i}`}
                label={intl.formatMessage(messages.feedbackForOption, { letter: optionLetter })}
                hideLabel
                value={draft.optionFeedback[i] ?? ''}
                onChange={(t) => set({ optionFeedback: at(draft.optionFeedback, i, t) })}
              />
            </details>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--small"
        disabled={draft.options.length >= 26}
        onClick={() =>
          set({
            options: [...draft.options, ''],
            weights: [...draft.weights, '0'],
            optionFeedback: [...draft.optionFeedback, ''],
          })
        }
      >
        {intl.formatMessage(messages.addOption)}
      </button>
      <FieldError id="q-options-error" message={problems.show('options')} />
      <FieldError
        id="q-key-error"
        message={
          problems.show('key.optionId') ??
          problems.show('key.optionIds') ??
          problems.show('key.optionIds.0') ??
          problems.under('key.weights')
        }
      />
    </fieldset>
  );
}
