import { setNotice, useExamStore } from './exam-store';
import { examText } from './exam-text';

/**
 * What changed about the student's time, in words: seen in the page's flow
 * (it pushes the question down, covering nothing) and read once by a screen
 * reader from a polite live region that is always there, so a timer never
 * jumps without a sentence.
 */
export function ExamNotice() {
  const notice = useExamStore((s) => s.notice);
  return (
    <div className="exam-notice-slot" role="status" data-testid="exam-notice">
      {notice !== null && (
        <div className="exam-notice">
          <p className="exam-notice__text">{notice}</p>
          <button type="button" className="button button--small" onClick={() => setNotice(null)}>
            {examText.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
