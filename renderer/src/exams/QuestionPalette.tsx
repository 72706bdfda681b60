import { memo, useRef, type KeyboardEvent } from 'react';
import type { ExamQuestion } from '@shared/domain/exam';
import { isAnswerable } from '@shared/domain/questions';
import { isAnswered, type AnswerState } from './exam-store';
import { examText } from './exam-text';
import { formatNumber } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

interface Props {
  questions: readonly ExamQuestion[];
  answers: Record<string, AnswerState>;
  current: number;
  /** Without review, earlier questions cannot be opened again. */
  canGoBack: boolean;
  onPick: (index: number) => void;
}

/** Every question as a numbered button: answered, unanswered, flagged, and where the student is. */
export const QuestionPalette = memo(function QuestionPalette({
  questions,
  answers,
  current,
  canGoBack,
  onPick,
}: Props) {
  const intl = useIntl();
  const answerable = questions.filter((q) => isAnswerable(q.type));
  const answered = answerable.filter((q) =>
    isAnswered(answers[q.questionId]?.value ?? null),
  ).length;
  const flagged = questions.filter((q) => answers[q.questionId]?.flagged).length;
  const grid = useRef<HTMLOListElement>(null);
  // One Tab stop for the whole palette (the current question's button); arrows move inside it.
  const focusTarget = current >= 0 ? current : 0;
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(grid.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const columns = Math.max(
      1,
      Math.round(
        (grid.current?.clientWidth ?? 1) /
          Math.max(1, buttons[0]?.getBoundingClientRect().width ?? 1),
      ),
    );
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: at + columns,
      ArrowUp: at - columns,
      Home: 0,
      End: buttons.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    buttons[Math.min(Math.max(0, next), buttons.length - 1)]?.focus();
  };
  return (
    <nav className="palette" aria-label={examText.paletteLabel} aria-describedby="palette-hint">
      <p className="palette__summary">
        {intl.formatMessage(messages.paletteSummary, {
          answered: formatNumber(answered),
          total: formatNumber(answerable.length),
        })}
        {flagged > 0 &&
          intl.formatMessage(messages.paletteFlagged, { count: formatNumber(flagged) })}
      </p>
      <p className="visually-hidden" id="palette-hint">
        {examText.paletteHint}
      </p>
      <ol className="palette__grid" ref={grid} onKeyDown={onKeyDown}>
        {questions.map((q, i) => {
          const state = answers[q.questionId];
          return (
            <PaletteItem
              key={q.questionId}
              index={i}
              number={q.number}
              information={!isAnswerable(q.type)}
              answered={isAnswered(state?.value ?? null)}
              flagged={state?.flagged ?? false}
              current={i === current}
              tabbable={i === focusTarget}
              disabled={!canGoBack && i < current}
              onPick={onPick}
            />
          );
        })}
      </ol>
      <ul className="palette__legend" aria-hidden="true">
        <li>
          <span className="palette__swatch palette__swatch--answered">✓</span>{' '}
          {examText.legendAnswered}
        </li>
        <li>
          <span className="palette__swatch" /> {examText.legendNotAnswered}
        </li>
        <li>
          <span className="palette__swatch palette__swatch--flagged">⚑</span>{' '}
          {examText.legendFlagged}
        </li>
      </ul>
    </nav>
  );
});

interface ItemProps {
  index: number;
  number: number;
  /** A description: read, never answered. */
  information: boolean;
  answered: boolean;
  flagged: boolean;
  current: boolean;
  /** The palette's one Tab stop. */
  tabbable: boolean;
  disabled: boolean;
  onPick: (index: number) => void;
}

/** One button; re-rendered only when its own state changes, so a long paper stays fast. */
const PaletteItem = memo(function PaletteItem({
  index,
  number,
  information,
  answered,
  flagged,
  current,
  tabbable,
  disabled,
  onPick,
}: ItemProps) {
  const intl = useIntl();
  const state = information
    ? examText.information
    : answered
      ? examText.answered
      : examText.notAnswered;
  const label = flagged
    ? intl.formatMessage(messages.paletteItemFlagged, {
        number: formatNumber(number),
        state,
        flagged: examText.flagged,
      })
    : intl.formatMessage(messages.paletteItem, { number: formatNumber(number), state });
  return (
    <li>
      <button
        type="button"
        className={`palette__item${answered ? ' palette__item--answered' : ''}${flagged ? ' palette__item--flagged' : ''}`}
        aria-current={current ? 'step' : undefined}
        aria-label={label}
        title={label}
        tabIndex={tabbable ? 0 : -1}
        // Disabled questions stay focusable for the arrows, and say why nothing happens.
        aria-disabled={disabled || undefined}
        onClick={() => {
          if (!disabled) onPick(index);
        }}
      >
        {number}
        {/* The states in shape as well as colour: a tick for answered, a flag for flagged. */}
        {answered && (
          <span className="palette__mark palette__mark--answered" aria-hidden="true">
            ✓
          </span>
        )}
        {flagged && (
          <span className="palette__mark palette__mark--flagged" aria-hidden="true">
            ⚑
          </span>
        )}
      </button>
    </li>
  );
});
