import { useContext, useId, useMemo, useState } from 'react';
import type { ExamQuestion } from '@shared/domain/exam';
import { countWords, type AnswerValue, type QuestionType } from '@shared/domain/questions';
import { AudioLimitContext, type AudioLimit } from '../content/AudioPlayer';
import { RichText } from '../content/RichText';
import { decimalSeparator, formatNumberInput, parseLocaleNumber } from '@shared/i18n/number-input';
import { activeLocale } from '../i18n/locale-store';
import { useIntl } from '../i18n/use-intl';
import { formatNumber } from '../lib/format';
import { messages } from './messages';
import { AnswerSink } from './answer-sink';
import { recordAudioPlay, useExamStore, type AnswerState } from './exam-store';
import { ClozeAnswer } from './items/ClozeAnswer';
import { MatchingAnswer } from './items/MatchingAnswer';
import { OrderingAnswer } from './items/OrderingAnswer';
import './items/items.css';

export { AnswerSink };

/** Plays of the question's audio kept somewhere other than the exam (the author's preview). */
export interface LocalPlays {
  played: number;
  record: (hash: string) => Promise<string | null>;
}

interface Props {
  question: ExamQuestion;
  state: AnswerState;
  total: number;
  /** Where plays are counted when not in an exam; in an exam, main counts them. */
  plays?: LocalPlays | undefined;
}

/** One question on the screen, with the input its type needs. */
const typeMessages: Record<QuestionType, (typeof messages)[keyof typeof messages]> = {
  single_choice: messages.typeSingleChoice,
  multiple_response: messages.typeMultipleResponse,
  true_false: messages.typeTrueFalse,
  short_answer: messages.typeShortAnswer,
  numeric: messages.typeNumeric,
  essay: messages.typeEssay,
  matching: messages.typeMatching,
  ordering: messages.typeOrdering,
  cloze: messages.typeCloze,
  description: messages.typeDescription,
};

export function QuestionView({ question, state, total, plays }: Props) {
  const intl = useIntl();
  const headingId = useId();
  const audio = useAudioLimit(question, plays);
  return (
    <section className="question" aria-labelledby={headingId}>
      <header className="question__head">
        <h2 className="question__number" id={headingId}>
          {intl.formatMessage(messages.questionNumber, {
            number: question.number,
            total,
            of: (chunks) => <span className="question__of">{chunks}</span>,
          })}
        </h2>
        <span className="question__meta">
          {intl.formatMessage(typeMessages[question.type])} ·{' '}
          {question.type === 'description'
            ? intl.formatMessage(messages.nothingToAnswer)
            : intl.formatMessage(messages.marks, { count: question.marks })}
        </span>
      </header>
      <AudioLimitContext.Provider value={audio}>
        {/* A cloze passage is the answer itself: its gaps sit in the text. */}
        {question.type !== 'cloze' && (
          <RichText format={question.format} text={question.text} className="question__text" />
        )}
        <AnswerInput question={question} value={state.value} />
      </AudioLimitContext.Provider>
    </section>
  );
}

/** The question's listening limit, counted against the plays recorded for it; null with none. */
function useAudioLimit(question: ExamQuestion, local: LocalPlays | undefined): AudioLimit | null {
  const limit = question.settings.audioPlayLimit;
  const examPlayed = useExamStore((s) => s.audioPlays[question.questionId] ?? 0);
  const id = question.questionId;
  const played = local?.played ?? examPlayed;
  const record = local?.record;
  return useMemo(
    () =>
      limit === undefined
        ? null
        : {
            playsLeft: Math.max(0, limit - played),
            onPlay: record ?? ((hash: string) => recordAudioPlay(id, hash)),
          },
    [limit, played, id, record],
  );
}

function AnswerInput({ question, value }: { question: ExamQuestion; value: AnswerValue | null }) {
  const intl = useIntl();
  const id = question.questionId;
  const save = useContext(AnswerSink);
  switch (question.type) {
    case 'single_choice':
      return (
        <fieldset className="choices">
          <legend className="visually-hidden">{intl.formatMessage(messages.chooseOne)}</legend>
          {(question.options ?? []).map((o) => (
            <label key={o.id} className="choice">
              <input
                type="radio"
                name={`q-${id}`}
                checked={value?.type === 'single_choice' && value.optionId === o.id}
                onChange={() => save(id, { type: 'single_choice', optionId: o.id })}
              />
              <RichText format={question.format} text={o.text} inline />
            </label>
          ))}
        </fieldset>
      );
    case 'multiple_response': {
      const chosen = value?.type === 'multiple_response' ? value.optionIds : [];
      return (
        <fieldset className="choices">
          <legend className="choices__hint">{intl.formatMessage(messages.chooseAll)}</legend>
          {(question.options ?? []).map((o) => (
            <label key={o.id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(o.id)}
                onChange={(e) => {
                  const next = e.target.checked
                    ? [...chosen, o.id]
                    : chosen.filter((x) => x !== o.id);
                  save(id, { type: 'multiple_response', optionIds: next });
                }}
              />
              <RichText format={question.format} text={o.text} inline />
            </label>
          ))}
        </fieldset>
      );
    }
    case 'true_false':
      return (
        <fieldset className="choices choices--row">
          <legend className="visually-hidden">{intl.formatMessage(messages.trueOrFalse)}</legend>
          {[true, false].map((v) => (
            <label key={String(v)} className="choice">
              <input
                type="radio"
                name={`q-${id}`}
                checked={value?.type === 'true_false' && value.value === v}
                onChange={() => save(id, { type: 'true_false', value: v })}
              />
              <span>{intl.formatMessage(v ? messages.true : messages.false)}</span>
            </label>
          ))}
        </fieldset>
      );
    case 'short_answer':
      return (
        <TextAnswer
          label={intl.formatMessage(messages.yourAnswer)}
          value={value?.type === 'short_answer' ? value.text : ''}
          onType={(text) => save(id, text === '' ? null : { type: 'short_answer', text }, true)}
        />
      );
    case 'numeric':
      return (
        <NumericAnswer
          key={id}
          questionId={id}
          value={value?.type === 'numeric' ? value.value : null}
        />
      );
    case 'essay':
      return (
        <EssayAnswer
          questionId={id}
          text={value?.type === 'essay' ? value.text : ''}
          minWords={question.settings.minWords}
          maxWords={question.settings.maxWords}
        />
      );
    case 'description':
      return null;
    case 'matching':
      return (
        <MatchingAnswer question={question} value={value?.type === 'matching' ? value : null} />
      );
    case 'ordering':
      return (
        <OrderingAnswer question={question} value={value?.type === 'ordering' ? value : null} />
      );
    case 'cloze':
      return <ClozeAnswer question={question} value={value?.type === 'cloze' ? value : null} />;
  }
}

function TextAnswer({
  label,
  value,
  onType,
}: {
  label: string;
  value: string;
  onType: (text: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input input--large"
        value={value}
        maxLength={2_000}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onType(e.target.value)}
      />
    </div>
  );
}

/**
 * Keeps what the student typed, and saves it only once it reads as a number
 * in the locale's notation (3,14 in French); what is saved is the number, the
 * same in every language.
 */
function NumericAnswer({ questionId, value }: { questionId: string; value: number | null }) {
  const intl = useIntl();
  const id = useId();
  const save = useContext(AnswerSink);
  const [text, setText] = useState(value === null ? '' : formatNumberInput(value, activeLocale()));
  const entry = parseLocaleNumber(text, intl.locale);
  const invalid = entry.kind === 'invalid' || entry.kind === 'ambiguous';
  const decimal = decimalSeparator(intl.locale);
  const hint =
    entry.kind === 'ambiguous'
      ? intl.formatMessage(messages.ambiguousNumber, { text: text.trim(), decimal })
      : entry.kind === 'invalid'
        ? intl.formatMessage(messages.notANumber)
        : intl.formatMessage(decimal === ',' ? messages.numericHintComma : messages.numericHint);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {intl.formatMessage(messages.numericLabel)}
      </label>
      <input
        id={id}
        className="input input--large input--numeric"
        inputMode="decimal"
        value={text}
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const typed = parseLocaleNumber(e.target.value, intl.locale);
          if (typed.kind === 'empty') save(questionId, null, true);
          else if (typed.kind === 'number') {
            save(questionId, { type: 'numeric', value: typed.value }, true);
          }
        }}
      />
      <p className={`field__hint${invalid ? ' field__hint--warning' : ''}`} id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

function EssayAnswer({
  questionId,
  text,
  minWords,
  maxWords,
}: {
  questionId: string;
  text: string;
  minWords: number | undefined;
  maxWords: number | undefined;
}) {
  const intl = useIntl();
  const id = useId();
  const save = useContext(AnswerSink);
  const words = countWords(text);
  const over = maxWords !== undefined && words > maxWords;
  const under = minWords !== undefined && words < minWords;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {intl.formatMessage(messages.yourAnswer)}
      </label>
      <textarea
        id={id}
        className="input essay"
        value={text}
        rows={14}
        spellCheck={false}
        aria-describedby={`${id}-count`}
        onChange={(e) =>
          save(
            questionId,
            e.target.value === '' ? null : { type: 'essay', text: e.target.value },
            true,
          )
        }
      />
      <p
        className={`field__hint essay__count${over ? ' field__hint--warning' : ''}`}
        id={`${id}-count`}
        aria-live="polite"
      >
        {intl.formatMessage(messages.words, { count: words })}
        {minWords !== undefined &&
          intl.formatMessage(messages.atLeast, { count: formatNumber(minWords) })}
        {maxWords !== undefined &&
          intl.formatMessage(messages.atMost, { count: formatNumber(maxWords) })}
        {over && intl.formatMessage(messages.overLimit)}
        {under && words > 0 && intl.formatMessage(messages.underMinimum)}
      </p>
    </div>
  );
}
