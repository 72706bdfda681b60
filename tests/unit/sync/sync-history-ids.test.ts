import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SyncHistory } from '@main/services/sync/sync-history';
import { tempDir } from '../../helpers/temp-dir';

const run = {
  id: 'r1',
  kind: 'push',
  reason: 'timer',
  startedAt: '2026-12-02T10:00:00.000Z',
  durationMs: 12,
  ok: false,
  changed: false,
  sentBytes: 0,
  receivedBytes: 0,
  pendingBefore: 3,
  pendingAfter: 3,
  error:
    'No connection to the sync server. Work is saved on this computer and will be sent later. (url: fetch failed ECONNREFUSED)',
};

describe('the sync history file', () => {
  it('gives a run written before runs carried an id the id of its sentence', () => {
    const path = join(tempDir('exam-sync-history-'), 'sync-history.json');
    writeFileSync(path, JSON.stringify([run, { ...run, id: 'r2', ok: true, error: null }]));
    const [failed, worked] = new SyncHistory(path).list();
    expect(failed).toEqual({ ...run, errorId: 'offline' });
    expect(worked).toMatchObject({ id: 'r2', error: null, errorId: null });
  });

  it('keeps the id a run was written with, and writes it back', () => {
    const path = join(tempDir('exam-sync-history-'), 'sync-history.json');
    const history = new SyncHistory(path);
    history.add({ ...run, kind: 'checkpoint', errorId: 'busy' });
    history.flush();
    expect(new SyncHistory(path).list()[0]).toMatchObject({ errorId: 'busy' });
  });
});
