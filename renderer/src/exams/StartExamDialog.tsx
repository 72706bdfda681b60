import { useState, type SubmitEvent } from 'react';
import type { AvailableTest } from '@shared/domain/delivery';
import { call } from '../api/client';
import { formatNumber, formatTimeAllowed, plural } from '../lib/format';
import { hrefFor } from '../app/route-store';
import { Dialog } from '../ui/Dialog';

/** The rules once more, the start code if the proctor set one, then the exam. */
export function StartExamDialog({ exam, onClose }: { exam: AvailableTest; onClose: () => void }) {
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
    setError(result.error.message);
  };

  return (
    <Dialog
      title={resuming ? `Resume ${exam.name}` : `Start ${exam.name}`}
      open
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Not yet
          </button>
          <button
            type="submit"
            form="start-exam"
            className="button button--primary"
            disabled={busy}
          >
            {resuming ? 'Resume exam' : busy ? 'Starting…' : 'Start exam'}
          </button>
        </>
      }
    >
      <form id="start-exam" onSubmit={(e) => void start(e)}>
        <ul className="rules">
          <li>
            {formatTimeAllowed(exam.timerMinutes)}
            {exam.timerMinutes !== null &&
              (resuming
                ? '. Your clock has been running since you started and carries on from where it is now; it does not stop if the computer crashes or sleeps.'
                : '. The clock starts when you start and does not stop if the computer crashes or sleeps.')}
          </li>
          <li>
            {plural(exam.questionCount, 'question')}, {formatNumber(exam.totalMarks)} marks in all.
          </li>
          <li>Every answer is saved on this computer the moment you give it.</li>
          <li>
            {exam.allowReview
              ? 'You can flag questions and review all your answers before you submit.'
              : 'Questions are answered in order; you cannot go back.'}
          </li>
          <li>When time is up, the exam submits itself with every answer you saved.</li>
        </ul>
        {exam.startCodeRequired && !resuming && (
          <div className="field">
            <label className="field__label" htmlFor="start-code">
              Start code from your proctor
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
