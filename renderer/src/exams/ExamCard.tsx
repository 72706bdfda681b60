import { useId, useState } from 'react';
import type { AvailableTest } from '@shared/domain/delivery';
import { formatNumber, formatTimeAllowed, formatWindow } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { Badge } from '../ui/Badge';
import { StartExamDialog } from './StartExamDialog';
import { durationWords } from './clock-news';
import { messages } from './messages';

/** What a student needs to know about an exam before starting it. */
export function ExamCard({ exam }: { exam: AvailableTest }) {
  const intl = useIntl();
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
        {inProgress && <Badge tone="info">{intl.formatMessage(messages.inProgress)}</Badge>}
      </div>
      {exam.description !== null && <p className="exam-card__description">{exam.description}</p>}
      <dl className="facts">
        <div className="facts__item">
          <dt>{intl.formatMessage(messages.timeAllowed)}</dt>
          <dd>
            {formatTimeAllowed(exam.timerMinutes)}
            {exam.accommodationMs > 0 && (
              <span>
                {intl.formatMessage(messages.extraTimeForYou, {
                  duration: durationWords(exam.accommodationMs),
                })}
              </span>
            )}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{intl.formatMessage(messages.questions)}</dt>
          <dd>{formatNumber(exam.questionCount)}</dd>
        </div>
        <div className="facts__item">
          <dt>{intl.formatMessage(messages.totalMarks)}</dt>
          <dd>{formatNumber(exam.totalMarks)}</dd>
        </div>
        <div className="facts__item">
          <dt>{intl.formatMessage(messages.attemptsLeft)}</dt>
          <dd>
            {intl.formatMessage(messages.attemptsLeftValue, {
              left: formatNumber(attemptsLeft),
              allowed: formatNumber(exam.attemptsAllowed),
            })}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{intl.formatMessage(messages.available)}</dt>
          <dd>{formatWindow(exam.availableFrom, exam.availableUntil)}</dd>
        </div>
        {exam.breakAllowanceMs > 0 && (
          <div className="facts__item">
            <dt>{intl.formatMessage(messages.restBreaks)}</dt>
            <dd>
              {intl.formatMessage(messages.restBreaksValue, {
                duration: durationWords(exam.breakAllowanceMs),
              })}
            </dd>
          </div>
        )}
        <div className="facts__item">
          <dt>{intl.formatMessage(messages.startCode)}</dt>
          <dd>
            {intl.formatMessage(
              exam.startCodeRequired ? messages.startCodeNeeded : messages.startCodeNotNeeded,
            )}
          </dd>
        </div>
      </dl>
      <p className="exam-card__note">
        {inProgress
          ? intl.formatMessage(messages.resumeNote)
          : `${intl.formatMessage(messages.attemptsUsed, { count: exam.attemptsUsed })}${intl.formatMessage(exam.allowReview ? messages.canGoBack : messages.inOrder)}`}
      </p>
      <div className="exam-card__actions">
        <button type="button" className="button button--primary" onClick={() => setStarting(true)}>
          {intl.formatMessage(inProgress ? messages.resumeExam : messages.startExam)}
        </button>
      </div>
      {starting && <StartExamDialog exam={exam} onClose={() => setStarting(false)} />}
    </article>
  );
}
