import { useState, type SubmitEvent } from 'react';
import type { AvailableTest } from '@shared/domain/delivery';
import { call } from '../api/client';
import { formatNumber, formatTimeAllowed } from '../lib/format';
import { useIntl } from '../i18n/use-intl';
import { hrefFor } from '../app/route-store';
import { Dialog } from '../ui/Dialog';
import { durationWords } from './clock-news';
import { messages } from './messages';
import { shownError } from '../errors/error-text';

/** The rules once more, the start code if the proctor set one, then the exam. */
export function StartExamDialog({ exam, onClose }: { exam: AvailableTest; onClose: () => void }) {
  const intl = useIntl();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resuming = exam.inProgressAttemptId !== null;

  const start = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    if (resuming && exam.inProgressAttemptId !== null) {
      window.location.hash = hrefFor(`exam/${exam.inProgressAttemptId}`);
      return;
    }
    const result = await call('exams.start', {
      testId: exam.id,
      ...(exam.startCodeRequired && { startCode: code }),
    });
    setBusy(false);
    if (result.ok) {
      window.location.hash = hrefFor(`exam/${result.value.attemptId}`);
      return;
    }
    if (result.error.field === 'resumeCode' && exam.inProgressAttemptId !== null) {
      window.location.hash = hrefFor(`exam/${exam.inProgressAttemptId}`);
      return;
    }
    setError(shownError(result.error));
  };

  return (
    <Dialog
      title={intl.formatMessage(resuming ? messages.resumeTitle : messages.startTitle, {
        name: exam.name,
      })}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {intl.formatMessage(messages.notYet)}
          </button>
          <button
            type="submit"
            form="start-exam"
            className="button button--primary"
            disabled={busy}
          >
            {intl.formatMessage(
              resuming ? messages.resumeExam : busy ? messages.starting : messages.startExam,
            )}
          </button>
        </>
      }
    >
      <form id="start-exam" onSubmit={(e) => void start(e)}>
        <ul className="rules">
          {exam.accommodationMs > 0 && (
            <li>
              {intl.formatMessage(messages.extraTimeIncluded, {
                duration: durationWords(exam.accommodationMs),
              })}
            </li>
          )}
          {exam.breakAllowanceMs > 0 && (
            <li>
              {intl.formatMessage(messages.ruleBreaks, {
                duration: durationWords(exam.breakAllowanceMs),
              })}
            </li>
          )}
          <li>
            {exam.timerMinutes === null
              ? formatTimeAllowed(exam.timerMinutes)
              : intl.formatMessage(
                  resuming ? messages.ruleClockResuming : messages.ruleClockStarts,
                  { time: formatTimeAllowed(exam.timerMinutes) },
                )}
          </li>
          <li>
            {intl.formatMessage(messages.ruleQuestions, {
              count: exam.questionCount,
              marks: formatNumber(exam.totalMarks),
            })}
          </li>
          <li>{intl.formatMessage(messages.ruleSaved)}</li>
          <li>
            {intl.formatMessage(exam.allowReview ? messages.ruleReview : messages.ruleNoReview)}
          </li>
          <li>{intl.formatMessage(messages.ruleTimeUp)}</li>
        </ul>
        {exam.startCodeRequired && !resuming && (
          <div className="field">
            <label className="field__label" htmlFor="start-code">
              {intl.formatMessage(messages.startCodeLabel)}
            </label>
            <input
              id="start-code"
              className="input input--large"
              inputMode="numeric"
              autoComplete="off"
              value={code}
              aria-invalid={error !== null}
              onChange={(e) => setCode(e.target.value)}
            />
          </div>
        )}
        {error !== null && (
          <p className="field__hint field__hint--warning" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
