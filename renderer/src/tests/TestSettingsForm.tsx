import { useState, type ReactNode } from 'react';
import { showScoreModes, type TestDetail } from '@shared/domain/tests';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import { formFromTest, settingsFromForm, type TestForm } from './test-form';

const showScoreLabels = {
  immediately: 'As soon as they submit',
  after_grading: 'After grading',
  never: 'Never',
} as const;

/** The rules of a test. A refusal from main (a published test being sat) is shown as it came. */
export function TestSettingsForm({
  test,
  onSaved,
}: {
  test: TestDetail;
  onSaved: (t: TestDetail) => void;
}) {
  const [form, setForm] = useState<TestForm>(() => formFromTest(test));
  const update = useApiMutation('tests.update');
  const set = (patch: Partial<TestForm>) => setForm((f) => ({ ...f, ...patch }));
  const fieldError = (name: string) =>
    update.error?.field === `settings.${name}` ? update.error.message : undefined;
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
        void update.run({ id: test.id, settings: settingsFromForm(form) }).then((saved) => {
          if (saved) onSaved(saved);
        });
      }}
    >
      {update.error && !update.error.field?.startsWith('settings.') && (
        <Banner tone="danger" role="alert">
          {update.error.message}
        </Banner>
      )}
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
      <div className="editor__actions">
        <button type="submit" className="button button--primary" disabled={update.busy}>
          {update.busy ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
