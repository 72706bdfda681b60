import type { SyncProgress } from '@shared/domain/sync';
import { formatNumber } from '../lib/format';

/** Byte counts for transfer progress and sizes: `12.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit] ?? 'GB'}`;
}

/** The progress line of a large transfer: `Sending 12,400 of 100,000 changes`, or its bytes. */
export function formatSyncProgress(progress: SyncProgress): string {
  if (progress.phase === 'push' && progress.changes !== null) {
    const { sent, total } = progress.changes;
    return `Sending ${formatNumber(sent)} of ${formatNumber(Math.max(sent, total))} changes`;
  }
  return `${progress.phase === 'push' ? 'Sending' : 'Receiving'} ${formatBytes(progress.bytes)}`;
}

export const deviceRoleLabels: Record<string, string> = {
  exam: 'Exam computer',
  proctor: 'Proctor station',
  authoring: 'Authoring',
  admin: 'Administration',
};
