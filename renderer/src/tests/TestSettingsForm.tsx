import type { ReactNode } from 'react';
import type { ApiErrorBody } from '@shared/api/result';
import { showScoreModes } from '@shared/domain/tests';
import type { TestForm } from './test-form';

const showScoreLabels = {
  immediately: 'As soon as they submit',
  after_grading: 'After grading',
  never: 'Never',
} as const;

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
  const set = onChange;
  const fieldError = (name: string) =>
    error?.field === `settings.${name}` ? error.message : undefined;
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
      aria-label="Test settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {field('Name', 'name', text('name'))}
      {field(
        'Instructions for students',
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
          'Timer (minutes)',
          'timerMinutes',
          text('timerMinutes', { inputMode: 'numeric' }),
          'Empty: untimed.',
        )}
        {field(
          'Attempts allowed',
          'attemptsAllowed',
          text('attemptsAllowed', { inputMode: 'numeric' }),
        )}
        {field('Pass mark (%)', 'passMark', text('passMark', { inputMode: 'decimal' }))}
        {field(
          'Intended total marks',
          'expectedTotalMarks',
          text('expectedTotalMarks', { inputMode: 'decimal' }),
          'Publishing checks the marks add up.',
        )}
      </div>
      <div className="editor__row">
        {field('Open from', 'availableFrom', text('availableFrom', { type: 'datetime-local' }))}
        {field('Open until', 'availableUntil', text('availableUntil', { type: 'datetime-local' }))}
        {field(
          'Students see their score',
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
      </div>
      <div className="editor__row">
        {check('shuffle', 'Shuffle questions and options')}
        {check('allowReview', 'Students may go back and review')}
        {check('startCodeRequired', 'A start code from the proctor is required')}
        {check('negativeMarking', 'Wrong choices lose marks')}
      </div>
    </form>
  );
}
