import { useEffect, useRef, useState } from 'react';
import type { QuestionRecord } from '@shared/domain/bank';
import type { ContentFormat } from '@shared/domain/question-parts';
import {
  difficulties,
  hasOptions,
  questionTypes,
  type QuestionType,
} from '@shared/domain/questions';
import type { SourceMessage } from '../i18n/catalogue';
import { useIntl } from '../i18n/use-intl';
import { formatNumber } from '../lib/format';
import { useApiMutation } from '../api/use-api-mutation';
import { SealingTest } from '../content/editor/sealing-test';
import { Banner } from '../ui/Banner';
import { ChoiceEditor } from './ChoiceEditor';
import { ClozeEditor } from './ClozeEditor';
import { ContentField } from './ContentField';
import { Field, FieldError, NumberInput, type Problems } from './editor-fields';
import { FeedbackEditor } from './FeedbackEditor';
import { NumericKeyFields, TextKeyFields } from './KeyFields';
import { MatchingEditor } from './MatchingEditor';
import { messages } from './messages';
import { OrderingEditor } from './OrderingEditor';
import {
  contentFromDraft,
  convertDraft,
  draftFromRecord,
  draftProblems,
  emptyDraft,
  type QuestionDraft,
} from './question-draft';
import { difficultyWords, questionTypeWords } from './question-words';
import './question-editor.css';

interface QuestionEditorProps {
  /** The question being edited, or null for a new one. */
  question: QuestionRecord | null;
  /** Opened in place of the button that asked for it: focus starts on the first field. */
  focusFirst?: boolean;
  onSaved: (question: QuestionRecord) => void;
  onCancel: () => void;
}

const formatLabels: Record<ContentFormat, SourceMessage> = {
  plain: messages.plainText,
  html: messages.richText,
};

/**
 * Writes or edits a question of any type, in plain or rich text. Rules are
 * checked as the author types (the same schema main uses), and a refusal
 * from main is shown at the field it names. Rich text is sanitised in main
 * on save. Every save makes a new version. A question of a sealed test has
 * its media uploaded sealed under that test.
 */
export function QuestionEditor(props: QuestionEditorProps) {
  return (
    <SealingTest.Provider value={props.question?.sealedTestId ?? null}>
      <QuestionForm {...props} />
    </SealingTest.Provider>
  );
}

function QuestionForm({ question, focusFirst = false, onSaved, onCancel }: QuestionEditorProps) {
  const intl = useIntl();
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focusFirst) firstField.current?.focus();
  }, [focusFirst]);
  const [draft, setDraft] = useState<QuestionDraft>(() =>
    question ? draftFromRecord(question) : emptyDraft(),
  );
  const [touched, setTouched] = useState(false);
  const create = useApiMutation('questions.create');
  const update = useApiMutation('questions.update');
  const saving = create.busy || update.busy;
  const apiError = create.error ?? update.error;
  const set = (patch: Partial<QuestionDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const found = draftProblems(draft);
  const apiField = apiError?.field?.replace(/^content\./, '');
  if (apiError && apiField && !found.has(apiField)) found.set(apiField, apiError.message);
  const problems: Problems = {
    show: (path) => (touched ? found.get(path) : undefined),
    under: (path) => {
      if (!touched) return undefined;
      for (const [p, message] of found) if (p === path || p.startsWith(`${path}.`)) return message;
      return undefined;
    },
  };
  const invalid = (path: string) => problems.show(path) !== undefined;

  const save = async () => {
    setTouched(true);
    if (draftProblems(draft).size > 0) return;
    const content = contentFromDraft(draft);
    const saved = question
      ? await update.run({ id: question.id, baseVersion: question.version, content })
      : await create.run({ content });
    if (saved) onSaved(saved);
  };

  const type = draft.type;
  const computedMarks = type === 'cloze' || type === 'description';

  return (
    <form
      className="editor"
      aria-label={intl.formatMessage(question ? messages.editQuestion : messages.newQuestion)}
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
        <Field label={intl.formatMessage(messages.type)} htmlFor="q-type">
          <select
            ref={firstField}
            id="q-type"
            className="select"
            value={type}
            onChange={(e) => set({ type: e.target.value as QuestionType })}
          >
            {questionTypes.map((t) => (
              <option key={t} value={t}>
                {questionTypeWords[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={intl.formatMessage(messages.marks)}
          htmlFor="q-marks"
          error={problems.show('marks')}
          {...(computedMarks && {
            hint: intl.formatMessage(
              type === 'cloze' ? messages.marksHintCloze : messages.marksHintDescription,
            ),
          })}
        >
          {computedMarks ? (
            <output id="q-marks" className="editor__computed">
              {formatNumber(contentFromDraft(draft).marks)}
            </output>
          ) : (
            <NumberInput
              id="q-marks"
              value={draft.marks}
              invalid={invalid('marks')}
              onChange={(marks) => set({ marks })}
            />
          )}
        </Field>
        <Field label={intl.formatMessage(messages.difficulty)} htmlFor="q-difficulty">
          <select
            id="q-difficulty"
            className="select"
            value={draft.difficulty}
            onChange={(e) => set({ difficulty: e.target.value as QuestionDraft['difficulty'] })}
          >
            <option value="">{intl.formatMessage(messages.notSet)}</option>
            {difficulties.map((d) => (
              <option key={d} value={d}>
                {difficultyWords[d]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={intl.formatMessage(messages.textIs)}
          htmlFor="q-format"
          hint={intl.formatMessage(
            draft.format === 'html' ? messages.formatHintHtml : messages.formatHintPlain,
          )}
        >
          <select
            id="q-format"
            className="select"
            value={draft.format}
            onChange={(e) => setDraft((d) => convertDraft(d, e.target.value as ContentFormat))}
          >
            {(Object.keys(formatLabels) as ContentFormat[]).map((f) => (
              <option key={f} value={f}>
                {intl.formatMessage(formatLabels[f])}
              </option>
            ))}
          </select>
        </Field>
      </div>

      {type !== 'cloze' && (
        <div className="field">
          <ContentField
            // A new editor for each format, so the text box and the rich editor never share state.
            key={`text-${draft.format}`}
            format={draft.format}
            id="q-text"
            label={intl.formatMessage(
              type === 'description' ? messages.textToRead : messages.questionText,
            )}
            multiline
            value={draft.text}
            invalid={invalid('text')}
            onChange={(text) => set({ text })}
          />
          <FieldError id="q-text-error" message={problems.show('text')} />
        </div>
      )}

      {hasOptions(type) && (
        <ChoiceEditor key={`choice-${draft.format}`} draft={draft} set={set} problems={problems} />
      )}

      {type === 'true_false' && (
        <Field
          label={intl.formatMessage(messages.correctAnswer)}
          htmlFor="q-key.value"
          error={problems.show('key.value')}
        >
          <select
            id="q-key.value"
            className="select"
            value={draft.trueFalse ? 'true' : 'false'}
            onChange={(e) => set({ trueFalse: e.target.value === 'true' })}
          >
            <option value="true">{intl.formatMessage(messages.true)}</option>
            <option value="false">{intl.formatMessage(messages.false)}</option>
          </select>
        </Field>
      )}

      {type === 'short_answer' && (
        <TextKeyFields
          idPrefix="q-key"
          keyPath="key"
          value={draft}
          onChange={set}
          show={problems.show}
        />
      )}

      {type === 'numeric' && (
        <NumericKeyFields
          idPrefix="q-key"
          keyPath="key"
          value={{
            value: draft.numericValue,
            tolerance: draft.tolerance,
            toleranceMode: draft.toleranceMode,
            alternatives: draft.alternatives,
          }}
          onChange={({ value, ...rest }) =>
            set({ ...rest, ...(value !== undefined && { numericValue: value }) })
          }
          show={problems.show}
        />
      )}

      {type === 'essay' && (
        <div className="editor__row">
          <Field
            label={intl.formatMessage(messages.minWords)}
            htmlFor="q-minWords"
            error={problems.show('settings.minWords')}
          >
            <NumberInput
              id="q-minWords"
              mode="numeric"
              value={draft.minWords}
              onChange={(minWords) => set({ minWords })}
            />
          </Field>
          <Field
            label={intl.formatMessage(messages.maxWords)}
            htmlFor="q-maxWords"
            error={problems.show('settings.maxWords')}
          >
            <NumberInput
              id="q-maxWords"
              mode="numeric"
              value={draft.maxWords}
              onChange={(maxWords) => set({ maxWords })}
            />
          </Field>
        </div>
      )}

      {type === 'matching' && (
        <MatchingEditor
          key={`matching-${draft.format}`}
          draft={draft}
          set={set}
          problems={problems}
        />
      )}
      {type === 'ordering' && (
        <OrderingEditor
          key={`ordering-${draft.format}`}
          draft={draft}
          set={set}
          problems={problems}
        />
      )}
      {type === 'cloze' && (
        <ClozeEditor key={`cloze-${draft.format}`} draft={draft} set={set} problems={problems} />
      )}

      {draft.format === 'html' && (
        <Field
          label={intl.formatMessage(messages.audioPlays)}
          htmlFor="q-audioPlayLimit"
          error={problems.show('settings.audioPlayLimit')}
          hint={intl.formatMessage(messages.audioPlaysHint)}
        >
          <NumberInput
            id="q-audioPlayLimit"
            mode="numeric"
            value={draft.audioPlayLimit}
            invalid={invalid('settings.audioPlayLimit')}
            onChange={(audioPlayLimit) => set({ audioPlayLimit })}
          />
        </Field>
      )}

      {type !== 'description' && (
        <FeedbackEditor
          key={`feedback-${draft.format}`}
          draft={draft}
          set={set}
          problems={problems}
        />
      )}

      <Field
        label={intl.formatMessage(messages.tags)}
        htmlFor="q-tags"
        hint={intl.formatMessage(messages.tagsHint)}
      >
        <input
          id="q-tags"
          className="input"
          value={draft.tags}
          onChange={(e) => set({ tags: e.target.value })}
        />
      </Field>

      <div className="editor__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {intl.formatMessage(
            saving
              ? messages.savingButton
              : question
                ? messages.saveNewVersion
                : messages.createQuestion,
          )}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(messages.cancel)}
        </button>
      </div>
    </form>
  );
}
