import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { ContentField } from './ContentField';
import { FieldError, patchAt, type Problems } from './editor-fields';
import { messages } from './messages';
import type { FeedbackDraft, QuestionDraft } from './question-draft';

interface Props {
  draft: QuestionDraft;
  set: (patch: Partial<QuestionDraft>) => void;
  problems: Problems;
}

/**
 * What students read in their review, when the test releases feedback: for
 * everyone, and by outcome (right, partly right, wrong); true/false by
 * answer, short answer and numeric by the answer given. Per option and per
 * gap feedback sit with the options and the gaps.
 */
export function FeedbackEditor({ draft, set, problems }: Props) {
  const intl = useIntl();
  const f = draft.feedback;
  const edit = (patch: Partial<FeedbackDraft>) => set({ feedback: { ...f, ...patch } });
  const objective = draft.type !== 'essay';
  const text = (
    key: 'general' | 'correct' | 'partial' | 'incorrect' | 'perTrue' | 'perFalse',
    label: SourceMessage,
  ) => (
    <div className="field">
      <ContentField
        format={draft.format}
        id={`q-feedback-${key}`}
        label={intl.formatMessage(label)}
        value={f[key]}
        onChange={(value) => edit({ [key]: value })}
      />
    </div>
  );
  return (
    <fieldset className="editor__feedback">
      <legend className="field__label">{intl.formatMessage(messages.feedbackLegend)}</legend>
      {text('general', messages.generalFeedback)}
      {objective && (
        <>
          {text('correct', messages.whenRight)}
          {text('partial', messages.whenPartly)}
          {text('incorrect', messages.whenWrong)}
        </>
      )}
      {draft.type === 'true_false' && (
        <>
          {text('perTrue', messages.forTrue)}
          {text('perFalse', messages.forFalse)}
        </>
      )}
      {(draft.type === 'short_answer' || draft.type === 'numeric') && (
        <div className="editor__list">
          {f.perAnswer.map((row, i) => (
            <div key={i} className="option-row">
              <input
                className="input input--narrow"
                aria-label={intl.formatMessage(messages.answerOwnFeedback, { n: i + 1 })}
                value={row.answer}
                onChange={(e) =>
                  edit({ perAnswer: patchAt(f.perAnswer, i, { answer: e.target.value }) })
                }
              />
              <div className="option-row__text">
                <ContentField
                  format={draft.format}
                  id={`q-feedback-answer-${i}`}
                  label={intl.formatMessage(messages.feedbackForAnswer, { n: i + 1 })}
                  hideLabel
                  value={row.text}
                  onChange={(value) =>
                    edit({ perAnswer: patchAt(f.perAnswer, i, { text: value }) })
                  }
                />
              </div>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={intl.formatMessage(messages.removeFeedbackForAnswer, { n: i + 1 })}
                onClick={() => edit({ perAnswer: f.perAnswer.filter((_, j) => j !== i) })}
              >
                {intl.formatMessage(messages.remove)}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => edit({ perAnswer: [...f.perAnswer, { answer: '', text: '' }] })}
          >
            {intl.formatMessage(messages.addFeedbackForAnswer)}
          </button>
        </div>
      )}
      <FieldError message={problems.under('feedback')} />
    </fieldset>
  );
}
