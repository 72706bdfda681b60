import { memo } from 'react';
import type { ExamQuestion } from '@shared/domain/exam';
import { isAnswered, type AnswerState } from './exam-store';

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
  const answered = questions.filter((q) => isAnswered(answers[q.questionId]?.value ?? null)).length;
  const flagged = questions.filter((q) => answers[q.questionId]?.flagged).length;
  return (
    <nav className="palette" aria-label="Questions">
      <p className="palette__summary">
        {answered} of {questions.length} answered
        {flagged > 0 && ` · ${flagged} flagged`}
      </p>
      <ol className="palette__grid">
        {questions.map((q, i) => {
          const state = answers[q.questionId];
          return (
            <PaletteItem
              key={q.questionId}
              index={i}
              number={q.number}
              answered={isAnswered(state?.value ?? null)}
              flagged={state?.flagged ?? false}
              current={i === current}
              disabled={!canGoBack && i < current}
              onPick={onPick}
            />
          );
        })}
      </ol>
      <ul className="palette__legend" aria-hidden="true">
        <li>
          <span className="palette__swatch palette__swatch--answered" /> Answered
        </li>
        <li>
          <span className="palette__swatch" /> Not answered
        </li>
        <li>
          <span className="palette__swatch palette__swatch--flagged" /> Flagged
        </li>
      </ul>
    </nav>
  );
});

interface ItemProps {
  index: number;
  number: number;
  answered: boolean;
  flagged: boolean;
  current: boolean;
  disabled: boolean;
  onPick: (index: number) => void;
}

/** One button; re-rendered only when its own state changes, so a long paper stays fast. */
const PaletteItem = memo(function PaletteItem({
  index,
  number,
  answered,
  flagged,
  current,
  disabled,
  onPick,
}: ItemProps) {
  const label = `Question ${number}, ${answered ? 'answered' : 'not answered'}${flagged ? ', flagged' : ''}`;
  return (
    <li>
      <button
        type="button"
        className={`palette__item${answered ? ' palette__item--answered' : ''}${flagged ? ' palette__item--flagged' : ''}`}
        aria-current={current ? 'step' : undefined}
        aria-label={label}
        title={label}
        disabled={disabled}
        onClick={() => onPick(index)}
      >
        {number}
      </button>
    </li>
  );
});
