import { defineEvent } from './define';

export type SyncState = 'local-only' | 'online' | 'offline' | 'syncing' | 'error';

export interface SyncProgress {
  phase: 'push' | 'pull';
  /** Bytes sent (push) or received (pull) so far in this run. */
  bytes: number;
}

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet sent (from the engine's stats). */
  pendingChanges: number;
  lastPushAt: string | null;
  lastPullAt: string | null;
  /** The last error, in words a person can act on. */
  lastError: string | null;
  /** A large transfer under way, for the sync panel's progress line. */
  progress: SyncProgress | null;
  /** When the next try is due after a failure (backoff), or null. */
  nextRetryAt: string | null;
  /** The organisation's data is newer than this app: it refuses to write until updated. */
  updateRequired: boolean;
}

export interface ClockTick {
  attemptId: string;
  remainingMs: number | null;
  elapsedMs: number;
}

/** Everything main tells the renderer without being asked. */
export const apiEvents = {
  'sync.status': defineEvent<SyncStatus>('The device sync state changed.'),
  'clock.tick': defineEvent<ClockTick>('A running attempt clock moved on.'),
  'session.ended': defineEvent<{ reason: string }>(
    'The session was ended by main (sign-out elsewhere, deactivation).',
  ),
} as const;

export type ApiEvents = typeof apiEvents;
export type EventName = keyof ApiEvents;
export type EventPayload<K extends EventName> = NonNullable<ApiEvents[K]['payload']>;
