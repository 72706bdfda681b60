import type { SyncState, SyncStatus } from '../domain/sync';

const syncLabels: Record<SyncState, string> = {
  'local-only': 'Local only: not connected to an organisation server',
  online: 'Synced',
  offline: 'Offline',
  syncing: 'Syncing…',
  error: 'Sync problem',
};

/** What the status bar says about sync. */
export function syncStateLabel(state: SyncState): string {
  return syncLabels[state];
}

/**
 * "N changes waiting to sync", or null. A computer with no organisation server
 * has nowhere to send its changes, so a count there would only read like a
 * fault; it appears once the computer is enrolled.
 */
export function pendingChangesText(
  status: Pick<SyncStatus, 'state' | 'pendingChanges'>,
  formatCount: (count: number) => string = String,
): string | null {
  const count = status.pendingChanges;
  if (status.state === 'local-only' || count <= 0) return null;
  return `${formatCount(count)} ${count === 1 ? 'change' : 'changes'} waiting to sync`;
}
