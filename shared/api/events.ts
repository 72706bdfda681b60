import type { ImportProgress } from '../domain/imports';
import { defineEvent } from './define';

export type SyncState = 'local-only' | 'online' | 'offline' | 'syncing' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet sent (from the engine's stats). */
  pendingChanges: number;
  lastPushAt: string | null;
  lastPullAt: string | null;
  /** The last error, in words a person can act on. */
  lastError: string | null;
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
  'import.progress': defineEvent<ImportProgress>('A question or people import moved on.'),
  'session.ended': defineEvent<{ reason: string }>(
    'The session was ended by main (sign-out elsewhere, deactivation).',
  ),
} as const;

export type ApiEvents = typeof apiEvents;
export type EventName = keyof ApiEvents;
export type EventPayload<K extends EventName> = NonNullable<ApiEvents[K]['payload']>;
