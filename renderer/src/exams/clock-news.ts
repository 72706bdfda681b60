import type { ExamClockView } from '@shared/domain/exam';
import { plural } from '../lib/format';

/** `15 minutes`, `12 minutes 30 seconds`, `1 hour 30 minutes`: a length of time in words. */
export function durationWords(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    hours > 0 ? plural(hours, 'hour') : null,
    minutes > 0 ? plural(minutes, 'minute') : null,
    seconds > 0 ? plural(seconds, 'second') : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? '0 minutes' : parts.join(' ');
}

/** Time left, to the minute, as a person says it. */
const leftWords = (ms: number | null): string =>
  ms === null ? '' : ` You now have ${durationWords(Math.floor(ms / 60_000) * 60_000)} left.`;

/**
 * What changed about the student's time, in words, so the timer never jumps
 * without a sentence: the extra time arranged for them (when the exam opens),
 * time a proctor added, and a rest break asked for, starting and ending.
 * `before` is null when the exam has just opened. Null when nothing changed.
 */
export function clockNews(before: ExamClockView | null, after: ExamClockView): string | null {
  const news: string[] = [];
  const breakLeft = Math.max(0, after.breaks.allowanceMs - after.breaks.usedMs);
  if (before === null) {
    if (after.accommodationMs > 0)
      news.push(
        `Your time includes ${durationWords(after.accommodationMs)} of extra time arranged for you.`,
      );
    if (after.breaks.state !== 'running' && breakLeft > 0)
      news.push(
        `You may take up to ${durationWords(breakLeft)} of rest breaks. Your proctor approves each one, and the exam clock pauses while you rest.`,
      );
    if (after.breaks.state === 'running')
      news.push('You are on a rest break. The exam clock is paused.');
    return news.length === 0 ? null : news.join(' ');
  }
  const added = after.extraMs - before.extraMs;
  if (added > 0)
    news.push(`Your proctor gave you ${durationWords(added)} more.${leftWords(after.remainingMs)}`);
  const was = before.breaks.state;
  const is = after.breaks.state;
  if (was !== 'running' && is === 'running')
    news.push(
      `Your rest break has started. The exam clock is paused; you have ${durationWords(breakLeft)} of break time.`,
    );
  if (was === 'running' && is !== 'running')
    news.push(
      breakLeft === 0
        ? 'Your break time is used up. The exam clock is running again.'
        : 'Your break has ended. The exam clock is running again.',
    );
  if (was === null && is === 'requested')
    news.push(
      'Your proctor has been asked for a rest break. The clock runs until they approve it.',
    );
  if (was !== 'approved' && is === 'approved')
    news.push('Your proctor approved your break. It starts in a moment.');
  if ((was === 'requested' || was === 'approved') && is === null)
    news.push('Your request for a rest break is withdrawn.');
  return news.length === 0 ? null : news.join(' ');
}
