/** Display formatting in the reader's locale. Inputs are API values (ISO strings, numbers). */

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** `3 questions`, `1 question`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

export function formatDateTime(iso: string | null): string {
  if (iso === null) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dateTimeFormat.format(ms);
}

export function formatTime(ms: number): string {
  return timeFormat.format(ms);
}

/** `5 minutes ago`, falling back to the date after a day. */
export function formatRelative(iso: string | null, nowMs: number): string {
  if (iso === null) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const minutes = Math.round((nowMs - ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${plural(hours, 'hour')} ago`;
  return formatDateTime(iso);
}

/** A test's time limit in words: `30 minutes`, `1 hour 30 minutes`, `No time limit`. */
export function formatTimeAllowed(minutes: number | null): string {
  if (minutes === null) return 'No time limit';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(rest, 'minute');
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** The same, short enough for a table cell: `30 min`, `1 h 30 min`, `Untimed`. */
export function formatTimerShort(minutes: number | null): string {
  if (minutes === null) return 'Untimed';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** When a test can be taken, from its optional window ends. */
export function formatWindow(from: string | null, until: string | null): string {
  if (from === null && until === null) return 'Open now, no closing time';
  if (from === null) return `Open until ${formatDateTime(until)}`;
  if (until === null) return `From ${formatDateTime(from)}, no closing time`;
  return `${formatDateTime(from)} – ${formatDateTime(until)}`;
}

/** A test's window as its author set it, to follow `Available`: `any time`, `until 24 Nov…`. */
export function formatWindowSetting(from: string | null, until: string | null): string {
  if (from === null && until === null) return 'any time';
  if (from === null) return `until ${formatDateTime(until)}`;
  if (until === null) return `from ${formatDateTime(from)}`;
  return `${formatDateTime(from)} – ${formatDateTime(until)}`;
}

const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** Service messages may carry raw ISO times (lockouts); show them as local times. */
export function humaniseTimestamps(message: string): string {
  return message.replace(ISO_TIMESTAMP, (iso) => formatDateTime(iso));
}
