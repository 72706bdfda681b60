import type { ExamClockView } from '@shared/domain/exam';
import type { SourceMessage } from '../i18n/catalogue';
import { currentIntl } from '../i18n/intl';
import { messages } from './messages';

/** `15 minutes`, `12 minutes 30 seconds`, `1 hour 30 minutes`: a length of time in words. */
export function durationWords(ms: number): string {
  const intl = currentIntl();
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    hours > 0 ? intl.formatMessage(messages.durationHours, { count: hours }) : null,
    minutes > 0 ? intl.formatMessage(messages.durationMinutes, { count: minutes }) : null,
    seconds > 0 ? intl.formatMessage(messages.durationSeconds, { count: seconds }) : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return intl.formatMessage(messages.durationMinutes, { count: 0 });
  return parts.reduce((first, rest) =>
    intl.formatMessage(messages.durationJoined, { first, rest }),
  );
}

/** Time left, to the minute, as a person says it. */
const leftWords = (ms: number | null): string =>
  ms === null
    ? ''
    : currentIntl().formatMessage(messages.newsLeft, {
        duration: durationWords(Math.floor(ms / 60_000) * 60_000),
      });

/**
 * What changed about the student's time, in words, so the timer never jumps
 * without a sentence: the extra time arranged for them (when the exam opens),
 * time a proctor added, and a rest break asked for, starting and ending.
 * `before` is null when the exam has just opened. Null when nothing changed.
 */
export function clockNews(before: ExamClockView | null, after: ExamClockView): string | null {
  const intl = currentIntl();
  const say = (message: SourceMessage, values?: Record<string, string>): string =>
    intl.formatMessage(message, values);
  const news: string[] = [];
  const breakLeft = Math.max(0, after.breaks.allowanceMs - after.breaks.usedMs);
  if (before === null) {
    if (after.accommodationMs > 0)
      news.push(
        say(messages.extraTimeIncluded, { duration: durationWords(after.accommodationMs) }),
      );
    if (after.breaks.state !== 'running' && breakLeft > 0)
      news.push(say(messages.newsBreaksAllowed, { duration: durationWords(breakLeft) }));
    if (after.breaks.state === 'running') news.push(say(messages.newsOnBreak));
    return news.length === 0 ? null : news.join(' ');
  }
  const added = after.extraMs - before.extraMs;
  if (added > 0)
    news.push(
      `${say(messages.newsAdded, { duration: durationWords(added) })}${leftWords(after.remainingMs)}`,
    );
  const was = before.breaks.state;
  const is = after.breaks.state;
  if (was !== 'running' && is === 'running')
    news.push(say(messages.newsBreakStarted, { duration: durationWords(breakLeft) }));
  if (was === 'running' && is !== 'running')
    news.push(breakLeft === 0 ? say(messages.newsBreakUsedUp) : say(messages.newsBreakEnded));
  if (was === null && is === 'requested') news.push(say(messages.newsBreakRequested));
  if (was !== 'approved' && is === 'approved') news.push(say(messages.breakApproved));
  if ((was === 'requested' || was === 'approved') && is === null)
    news.push(say(messages.newsBreakWithdrawn));
  return news.length === 0 ? null : news.join(' ');
}
