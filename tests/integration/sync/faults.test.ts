import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_TIMINGS } from '@shared/sync/policy';
import { startSyncServer } from '../../helpers/sync-server';
import { writeAnswers } from './support/answers';
import { enrolledPair, FAST_TIMINGS, newDevice, enrol, syncOk } from './support/devices';
import { runFor, runUntil, settled } from './support/manual-time';
import { waitFor } from './support/wait';

async function serverAnswerIds(server: {
  query: (sql: string) => Promise<Array<Record<string, unknown>>>;
}): Promise<string[]> {
  return (await server.query('SELECT id FROM attempt_answers')).map((r) => String(r.id)).sort();
}

describe('sync under faults, with the runner left to recover on its own', () => {
  it('a long offline day: 10,000 answers written with the server down all arrive exactly once', async () => {
    const server = await startSyncServer();
    const device = await enrol(
      await newDevice({ timings: DEFAULT_SYNC_TIMINGS }),
      server,
      'Exam hall 1',
    );
    await syncOk(device);
    await server.stop();
    device.core.sync.start();
    const ids = await writeAnswers(device, 10_000);
    // Two minutes go by offline, the runner trying now and then.
    await runFor(device, 2 * 60_000);
    const offline = await device.core.sync.status();
    expect(offline.state).toBe('offline');
    expect(offline.pendingChanges).toBeGreaterThanOrEqual(10_000);

    await server.start();
    // No user action: the runner's retry finds the server and pushes everything.
    await runUntil(
      device,
      'the backlog to reach the server',
      async () => (await device.core.sync.status()).pendingChanges === 0,
      10 * 60_000,
    );
    const onServer = await serverAnswerIds(server);
    expect(onServer).toHaveLength(10_000);
    expect(onServer).toEqual([...ids].sort());
    const history = await device.admin.ok('sync.history', { limit: 200 });
    expect(history.some((run) => run.kind === 'push' && !run.ok)).toBe(true);
    // The WAL grew past the threshold: the runner checkpoints it (retrying while writes hold the lock).
    await runUntil(
      device,
      'a WAL checkpoint',
      async () =>
        (await device.admin.ok('sync.history', { limit: 200 })).some(
          (run) => run.kind === 'checkpoint' && run.ok,
        ),
      30_000,
    );
    // 10,000 real saves and their push: about 25 s on an idle 2-core machine, more when it is busy.
  }, 180_000);

  it('recovers when the server is killed and restarted in the middle of a push', async () => {
    const server = await startSyncServer();
    const device = await enrol(await newDevice(), server, 'Exam hall 2');
    await syncOk(device);
    const ids = await writeAnswers(device, 3_000);
    device.core.sync.start();
    // The startup push and the first pull are due at once.
    device.time.advance(0);
    await waitFor(
      'a push on the wire',
      async () => device.core.sync.deps.transport.active > 0,
      10_000,
      1,
    );
    await server.kill();
    // The cut-off push fails; its retry waits for time to move.
    await settled(device);
    await server.start();
    await runUntil(
      device,
      'everything pushed after the restart',
      async () => (await device.core.sync.status()).pendingChanges === 0,
      10 * 60_000,
    );
    const onServer = await serverAnswerIds(server);
    expect(onServer).toEqual([...ids].sort());
  });

  it('recovers when the server is killed and restarted in the middle of a pull', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const ids = await writeAnswers(a, 3_000);
    await syncOk(a);
    b.core.sync.start();
    b.time.advance(0);
    await waitFor(
      'a pull on the wire',
      async () => b.core.sync.deps.transport.active > 0,
      10_000,
      1,
    );
    await server.kill();
    await settled(b);
    await server.start();
    await runUntil(
      b,
      'the pull to complete after the restart',
      async () => {
        const rows = (await b.core.database.client.all(
          'SELECT count(*) AS n FROM attempt_answers',
        )) as Array<{ n: number }>;
        return rows[0]?.n === ids.length;
      },
      10 * 60_000,
    );
    const onB = (
      (await b.core.database.client.all('SELECT id FROM attempt_answers')) as Array<{ id: string }>
    )
      .map((r) => r.id)
      .sort();
    expect(onB).toEqual([...ids].sort());
    expect(await b.core.database.client.all('PRAGMA integrity_check')).toEqual([
      { integrity_check: 'ok' },
    ]);
  });

  it('pushes soon after a change, by itself, and says online', async () => {
    const server = await startSyncServer();
    const device = await newDevice({ startSync: true, timings: FAST_TIMINGS });
    await enrol(device, server, 'Auto');
    await runUntil(
      device,
      'the first push',
      async () =>
        (await server.query("SELECT name FROM sqlite_schema WHERE name = 'devices'")).length > 0,
      20_000,
    );
    await device.admin.ok('organisation.update', { address: '3 Pushed Street' });
    const took = await runUntil(
      device,
      'the change on the server',
      async () =>
        (await server.query('SELECT address FROM clients'))[0]?.address === '3 Pushed Street',
      20_000,
    );
    expect(took).toBe(FAST_TIMINGS.pushDebounceMs);
    const status = await device.admin.ok('sync.status', {});
    expect(['online', 'syncing']).toContain(status.state);
    expect(status.lastPushAt).not.toBeNull();
  });
});
