/**
 * When the sync runner pushes, pulls and checkpoints. Numbers are defaults the
 * runner takes; tests and the benchmark pass their own.
 */
export interface SyncTimings {
  /** Wait this long after a local change before pushing, so a burst goes as one push. */
  pushDebounceMs: number;
  /** A steady stream of changes still pushes at least this often. */
  pushMaxDelayMs: number;
  /** Between pulls while nothing is happening. */
  pullIntervalMs: number;
  /**
   * Long-polling: the server holds a pull open until changes arrive or this
   * much time passes (0 = off). Turso Cloud supports it; when a pull was held,
   * the next one starts right away instead of waiting for the interval.
   */
  longPollMs: number;
  /** Between pulls while an exam is running on this computer: pulls briefly block saves. */
  pullIntervalDuringExamMs: number;
  /** How often the status (pending changes) is refreshed. */
  statusIntervalMs: number;
  /** Checkpoint when the WAL grows past this. */
  checkpointWalBytes: number;
  /** And at least this often while anything was written. */
  checkpointIntervalMs: number;
  /**
   * One request that gets no answer for this long, or whose answer stops
   * arriving for this long, is abandoned; its push or pull fails and is retried.
   * A request with a body gets more time to upload it (`requestTimeoutFor`).
   */
  requestTimeoutMs: number;
  /**
   * A push is never cut off while the server keeps taking its batches; one
   * during which no batch was taken for this long is abandoned and retried,
   * and the retry resumes after the last batch the server took.
   */
  pushStallMs: number;
  /** A pull that takes longer than this in all is abandoned and retried. */
  pullTimeoutMs: number;
  /** On quit, how long the final push may take. */
  finalPushMs: number;
  /** How often the device record in the tenant database is refreshed when nothing else changes. */
  deviceHeartbeatMs: number;
}

export const DEFAULT_SYNC_TIMINGS: SyncTimings = {
  pushDebounceMs: 1_500,
  pushMaxDelayMs: 5_000,
  pullIntervalMs: 15_000,
  longPollMs: 0,
  pullIntervalDuringExamMs: 60_000,
  statusIntervalMs: 2_000,
  checkpointWalBytes: 8 * 1024 * 1024,
  checkpointIntervalMs: 5 * 60_000,
  requestTimeoutMs: 30_000,
  pushStallMs: 2 * 60_000,
  pullTimeoutMs: 60_000,
  finalPushMs: 3_000,
  deviceHeartbeatMs: 10 * 60_000,
};

/**
 * The slowest upload a request is given time for: 32 KiB/s, a poor mobile
 * line. A full 16 MiB push request then has about 8.5 minutes; a usual one of
 * 0.3 MiB has 10 s more than an empty request.
 */
export const SLOW_LINE_BYTES_PER_SECOND = 32 * 1024;

/**
 * How long one request may wait for its answer: the base time, plus the time
 * to upload its body on a slow line, plus, for a pull, the time the server
 * may hold a long-poll open.
 */
export function requestTimeoutFor(
  kind: 'push' | 'pull',
  bodyBytes: number,
  timings: Pick<SyncTimings, 'requestTimeoutMs' | 'longPollMs'>,
): number {
  const upload = Math.ceil((Math.max(0, bodyBytes) * 1_000) / SLOW_LINE_BYTES_PER_SECOND);
  return timings.requestTimeoutMs + upload + (kind === 'pull' ? timings.longPollMs : 0);
}

/** Between two long-polls, so a server that answers at once is never asked in a tight loop. */
export const LONG_POLL_GAP_MS = 1_000;

/**
 * When a requested push goes: an urgent one at once; otherwise the debounce
 * after this change, but never later than the maximum delay after the first
 * change of the burst (`burstStartMs`), and never before `nowMs`.
 */
export function pushDueAtMs(
  nowMs: number,
  burstStartMs: number,
  urgency: PushUrgency,
  timings: Pick<SyncTimings, 'pushDebounceMs' | 'pushMaxDelayMs'>,
): number {
  if (urgency === 'now') return nowMs;
  return Math.max(
    nowMs,
    Math.min(nowMs + timings.pushDebounceMs, burstStartMs + timings.pushMaxDelayMs),
  );
}

/**
 * The wait before the next pull after one that worked. A pull the server held
 * open (long-poll, `pullTookMs` near `longPollMs`) was itself the wait, so the
 * next one follows soon; a pull answered at once waits the interval. While an
 * exam runs, pulls are rarer, since a pull briefly blocks saves.
 */
export function nextPullDelayMs(
  pullTookMs: number,
  examRunning: boolean,
  timings: Pick<SyncTimings, 'longPollMs' | 'pullIntervalMs' | 'pullIntervalDuringExamMs'>,
): number {
  if (examRunning) return timings.pullIntervalDuringExamMs;
  const held = timings.longPollMs > 0 && pullTookMs >= timings.longPollMs * 0.8;
  return held ? LONG_POLL_GAP_MS : timings.pullIntervalMs;
}

/**
 * How soon a successful API call's changes should be pushed: submitting an
 * attempt pushes at once (its contract entry says `push: 'now'`), so the
 * student's "sent" receipt follows within seconds; the rest wait for the debounce.
 */
export type PushUrgency = 'now' | 'soon';

export function shouldCheckpoint(
  walBytes: number,
  msSinceLastCheckpoint: number,
  timings: Pick<SyncTimings, 'checkpointWalBytes' | 'checkpointIntervalMs'>,
): boolean {
  if (walBytes <= 0) return false;
  return (
    walBytes >= timings.checkpointWalBytes || msSinceLastCheckpoint >= timings.checkpointIntervalMs
  );
}

/** Refusal shown when the organisation database is newer than this app. */
export function updateRequiredMessage(databaseVersion: number, appVersion: number): string {
  return `This organisation's data is from a newer version of the app (schema ${databaseVersion}; this app knows ${appVersion}). Please update the app before making changes.`;
}
