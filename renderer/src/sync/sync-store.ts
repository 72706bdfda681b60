import { create } from 'zustand';
import type { SyncStatus } from '@shared/domain/sync';
import { call, onEvent } from '../api/client';

/** Until main reports otherwise the device keeps its data on this computer only. */
export const LOCAL_ONLY: SyncStatus = {
  state: 'local-only',
  pendingChanges: 0,
  lastPushAt: null,
  lastPullAt: null,
  lastError: null,
  lastErrorId: null,
  progress: null,
  nextRetryAt: null,
  updateRequired: false,
};

interface SyncState {
  status: SyncStatus;
  /** Main has reported the status at least once; before that `status` is only a placeholder. */
  known: boolean;
}

export const useSyncStore = create<SyncState>()(() => ({ status: LOCAL_ONLY, known: false }));

/** Follows main's `sync.status` events; returns the unsubscribe. */
export function followSyncStatus(): () => void {
  // Ask once, so a window opened between two events shows the state at once.
  void call('sync.status', {}).then((result) => {
    if (result.ok) useSyncStore.setState({ status: result.value, known: true });
  });
  return onEvent('sync.status', (status) => useSyncStore.setState({ status, known: true }));
}
