import { useCallback, useMemo, useState } from 'react';
import { examQuestionOf } from '@shared/delivery/exam-view';
import type { StoredQuestion } from '@shared/domain/bank';
import type { AnswerValue } from '@shared/domain/questions';
import { AnswerSink, QuestionView } from '../exams/QuestionView';
import '../exams/exam.css';

/**
 * A question exactly as the exam screen shows it (the delivery component
 * itself), with no key. Answers given here stay in this preview and are never saved.
 */
export function QuestionPreview({
  question,
  number = 1,
}: {
  question: StoredQuestion;
  number?: number;
}) {
  const [value, setValue] = useState<AnswerValue | null>(null);
  // Plays are counted here, as the exam would count them, and forgotten with the preview.
  const [played, setPlayed] = useState(0);
  const record = useCallback(() => {
    setPlayed((n) => n + 1);
    return Promise.resolve(null);
  }, []);
  // Built as the exam builds a paper's question (format, matching responses, ordering start, gaps), unshuffled.
  const view = useMemo(
    () =>
      examQuestionOf(
        { questionId: 'preview', versionId: null, marks: question.marks, optionOrder: null },
        question,
        number,
        { seed: 'preview', shuffled: false },
      ),
    [question, number],
  );
  return (
    <AnswerSink.Provider value={(_id, next) => setValue(next)}>
      <div className="question-preview">
        <QuestionView
          question={view}
          state={{ value, flagged: false, savedAt: null, status: 'idle' }}
          total={number}
          plays={{ played, record }}
        />
      </div>
    </AnswerSink.Provider>
  );
}
