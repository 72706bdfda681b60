import { useState } from 'react';
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
  return (
    <AnswerSink.Provider value={(_id, next) => setValue(next)}>
      <div className="question-preview">
        <QuestionView
          question={{
            questionId: 'preview',
            versionId: null,
            number,
            type: question.type,
            text: question.text,
            options: question.options,
            marks: question.marks,
            settings: question.settings,
          }}
          state={{ value, flagged: false, savedAt: null, status: 'idle' }}
          total={number}
        />
      </div>
    </AnswerSink.Provider>
  );
}
