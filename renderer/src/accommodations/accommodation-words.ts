import type { AccommodationTerms } from '@shared/domain/accommodations';
import { formatNumber, formatWindow, plural } from '../lib/format';

/** What an accommodation grants, as short phrases: `1.5 × the time`, `10 min of rest breaks`. */
export function termsInWords(t: AccommodationTerms): string[] {
  const words: string[] = [];
  if (t.timeMultiplier !== null) words.push(`${formatNumber(t.timeMultiplier)} × the time`);
  if (t.extraMinutes !== null) words.push(plural(t.extraMinutes, 'extra minute'));
  if (t.restBreakMinutes !== null)
    words.push(`${plural(t.restBreakMinutes, 'minute')} of rest breaks`);
  if (t.extraAttempts !== null) words.push(plural(t.extraAttempts, 'extra attempt'));
  if (t.availableFrom !== null || t.availableUntil !== null)
    words.push(`own window: ${formatWindow(t.availableFrom, t.availableUntil)}`);
  return words;
}
