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

const runKindWords: Record<string, string> = {
  push: 'Sent changes',
  pull: 'Received changes',
  checkpoint: 'Tidied the local log',
};

export function syncRunKindWords(kind: string): string {
  return runKindWords[kind] ?? kind;
}

/** Why the sync runner started a run, as it records it (`wal size (12 KiB)`), in words. */
const reasonWords: Record<string, string> = {
  'changes during push': 'More work was saved while sending',
  enrolled: 'This computer was just enrolled',
  heartbeat: 'Regular check-in with the server',
  join: 'Joined the organisation',
  'more changes': 'More changes were waiting',
  now: 'Someone chose Sync now',
  'pending changes': 'Work was waiting to be sent',
  'retry after a busy moment': 'Trying again after the computer was busy saving',
  retry: 'Trying again after a problem',
  soon: 'Work was waiting to be sent',
  startup: 'The app started',
  'wal size': 'The local log had grown',
  timer: 'Regular check for changes',
};

export function syncRunReasonWords(reason: string): string {
  // A size may follow in brackets (`wal size (12 KiB)`); it stays, after the words.
  const match = /^(.*?)(\s*\([^)]*\))?$/.exec(reason);
  const base = match?.[1] ?? reason;
  const size = match?.[2] ?? '';
  const known = reasonWords[base];
  if (known !== undefined) return `${known}${size}`;
  const text = base.replaceAll('_', ' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${size}`;
}
