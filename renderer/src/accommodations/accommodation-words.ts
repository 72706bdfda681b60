import type { AccommodationTerms } from '@shared/domain/accommodations';
import { currentIntl } from '../i18n/intl';
import { formatNumber, formatWindow } from '../lib/format';
import { messages } from './messages';

/** What an accommodation grants, as short phrases: `1.5 × the time`, `10 min of rest breaks`. */
export function termsInWords(t: AccommodationTerms): string[] {
  const intl = currentIntl();
  const words: string[] = [];
  if (t.timeMultiplier !== null)
    words.push(
      intl.formatMessage(messages.timesTheTime, { multiplier: formatNumber(t.timeMultiplier) }),
    );
  if (t.extraMinutes !== null)
    words.push(intl.formatMessage(messages.extraMinutes, { count: t.extraMinutes }));
  if (t.restBreakMinutes !== null)
    words.push(intl.formatMessage(messages.restBreakMinutes, { count: t.restBreakMinutes }));
  if (t.extraAttempts !== null)
    words.push(intl.formatMessage(messages.extraAttempts, { count: t.extraAttempts }));
  if (t.availableFrom !== null || t.availableUntil !== null)
    words.push(
      intl.formatMessage(messages.ownWindow, {
        window: formatWindow(t.availableFrom, t.availableUntil),
      }),
    );
  return words;
}
