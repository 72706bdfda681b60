import { useEffect, useRef, useState } from 'react';
import { crossedWarnings, formatDuration } from '@shared/exam-clock/clock-policy';
import { remainingNow, useExamStore } from './exam-store';
import { breakText, examText } from './exam-text';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/** The time left, always on screen, with warnings at 10 and 1 minutes. Main's clock is the truth. */
export function ExamTimer() {
  const intl = useIntl();
  const clock = useExamStore((s) => s.clock);
  const [left, setLeft] = useState(() => remainingNow(clock));
  const [warning, setWarning] = useState<string | null>(null);
  const previous = useRef(left);

  useEffect(() => {
    const update = () => {
      const next = remainingNow(useExamStore.getState().clock);
      const crossed = crossedWarnings(previous.current, next);
      if (crossed.length > 0) {
        const last = crossed[crossed.length - 1] ?? 0;
        setWarning(last >= 600_000 ? examText.tenMinutes : examText.oneMinute);
      }
      previous.current = next;
      setLeft(next);
    };
    update();
    const timer = window.setInterval(update, 250);
    return () => window.clearInterval(timer);
  }, [clock]);

  if (left === null)
    return <div className="timer timer--untimed">{intl.formatMessage(messages.untimed)}</div>;
  const urgent = left <= 60_000;
  const low = left <= 600_000;
  const paused = clock?.breaks.state === 'running';
  return (
    <>
      <div
        className={`timer${low ? ' timer--low' : ''}${urgent ? ' timer--urgent' : ''}`}
        role="timer"
        aria-label={
          paused
            ? intl.formatMessage(messages.timeLeftPausedAria, {
                time: formatDuration(left),
                paused: breakText.timerPaused,
              })
            : intl.formatMessage(messages.timeLeftAria, { time: formatDuration(left) })
        }
      >
        <span className="timer__label">
          {paused
            ? intl.formatMessage(messages.timerPausedLabel, { paused: breakText.timerPaused })
            : intl.formatMessage(messages.timeLeft)}
        </span>
        <span className="timer__value">{formatDuration(left)}</span>
      </div>
      {/* Polite and in the page's flow: it is read once, and it pushes the question down
          rather than covering its heading. */}
      <div className="time-warning-slot" role="status">
        {warning !== null && (
          <div className="time-warning">
            <span>{warning}</span>
            <button type="button" className="button button--small" onClick={() => setWarning(null)}>
              {examText.dismiss}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
