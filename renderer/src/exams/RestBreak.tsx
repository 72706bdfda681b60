import { useEffect, useState } from 'react';
import { formatDuration } from '@shared/exam-clock/clock-policy';
import { call } from '../api/client';
import {
  breakLeftNow,
  flushAll,
  remainingNow,
  setNotice,
  updateClock,
  useExamStore,
} from './exam-store';
import { clockNews } from './clock-news';
import { breakText } from './exam-text';
import { shownError } from '../errors/error-text';

/** Asks for a break or comes back from one, and says what changed. */
function useBreakAction(attemptId: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (method: 'exams.requestBreak' | 'exams.endBreak') => {
    setBusy(true);
    setError(null);
    // Nothing typed waits through a break: it is saved first.
    if (method === 'exams.requestBreak') await flushAll();
    const before = useExamStore.getState().clock;
    const result = await call(method, { attemptId });
    setBusy(false);
    if (!result.ok) {
      setError(shownError(result.error));
      return;
    }
    updateClock(result.value);
    setNotice(clockNews(before, result.value));
  };
  return { busy, error, run };
}

/** Under the question: ask for a rest break, or see that one is waiting for the proctor. */
export function RestBreakBar({ attemptId }: { attemptId: string }) {
  const clock = useExamStore((s) => s.clock);
  const { busy, error, run } = useBreakAction(attemptId);
  if (!clock || clock.breaks.allowanceMs === 0) return null;
  const left = breakLeftNow(clock);
  const state = clock.breaks.state;
  if (state === null && left === 0) return null;
  return (
    <section className="rest-break" aria-label={breakText.region}>
      {state === null ? (
        <>
          <p className="rest-break__text">{breakText.available(formatDuration(left))}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run('exams.requestBreak')}
          >
            {breakText.ask}
          </button>
        </>
      ) : (
        <>
          <p className="rest-break__text">
            {state === 'approved' ? breakText.approved : breakText.waiting}
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run('exams.endBreak')}
          >
            {breakText.withdraw}
          </button>
        </>
      )}
      {error !== null && (
        <p className="field__hint field__hint--warning" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** In place of the question while a break runs: the paused clock, break time left, and the way back. */
export function BreakScreen({ attemptId }: { attemptId: string }) {
  const clock = useExamStore((s) => s.clock);
  const { busy, error, run } = useBreakAction(attemptId);
  const [, setNow] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setNow((n) => n + 1), 500);
    return () => window.clearInterval(timer);
  }, []);
  const examLeft = remainingNow(clock);
  return (
    <section className="break-screen" aria-labelledby="break-heading">
      <h2 id="break-heading">{breakText.heading}</h2>
      <p>{breakText.paused(examLeft === null ? null : formatDuration(examLeft))}</p>
      <p className="break-screen__left">
        <span className="break-screen__label">{breakText.leftLabel}</span>{' '}
        <span className="break-screen__value" data-testid="break-left">
          {formatDuration(breakLeftNow(clock))}
        </span>
      </p>
      <p className="muted">{breakText.whenUsed}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void run('exams.endBreak')}
      >
        {breakText.back}
      </button>
      {error !== null && (
        <p className="field__hint field__hint--warning" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
