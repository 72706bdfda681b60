import { useMemo, useState } from 'react';
import { examQuestionOf } from '../../../shared/delivery/exam-view';
import type { StoredQuestion } from '../../../shared/domain/bank';
import type { AnswerValue } from '../../../shared/domain/questions';
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
        />
      </div>
    </AnswerSink.Provider>
  );
}
