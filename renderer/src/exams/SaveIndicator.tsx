import { useSyncStore } from '../sync/sync-store';
import { formatTime } from '../lib/format';
import { useExamStore } from './exam-store';
import { useIntl } from '../i18n/use-intl';
import { messages } from './messages';

/**
 * The student's receipt: "Saved on this computer" once the local commit has
 * returned, "Sent" once the device has pushed after that save.
 */
export function SaveIndicator() {
  const intl = useIntl();
  const answers = useExamStore((s) => s.answers);
  const problem = useExamStore((s) => s.saveProblem);
  const sync = useSyncStore((s) => s.status);
  const states = Object.values(answers);
  const busy = states.some((a) => a.status === 'pending' || a.status === 'saving');
  const failing = states.some((a) => a.status === 'error');
  const last = states.reduce<string | null>(
    (max, a) => (a.savedAt !== null && (max === null || a.savedAt > max) ? a.savedAt : max),
    null,
  );

  let text: string;
  let tone: 'ok' | 'busy' | 'error' | 'sent';
  if (failing) {
    text = problem ?? intl.formatMessage(messages.notSavedRetrying);
    tone = 'error';
  } else if (busy) {
    text = intl.formatMessage(messages.saving);
    tone = 'busy';
  } else if (last === null) {
    text = intl.formatMessage(messages.noAnswersYet);
    tone = 'ok';
  } else if (sync.lastPushAt !== null && sync.lastPushAt >= last) {
    text = intl.formatMessage(messages.savedAndSent, { time: formatTime(Date.parse(last)) });
    tone = 'sent';
  } else {
    text = intl.formatMessage(messages.savedLocally, { time: formatTime(Date.parse(last)) });
    tone = 'ok';
  }
  return (
    // Not a live region: it changes with every keystroke. SaveAnnouncer says what matters, once.
    <p className={`save-indicator save-indicator--${tone}`} data-testid="save-indicator">
      <span className="save-indicator__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
