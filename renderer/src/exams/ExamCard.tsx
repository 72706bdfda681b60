import { useId, useState } from 'react';
import type { AvailableTest } from '@shared/domain/delivery';
import { formatNumber, formatTimeAllowed, formatWindow, plural } from '../lib/format';
import { Badge } from '../ui/Badge';
import { StartExamDialog } from './StartExamDialog';
import { durationWords } from './clock-news';

/** What a student needs to know about an exam before starting it. */
export function ExamCard({ exam }: { exam: AvailableTest }) {
  const titleId = useId();
  const attemptsLeft = Math.max(0, exam.attemptsAllowed - exam.attemptsUsed);
  const inProgress = exam.inProgressAttemptId !== null;
  const [starting, setStarting] = useState(false);

  return (
    <article className="exam-card" aria-labelledby={titleId}>
      <div className="exam-card__head">
        <h2 className="exam-card__title" id={titleId}>
          {exam.name}
        </h2>
        {inProgress && <Badge tone="info">In progress</Badge>}
      </div>
      {exam.description !== null && <p className="exam-card__description">{exam.description}</p>}
      <dl className="facts">
        <div className="facts__item">
          <dt>Time allowed</dt>
          <dd>
            {formatTimeAllowed(exam.timerMinutes)}
            {exam.accommodationMs > 0 && (
              <span> + {durationWords(exam.accommodationMs)} extra time for you</span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>Questions</dt>
          <dd>{formatNumber(exam.questionCount)}</dd>
        </div>
        <div className="facts__item">
          <dt>Total marks</dt>
          <dd>{formatNumber(exam.totalMarks)}</dd>
        </div>
        <div className="facts__item">
          <dt>Attempts left</dt>
          <dd>
            {formatNumber(attemptsLeft)} of {formatNumber(exam.attemptsAllowed)}
          </dd>
        </div>
        <div className="facts__item">
          <dt>Available</dt>
          <dd>{formatWindow(exam.availableFrom, exam.availableUntil)}</dd>
        </div>
        {exam.breakAllowanceMs > 0 && (
          <div className="facts__item">
            <dt>Rest breaks</dt>
            <dd>Up to {durationWords(exam.breakAllowanceMs)}, each approved by your proctor</dd>
          </div>
        )}
        <div className="facts__item">
          <dt>Start code</dt>
          <dd>{exam.startCodeRequired ? 'Needed — your proctor gives it to you' : 'Not needed'}</dd>
        </div>
      </dl>
      <p className="exam-card__note">
        {inProgress
          ? 'You have started this exam. It continues where you left off, with the time you had left.'
          : `${plural(exam.attemptsUsed, 'attempt')} used so far.${exam.allowReview ? ' You can go back to earlier questions before you submit.' : ' Questions are answered in order, without going back.'}`}
      </p>
      <div className="exam-card__actions">
        <button type="button" className="button button--primary" onClick={() => setStarting(true)}>
          {inProgress ? 'Resume exam' : 'Start exam'}
        </button>
      </div>
      {starting && <StartExamDialog exam={exam} onClose={() => setStarting(false)} />}
    </article>
  );
}
