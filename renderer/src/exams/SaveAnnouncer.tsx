import { useEffect, useRef, useState } from 'react';
import { useExamStore } from './exam-store';
import { examText } from './exam-text';

/**
 * The save receipt for a screen reader, polite and never noisy: it speaks only
 * when a save starts failing and when everything is saved again, not on every
 * "Saving…" and "Saved" that typing brings.
 */
export function SaveAnnouncer() {
  const failing = useExamStore((s) => Object.values(s.answers).some((a) => a.status === 'error'));
  const problem = useExamStore((s) => s.saveProblem);
  const [message, setMessage] = useState('');
  const wasFailing = useRef(false);
  useEffect(() => {
    if (failing && !wasFailing.current) setMessage(problem ?? examText.saveFailed);
    if (!failing && wasFailing.current) setMessage(examText.saveRecovered);
    wasFailing.current = failing;
  }, [failing, problem]);
  return (
    <p className="visually-hidden" role="status" data-testid="save-announcer">
      {message}
    </p>
  );
}
