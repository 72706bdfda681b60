import { useState, type ReactNode } from 'react';
import type { QuestionRecord } from '@shared/domain/bank';
import {
  difficulties,
  hasOptions,
  questionTypeLabels,
  questionTypes,
  type QuestionType,
} from '@shared/domain/questions';
import { difficultyLabels } from '../lib/labels';
import { useApiMutation } from '../api/use-api-mutation';
import { Banner } from '../ui/Banner';
import {
  contentFromDraft,
  draftFromRecord,
  draftProblems,
  emptyDraft,
  letter,
  type QuestionDraft,
} from './question-draft';

interface QuestionEditorProps {
  /** The question being edited, or null for a new one. */
  question: QuestionRecord | null;
  onSaved: (question: QuestionRecord) => void;
  onCancel: () => void;
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <span id={id} className="field__error" role="alert">
      {message}
    </span>
  );
}

/**
 * Writes or edits a question. Rules are checked as the author types (the same
 * schema main uses), and a refusal from main is shown at the field it names.
 * Every save makes a new version.
 */
export function QuestionEditor({ question, onSaved, onCancel }: QuestionEditorProps) {
  const [draft, setDraft] = useState<QuestionDraft>(() =>
    question ? draftFromRecord(question) : emptyDraft(),
  );
  const [touched, setTouched] = useState(false);
  const create = useApiMutation('questions.create');
  const update = useApiMutation('questions.update');
  const saving = create.busy || update.busy;
  const apiError = create.error ?? update.error;
  const set = (patch: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const problems = draftProblems(draft);
  const apiField = apiError?.field?.replace(/^content\./, '');
  if (apiError && apiField && !problems.has(apiField)) problems.set(apiField, apiError.message);
  const show = (path: string) => (touched ? problems.get(path) : undefined);
  const invalid = (path: string) => (show(path) !== undefined ? true : undefined);

  const save = async () => {
    setTouched(true);
    if (draftProblems(draft).size > 0) return;
    const content = contentFromDraft(draft);
    const saved = question
      ? await update.run({ id: question.id, baseVersion: question.version, content })
      : await create.run({ content });
    if (saved) onSaved(saved);
  };

  const choice = hasOptions(draft.type);
  const field = (label: string, path: string, control: ReactNode, hint?: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`q-${path}`}>
        {label}
      </label>
      {control}
      {hint !== undefined && <span className="field__hint">{hint}</span>}
      <FieldError id={`q-${path}-error`} message={show(path)} />
    </div>
  );

  /** A number typed as text (so a half-typed "0." stays), checked when saved. */
  const numberField = (
    label: string,
    path: string,
    mode: 'decimal' | 'numeric',
    value: string,
    onChange: (value: string) => void,
    hint?: string,
  ) =>
    field(
      label,
      path,
      <input
        id={`q-${path}`}
        className="input input--narrow"
        inputMode={mode}
        value={value}
        aria-invalid={invalid(path)}
        onChange={(e) => onChange(e.target.value)}
      />,
      hint,
    );

  return (
    <form
      className="editor"
      aria-label={question ? 'Edit question' : 'New question'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {apiError && !apiError.field && (
        <Banner tone="danger" role="alert">
          {apiError.message}
        </Banner>
      )}
      <div className="editor__row">
        {field(
          'Type',
          'type',
          <select
            id="q-type"
            className="select"
            value={draft.type}
            onChange={(e) => set({ type: e.target.value as QuestionType })}
          >
            {questionTypes.map((t) => (
              <option key={t} value={t}>
                {questionTypeLabels[t]}
              </option>
            ))}
          </select>,
        )}
        {numberField('Marks', 'marks', 'decimal', draft.marks, (marks) => set({ marks }))}
        {field(
          'Difficulty',
          'difficulty',
          <select
            id="q-difficulty"
            className="select"
            value={draft.difficulty}
            onChange={(e) => set({ difficulty: e.target.value as QuestionDraft['difficulty'] })}
          >
            <option value="">Not set</option>
            {difficulties.map((d) => (
              <option key={d} value={d}>
                {difficultyLabels[d]}
              </option>
            ))}
          </select>,
        )}
      </div>
      {field(
        'Question text',
        'text',
        <textarea
          id="q-text"
          className="input textarea"
          rows={4}
          value={draft.text}
          aria-invalid={invalid('text')}
          onChange={(e) => set({ text: e.target.value })}
        />,
      )}

      {choice && (
        <fieldset className="editor__options">
          <legend className="field__label">
            Options — mark the correct {draft.type === 'single_choice' ? 'one' : 'ones'}
          </legend>
          {draft.options.map((text, i) => (
            <div key={i} className="option-row">
              <input
                type={draft.type === 'single_choice' ? 'radio' : 'checkbox'}
                name="q-correct"
                aria-label={`Option ${letter(i).toUpperCase()} is correct`}
                checked={draft.correct.includes(i)}
                onChange={(e) =>
                  set({
                    correct:
                      draft.type === 'single_choice'
                        ? [i]
                        : e.target.checked
                          ? [...draft.correct, i]
                          : draft.correct.filter((c) => c !== i),
                  })
                }
              />
              <span className="option-row__letter">{letter(i).toUpperCase()}</span>
              <input
                className="input"
                aria-label={`Option ${letter(i).toUpperCase()}`}
                value={text}
                onChange={(e) =>
                  set({ options: draft.options.map((o, j) => (j === i ? e.target.value : o)) })
                }
              />
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove option ${letter(i).toUpperCase()}`}
                disabled={draft.options.length <= 2}
                onClick={() =>
                  set({
                    options: draft.options.filter((_, j) => j !== i),
                    correct: draft.correct.filter((c) => c !== i).map((c) => (c > i ? c - 1 : c)),
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
            disabled={draft.options.length >= 26}
            onClick={() => set({ options: [...draft.options, ''] })}
          >
            Add option
          </button>
          <FieldError id="q-options-error" message={show('options')} />
          <FieldError
            id="q-key-error"
            message={show('key.optionId') ?? show('key.optionIds') ?? show('key.optionIds.0')}
          />
        </fieldset>
      )}

      {draft.type === 'true_false' &&
        field(
          'Correct answer',
          'key.value',
          <select
            id="q-key.value"
            className="select"
            value={draft.trueFalse ? 'true' : 'false'}
            onChange={(e) => set({ trueFalse: e.target.value === 'true' })}
          >
            <option value="true">True</option>
            <option value="false">False</option>
          </select>,
        )}

      {draft.type === 'short_answer' && (
        <>
          {field(
            'Accepted answers',
            'key.accepted',
            <textarea
              id="q-key.accepted"
              className="input textarea"
              rows={3}
              value={draft.accepted}
              aria-invalid={invalid('key.accepted')}
              onChange={(e) => set({ accepted: e.target.value })}
            />,
            'One per line.',
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.caseSensitive}
              onChange={(e) => set({ caseSensitive: e.target.checked })}
            />
            Capital letters must match
          </label>
        </>
      )}

      {draft.type === 'numeric' && (
        <div className="editor__row">
          {numberField(
            'Correct value',
            'key.value',
            'decimal',
            draft.numericValue,
            (numericValue) => set({ numericValue }),
          )}
          {numberField(
            'Tolerance',
            'key.tolerance',
            'decimal',
            draft.tolerance,
            (tolerance) => set({ tolerance }),
            draft.toleranceMode === 'relative'
              ? 'A fraction of the value, e.g. 0.05 for 5%.'
              : '± this much.',
          )}
          {field(
            'Tolerance is',
            'key.toleranceMode',
            <select
              id="q-key.toleranceMode"
              className="select"
              value={draft.toleranceMode}
              onChange={(e) =>
                set({ toleranceMode: e.target.value === 'relative' ? 'relative' : 'absolute' })
              }
            >
              <option value="absolute">Absolute</option>
              <option value="relative">Relative</option>
            </select>,
          )}
        </div>
      )}

      {draft.type === 'essay' && (
        <div className="editor__row">
          {numberField(
            'Minimum words',
            'settings.minWords',
            'numeric',
            draft.minWords,
            (minWords) => set({ minWords }),
          )}
          {numberField(
            'Maximum words',
            'settings.maxWords',
            'numeric',
            draft.maxWords,
            (maxWords) => set({ maxWords }),
          )}
        </div>
      )}

      {field(
        'Tags',
        'tags',
        <input
          id="q-tags"
          className="input"
          value={draft.tags}
          onChange={(e) => set({ tags: e.target.value })}
        />,
        'Separate tags with commas; they are how tests draw questions at random.',
      )}

      <div className="editor__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : question ? 'Save as new version' : 'Create question'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
