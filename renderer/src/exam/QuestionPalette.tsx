import { memo } from 'react';
import type { ExamQuestion } from '../../../shared/domain/exam';
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
          const done = isAnswered(state?.value ?? null);
          const label = `Question ${q.number}, ${done ? 'answered' : 'not answered'}${state?.flagged ? ', flagged' : ''}`;
          return (
            <li key={q.questionId}>
              <button
                type="button"
                className={`palette__item${done ? ' palette__item--answered' : ''}${state?.flagged ? ' palette__item--flagged' : ''}`}
                aria-current={i === current ? 'step' : undefined}
                aria-label={label}
                title={label}
                disabled={!canGoBack && i < current}
                onClick={() => onPick(i)}
              >
                {q.number}
              </button>
            </li>
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
