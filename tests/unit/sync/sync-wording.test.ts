import { describe, expect, it } from 'vitest';
import type { SyncState } from '@shared/domain/sync';
import { pendingChangesText, syncStateLabel } from '@shared/sync/status-words';

describe('the status bar’s sync wording', () => {
  it('a computer that was never enrolled is local only, with no count of changes', () => {
    expect(syncStateLabel('local-only')).toBe(
      'Local only: not connected to an organisation server',
    );
    expect(pendingChangesText({ state: 'local-only', pendingChanges: 211 })).toBeNull();
  });

  it('the count appears once there is a server to send the changes to', () => {
    const enrolled: SyncState[] = ['online', 'offline', 'syncing', 'error'];
    for (const state of enrolled) {
      expect(pendingChangesText({ state, pendingChanges: 211 })).toBe(
        '211 changes waiting to sync',
      );
      expect(pendingChangesText({ state, pendingChanges: 1 })).toBe('1 change waiting to sync');
      expect(pendingChangesText({ state, pendingChanges: 0 })).toBeNull();
    }
    expect(syncStateLabel('offline')).toBe('Offline');
    const grouped = (n: number) => n.toLocaleString('en-GB');
    expect(pendingChangesText({ state: 'offline', pendingChanges: 1500 }, grouped)).toBe(
      '1,500 changes waiting to sync',
    );
  });
});
