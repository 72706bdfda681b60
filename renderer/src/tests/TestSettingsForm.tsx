import type { ReactNode } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import { orderingCreditModes, reviewReleaseModes, showScoreModes } from '@shared/domain/tests';
import type { TestForm } from './test-form';
import { translatedLabels } from '../i18n/translated-labels';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

const showScoreLabels = translatedLabels({
  immediately: messages.showScoreImmediately,
  after_grading: messages.showScoreAfterGrading,
  never: messages.showScoreNever,
});

const reviewReleaseLabels = translatedLabels({
  none: messages.reviewNone,
  answers: messages.reviewAnswers,
  answers_and_feedback: messages.reviewAnswersAndFeedback,
});

const orderingCreditLabels = translatedLabels({
  all_or_nothing: messages.orderingAllOrNothing,
  per_position: messages.orderingPerPosition,
});

/**
 * The rules of a test, as part of the builder's one draft: it holds no state of
 * its own and saves nothing; the builder's Save sends settings and questions
 * together.
 */
export function TestSettingsForm({
  form,
  onChange,
  error,
  onSubmit,
}: {
  form: TestForm;
  onChange: (patch: Partial<TestForm>) => void;
  /** The last refusal of a save; its field, when it names one of these settings, is marked. */
  error: ApiErrorBody | null;
  onSubmit: () => void;
}) {
  const intl = useIntl();
  const set = onChange;
  const fieldError = (name: string) =>
    error?.field === `settings.${name}` ? shownError(error) : undefined;
  const field = (label: string, name: keyof TestForm, control: ReactNode, hint?: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`t-${name}`}>
        {label}
      </label>
      {control}
      {hint !== undefined && <span className="field__hint">{hint}</span>}
      {fieldError(name) !== undefined && (
        <span className="field__error" role="alert">
          {fieldError(name)}
        </span>
      )}
    </div>
  );
  const text = (
    name: keyof TestForm,
    props: { inputMode?: 'numeric' | 'decimal'; type?: string } = {},
  ) => (
    <input
      id={`t-${name}`}
      className={`input${props.inputMode ? ' input--narrow' : ''}`}
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      value={String(form[name])}
      aria-invalid={fieldError(name) !== undefined ? true : undefined}
      onChange={(e) => set({ [name]: e.target.value })}
    />
  );
  const check = (name: keyof TestForm, label: string) => (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={Boolean(form[name])}
        onChange={(e) => set({ [name]: e.target.checked })}
      />
      {label}
    </label>
  );

  return (
    <form
      className="editor"
      aria-label={intl.formatMessage(messages.settingsForm)}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {field(intl.formatMessage(messages.name), 'name', text('name'))}
      {field(
        intl.formatMessage(messages.instructions),
        'description',
        <textarea
          id="t-description"
          className="input textarea"
          rows={2}
          value={form.description}
          onChange={(e) => set({ description: e.target.value })}
        />,
      )}
      <div className="editor__row">
        {field(
          intl.formatMessage(messages.timerMinutes),
          'timerMinutes',
          text('timerMinutes', { inputMode: 'numeric' }),
          intl.formatMessage(messages.timerHint),
        )}
        {field(
          intl.formatMessage(messages.attemptsAllowed),
          'attemptsAllowed',
          text('attemptsAllowed', { inputMode: 'numeric' }),
        )}
        {field(
          intl.formatMessage(messages.passMark),
          'passMark',
          text('passMark', { inputMode: 'decimal' }),
        )}
        {field(
          intl.formatMessage(messages.expectedTotal),
          'expectedTotalMarks',
          text('expectedTotalMarks', { inputMode: 'decimal' }),
          intl.formatMessage(messages.expectedTotalHint),
        )}
      </div>
      <div className="editor__row">
        {field(
          intl.formatMessage(messages.openFrom),
          'availableFrom',
          text('availableFrom', { type: 'datetime-local' }),
        )}
        {field(
          intl.formatMessage(messages.openUntil),
          'availableUntil',
          text('availableUntil', { type: 'datetime-local' }),
        )}
        {field(
          intl.formatMessage(messages.showScore),
          'showScore',
          <select
            id="t-showScore"
            className="select"
            value={form.showScore}
            onChange={(e) => set({ showScore: e.target.value as TestForm['showScore'] })}
          >
            {showScoreModes.map((m) => (
              <option key={m} value={m}>
                {showScoreLabels[m]}
              </option>
            ))}
          </select>,
        )}
        {field(
          intl.formatMessage(messages.reviewRelease),
          'reviewRelease',
          <select
            id="t-reviewRelease"
            className="select"
            value={form.reviewRelease}
            onChange={(e) => set({ reviewRelease: e.target.value as TestForm['reviewRelease'] })}
          >
            {reviewReleaseModes.map((m) => (
              <option key={m} value={m}>
                {reviewReleaseLabels[m]}
              </option>
            ))}
          </select>,
        )}
        {field(
          intl.formatMessage(messages.orderingCredit),
          'orderingCredit',
          <select
            id="t-orderingCredit"
            className="select"
            value={form.orderingCredit}
            onChange={(e) => set({ orderingCredit: e.target.value as TestForm['orderingCredit'] })}
          >
            {orderingCreditModes.map((m) => (
              <option key={m} value={m}>
                {orderingCreditLabels[m]}
              </option>
            ))}
          </select>,
        )}
      </div>
      <div className="editor__row">
        {check('shuffle', intl.formatMessage(messages.shuffle))}
        {check('allowReview', intl.formatMessage(messages.allowReview))}
        {check('startCodeRequired', intl.formatMessage(messages.startCodeRequired))}
        {check('sealed', intl.formatMessage(messages.sealed))}
        {check('negativeMarking', intl.formatMessage(messages.negativeMarking))}
      </div>
    </form>
  );
}
