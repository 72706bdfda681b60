import type { SnapshotReason } from '../domain/backup';

/**
 * How long local snapshots are kept. Scheduled ones: every one of the last
 * two hours, the newest of each hour for a day, the newest of each day for a
 * week. Taken before a migration, an enrolment change, a restore or a
 * recovery, or by hand: 30 days. The newest whole snapshot is never deleted.
 */
export const RETENTION = {
  allWithinHours: 2,
  hourlyForHours: 24,
  dailyForDays: 7,
  eventDays: 30,
} as const;

export interface RetainedSnapshot {
  name: string;
  reason: SnapshotReason;
  createdAtMs: number;
  verified: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The names of the snapshots the retention rules no longer keep. */
export function snapshotsToDelete(snapshots: readonly RetainedSnapshot[], nowMs: number): string[] {
  const keep = new Set<string>();
  const newestFirst = [...snapshots].sort((a, b) => b.createdAtMs - a.createdAtMs);
  const newestWhole = newestFirst.find((s) => s.verified);
  if (newestWhole) keep.add(newestWhole.name);
  const hours = new Set<number>();
  const days = new Set<number>();
  for (const snapshot of newestFirst) {
    const age = nowMs - snapshot.createdAtMs;
    if (snapshot.reason !== 'scheduled') {
      if (age <= RETENTION.eventDays * DAY) keep.add(snapshot.name);
      continue;
    }
    if (age <= RETENTION.allWithinHours * HOUR) keep.add(snapshot.name);
    const hour = Math.floor(snapshot.createdAtMs / HOUR);
    if (age <= RETENTION.hourlyForHours * HOUR && !hours.has(hour)) {
      hours.add(hour);
      keep.add(snapshot.name);
    }
    const day = Math.floor(snapshot.createdAtMs / DAY);
    if (age <= RETENTION.dailyForDays * DAY && !days.has(day)) {
      days.add(day);
      keep.add(snapshot.name);
    }
  }
  return snapshots.filter((s) => !keep.has(s.name)).map((s) => s.name);
}
