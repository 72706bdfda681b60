/**
 * Display formatting in the active locale (see i18n/). Inputs are API values
 * (ISO strings, numbers).
 */
import { currentIntl } from '../i18n/intl';
import { messages } from './messages';

export function formatNumber(value: number): string {
  return currentIntl().formatNumber(value, { maximumFractionDigits: 2 });
}

/** `3 questions`, `1 question`: English only, for screens not yet in the catalogues. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

export function formatDateTime(iso: string | null): string {
  if (iso === null) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms)
    ? iso
    : currentIntl().formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatTime(ms: number): string {
  return currentIntl().formatTime(ms, { timeStyle: 'short' });
}

/** `5 minutes ago`, falling back to the date after a day. */
export function formatRelative(iso: string | null, nowMs: number): string {
  if (iso === null) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const intl = currentIntl();
  const minutes = Math.round((nowMs - ms) / 60_000);
  if (minutes < 1) return intl.formatMessage(messages.justNow);
  if (minutes < 60) return intl.formatMessage(messages.minutesAgo, { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return intl.formatMessage(messages.hoursAgo, { count: hours });
  return formatDateTime(iso);
}

/** A test's time limit in words: `30 minutes`, `1 hour 30 minutes`, `No time limit`. */
export function formatTimeAllowed(minutes: number | null): string {
  const intl = currentIntl();
  if (minutes === null) return intl.formatMessage(messages.noTimeLimit);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return intl.formatMessage(messages.minutes, { count: rest });
  return rest === 0
    ? intl.formatMessage(messages.hours, { count: hours })
    : intl.formatMessage(messages.hoursAndMinutes, { hours, minutes: rest });
}

/** The same, short enough for a table cell: `30 min`, `1 h 30 min`, `Untimed`. */
export function formatTimerShort(minutes: number | null): string {
  const intl = currentIntl();
  if (minutes === null) return intl.formatMessage(messages.untimed);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return intl.formatMessage(messages.minutesShort, { minutes: rest });
  return rest === 0
    ? intl.formatMessage(messages.hoursShort, { hours })
    : intl.formatMessage(messages.hoursMinutesShort, { hours, minutes: rest });
}

/** When a test can be taken, from its optional window ends. */
export function formatWindow(from: string | null, until: string | null): string {
  const intl = currentIntl();
  if (from === null && until === null) return intl.formatMessage(messages.openNow);
  if (from === null)
    return intl.formatMessage(messages.openUntil, { until: formatDateTime(until) });
  if (until === null) return intl.formatMessage(messages.openFrom, { from: formatDateTime(from) });
  return intl.formatMessage(messages.openBetween, {
    from: formatDateTime(from),
    until: formatDateTime(until),
  });
}

/** A test's window as its author set it, to follow `Available`: `any time`, `until 24 Nov…`. */
export function formatWindowSetting(from: string | null, until: string | null): string {
  const intl = currentIntl();
  if (from === null && until === null) return intl.formatMessage(messages.anyTime);
  if (from === null) return intl.formatMessage(messages.until, { until: formatDateTime(until) });
  if (until === null) return intl.formatMessage(messages.from, { from: formatDateTime(from) });
  return intl.formatMessage(messages.openBetween, {
    from: formatDateTime(from),
    until: formatDateTime(until),
  });
}

const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** Service messages may carry raw ISO times (lockouts); show them as local times. */
export function humaniseTimestamps(message: string): string {
  return message.replace(ISO_TIMESTAMP, (iso) => formatDateTime(iso));
}
