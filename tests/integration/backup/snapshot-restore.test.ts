import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '@db/migrations/index';
import { databasePath } from '@main/app/data-dir';
import { snapshotDir, snapshotsRoot } from '@main/services/backup/snapshot-store';
import { createTestCore, signedIn } from '../../helpers/core';
import { endOpenAttempts } from '../../helpers/backup';
import { sampleQuestion } from '../../helpers/sample-inputs';
import { startSyncServer } from '../../helpers/sync-server';
import { answerScope, saveAnswer, startAttempt, writeAnswers } from '../sync/support/answers';
import { enrol, newDevice, rows, syncOk } from '../sync/support/devices';

const count = async (
  core: { database: { client: { get: (s: string) => Promise<unknown> } } },
  table: string,
) => ((await core.database.client.get(`SELECT count(*) AS n FROM ${table}`)) as { n: number }).n;

describe('snapshots and restore on a computer that is not enrolled', () => {
  it('takes a snapshot while answers are being saved, none of which waits or fails', async () => {
    const device = await newDevice();
    const before = await writeAnswers(device, 50);
    const client = device.core.database.client;
    const scope = await answerScope(client);
    const attemptId = device.core.env.ids();
    await startAttempt(
      client,
      scope,
      attemptId,
      device.core.device.deviceId,
      '2026-06-01T10:00:00Z',
    );
    let saved = 0;
    let saving = true;
    const saves = (async () => {
      while (saving) {
        await saveAnswer(client, scope, {
          id: device.core.env.ids(),
          attemptId,
          questionId: scope.questionIds[saved % scope.questionIds.length]!,
          value: `during ${saved}`,
          nowIso: '2026-06-01T10:00:01Z',
        });
        saved += 1;
        // Saves arrive as separate requests, each in its own turn of the event loop.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const snapshot = await device.core.backup.snapshot('manual');
    saving = false;
    await saves;
    expect(saved).toBeGreaterThan(0);
    expect(snapshot.verified).toBe(true);
    expect(snapshot.problems).toEqual([]);
    // Every answer acknowledged before the snapshot began is in it.
    expect(snapshot.rowCounts.attempt_answers).toBeGreaterThanOrEqual(before.length);
    expect(device.core.backup.list().map((s) => s.name)).toContain(snapshot.name);
  });

  it('restores a snapshot: the data as it was, checked, audited, the current data kept as a snapshot', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const questionsBefore = await count(core, 'questions');
    const snapshot = await admin.ok('backup.snapshot', {});
    await admin.ok('questions.create', { content: sampleQuestion });
    expect(await count(core, 'questions')).toBe(questionsBefore + 1);
    await endOpenAttempts(core);

    const result = await admin.ok('backup.restore', { name: snapshot.name });

    expect(result.restored).toBe(snapshot.name);
    expect(result.syncIdentity).toBe('local-only');
    expect(await count(core, 'questions')).toBe(questionsBefore);
    // The admin was signed out: the accounts are those of the restored data.
    expect((await admin.call('backup.snapshots', {})).ok).toBe(false);
    const again = await signedIn(core, 'admin');
    const kept = (await again.ok('backup.snapshots', {})).find((s) => s.name === result.keptAs);
    expect(kept?.reason).toBe('pre-restore');
    expect(kept?.rowCounts.questions).toBe(questionsBefore + 1);
    const audit = await rows<{ action: string; resource_id: string; changes: string }>(
      { core } as never,
      "SELECT action, resource_id, changes FROM audit_logs WHERE action = 'backup.restore'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.resource_id).toBe(snapshot.name);
    expect(JSON.parse(audit[0]?.changes ?? '{}')).toMatchObject({
      data: [{ snapshot: result.keptAs }, { snapshot: snapshot.name }],
    });

    // And back: restoring the kept snapshot undoes the restore.
    await again.ok('backup.restore', { name: result.keptAs });
    expect(await count(core, 'questions')).toBe(questionsBefore + 1);
  });

  it('refuses a snapshot whose files changed since it was taken, and leaves the database alone', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const snapshot = await admin.ok('backup.snapshot', {});
    await endOpenAttempts(core);
    const { writeFileSync, readFileSync } = await import('node:fs');
    const file = join(snapshotDir(core.dataDir, snapshot.name), 'exam.db-wal');
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const questions = await count(core, 'questions');
    const result = await admin.call('backup.restore', { name: snapshot.name });
    expect(result.ok ? null : result.error.code).toBe('CONFLICT');
    expect(result.ok ? '' : result.error.message).toContain('changed since the snapshot was taken');
    expect(await count(core, 'questions')).toBe(questions);
  });

  it('refuses to restore while an exam runs on the computer', async () => {
    const core = await createTestCore();
    const admin = await signedIn(core, 'admin');
    const snapshot = await admin.ok('backup.snapshot', {});
    const device = { core } as never;
    await writeAnswers(device, 1);
    const result = await admin.call('backup.restore', { name: snapshot.name });
    expect(result.ok ? null : result.error.message).toContain('An exam is in progress');
  });

  it('keeps the data folder private: 0700, and 0600 for the database and snapshot files', async () => {
    if (process.platform === 'win32') return;
    const core = await createTestCore();
    const snapshot = await core.backup.snapshot('manual');
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(core.dataDir)).toBe(0o700);
    for (const suffix of ['', '-wal', '-info'])
      expect(mode(databasePath(core.dataDir) + suffix)).toBe(0o600);
    expect(mode(snapshotsRoot(core.dataDir))).toBe(0o700);
    const dir = snapshotDir(core.dataDir, snapshot.name);
    for (const f of readdirSync(dir)) expect([f, mode(join(dir, f))]).toEqual([f, 0o600]);
  });

  it('keeps the database files 0600 after a checkpoint writes the sync metadata and revert WAL anew', async () => {
    if (process.platform === 'win32') return;
    const core = await createTestCore();
    await core.database.client.checkpoint();
    const path = databasePath(core.dataDir);
    expect(existsSync(`${path}-wal-revert`)).toBe(true);
    for (const suffix of ['', '-wal', '-info', '-wal-revert'])
      expect([suffix, statSync(path + suffix).mode & 0o777]).toEqual([suffix, 0o600]);
  });

  it('takes a snapshot before a migration the database does not have yet', async () => {
    const first = await createTestCore();
    const dataDir = first.dataDir;
    // The newest migration is taken out again: the next start has it to apply.
    const [previous, newest] = migrations.slice(-2).map((m) => m.version);
    await first.database.client.run('DELETE FROM schema_migrations WHERE version = ?', newest);
    await first.close();
    const again = await createTestCore({ dataDir });
    const pre = again.backup.list().filter((s) => s.reason === 'pre-migration');
    expect(pre).toHaveLength(1);
    expect(pre[0]?.schemaVersion).toBe(previous);
    expect(existsSync(snapshotDir(dataDir, pre[0]?.name ?? ''))).toBe(true);
  });

  it('takes scheduled snapshots on the injected scheduler', async () => {
    const device = await newDevice();
    expect(device.core.backup.list()).toEqual([]);
    device.time.advance(15 * 60_000);
    await device.core.backup.idle();
    expect(device.core.backup.list().map((s) => s.reason)).toEqual(['scheduled']);
  });
});

describe('restoring an enrolled computer, against the real sync server', () => {
  it('after it pulled and pushed again: a new sync identity, nothing sent twice, the server rows come back', async () => {
    const server = await startSyncServer();
    const a = await enrol(await newDevice(), server, 'Lab PC A');
    await syncOk(a);
    const early = await writeAnswers(a, 10);
    await syncOk(a);
    const snapshot = await a.core.backup.snapshot('manual');
    const later = await writeAnswers(a, 10);
    await syncOk(a); // push, then pull: a new pull generation
    const latest = await writeAnswers(a, 5);
    await syncOk(a);
    const serverAnswers = async () =>
      (await server.query('SELECT id FROM attempt_answers ORDER BY id')).map((r) => String(r.id));
    const onServer = await serverAnswers();
    expect(onServer).toEqual([...early, ...later, ...latest].sort());
    await endOpenAttempts(a.core);
    await syncOk(a);

    const result = await a.admin.ok('backup.restore', { name: snapshot.name });
    expect(result.syncIdentity).toBe('renewed');
    a.admin = await signedIn(a.core, 'admin');
    await syncOk(a);
    const after = await writeAnswers(a, 3);
    await syncOk(a);

    // Every answer once on the server, the restored copy sent nothing again, and the new ones arrived.
    expect(await serverAnswers()).toEqual([...onServer, ...after].sort());
    const local = await rows<{ id: string }>(a, 'SELECT id FROM attempt_answers ORDER BY id');
    expect(local.map((r) => r.id)).toEqual([...onServer, ...after].sort());
    const status = await a.core.sync.syncNow();
    expect(status.lastError).toBeNull();
  });

  it('after it pushed without pulling: the same identity, and new changes are not skipped as sent', async () => {
    const server = await startSyncServer();
    const a = await enrol(await newDevice(), server, 'Lab PC A');
    await syncOk(a);
    const unsent = await writeAnswers(a, 4);
    const snapshot = await a.core.backup.snapshot('manual'); // holds 4 answers the server lacks
    const pushed = await writeAnswers(a, 6);
    await a.core.sync.runner.pushNow();
    await endOpenAttempts(a.core);
    await a.core.sync.runner.pushNow();

    const result = await a.admin.ok('backup.restore', { name: snapshot.name });
    expect(result.syncIdentity).toBe('kept');
    a.admin = await signedIn(a.core, 'admin');
    const after = await writeAnswers(a, 3);
    await syncOk(a);

    const onServer = (await server.query('SELECT id FROM attempt_answers ORDER BY id')).map((r) =>
      String(r.id),
    );
    expect(onServer).toEqual([...unsent, ...pushed, ...after].sort());
    await syncOk(a);
    const local = await rows<{ id: string }>(a, 'SELECT id FROM attempt_answers ORDER BY id');
    expect(local.map((r) => r.id)).toEqual(onServer);
  });
});
