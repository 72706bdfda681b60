import type { ImportProgress } from '../domain/imports';
import type { SyncStatus } from '../domain/sync';
import { defineEvent } from './define';

export interface ClockTick {
  attemptId: string;
  remainingMs: number | null;
  elapsedMs: number;
  /** Rest break time taken so far (it moves, and time left does not, while a break runs). */
  breakUsedMs: number;
}

/** Everything main tells the renderer without being asked. */
export const apiEvents = {
  'sync.status': defineEvent<SyncStatus>('The device sync state changed.'),
  'clock.tick': defineEvent<ClockTick>('A running attempt clock moved on.'),
  'import.progress': defineEvent<ImportProgress>('A question or people import moved on.'),
  'exam.ended': defineEvent<{ attemptId: string; status: string; submittedBy: string }>(
    'An attempt ended in main (time up, or a proctor ended it).',
  ),
  'exam.changed': defineEvent<{ attemptId: string }>(
    'A running attempt changed in main (extra time, a rest break starting or ending); the exam screen refreshes its clock.',
  ),
  'lockdown.quitRequested': defineEvent<{ attemptId: string | null }>(
    'Someone tried to close the locked exam window; a proctor PIN is needed.',
  ),
  'lockdown.displays': defineEvent<{ attemptId: string; count: number }>(
    'The locked exam window counted the displays attached (more than one is a warning).',
  ),
  'session.ended': defineEvent<{ reason: string }>(
    'The session was ended by main (sign-out elsewhere, deactivation).',
  ),
} as const;

export type ApiEvents = typeof apiEvents;
export type EventName = keyof ApiEvents;
export type EventPayload<K extends EventName> = NonNullable<ApiEvents[K]['payload']>;
