import { useId, useState } from 'react';
import type { StoredQuestion } from '../../../shared/domain/bank';
import { countWords } from '../../../shared/domain/questions';
import { plural } from '../lib/format';

/**
 * A question as a student sees it in the exam: the text, then the way to
 * answer. It takes no key and shows none; answers typed here are not saved.
 */
export function QuestionPreview({
  question,
  number = 1,
}: {
  question: StoredQuestion;
  number?: number;
}) {
  const name = useId();
  const [text, setText] = useState('');
  return (
    <article className="question-preview" aria-label={`Question ${number}`}>
      <p className="question-preview__meta">
        Question {number} · {plural(question.marks, 'mark')}
      </p>
      <p className="question-preview__text">{question.text}</p>
      {(question.type === 'single_choice' || question.type === 'multiple_response') && (
        <fieldset className="question-preview__choices">
          <legend className="visually-hidden">Your answer</legend>
          {question.type === 'multiple_response' && <p className="muted">Choose all that apply.</p>}
          {(question.options ?? []).map((o) => (
            <label key={o.id} className="choice">
              <input type={question.type === 'single_choice' ? 'radio' : 'checkbox'} name={name} />
              <span>{o.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      {question.type === 'true_false' && (
        <fieldset className="question-preview__choices">
          <legend className="visually-hidden">Your answer</legend>
          {['True', 'False'].map((label) => (
            <label key={label} className="choice">
              <input type="radio" name={name} />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      )}
      {(question.type === 'short_answer' || question.type === 'numeric') && (
        <label className="field">
          <span className="field__label">Your answer</span>
          <input className="input" inputMode={question.type === 'numeric' ? 'decimal' : 'text'} />
        </label>
      )}
      {question.type === 'essay' && (
        <label className="field">
          <span className="field__label">Your answer</span>
          <textarea
            className="input textarea"
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <span className="field__hint">
            {plural(countWords(text), 'word')}
            {question.settings.minWords !== undefined &&
              ` · at least ${question.settings.minWords}`}
            {question.settings.maxWords !== undefined && ` · at most ${question.settings.maxWords}`}
          </span>
        </label>
      )}
    </article>
  );
}
