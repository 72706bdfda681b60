import { describe, expect, it } from 'vitest';
import { signedIn } from '../../helpers/core';
import { trueFalseQuestion as content } from '../../helpers/question-content';
import { startSyncServer } from '../../helpers/sync-server';
import { enrolledPair, rows, syncOk, type Device } from './support/devices';

async function firstQuestion(device: Device): Promise<{ id: string; version: number }> {
  const list = await device.admin.ok('questions.list', { limit: 1 });
  const q = list.items[0]!;
  return { id: q.id, version: q.version };
}

describe('conflicts across devices', () => {
  it('two offline edits of one question both survive and the question is flagged on both devices', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const q = await firstQuestion(a);
    await server.kill();
    const onA = await a.admin.ok('questions.update', {
      id: q.id,
      baseVersion: q.version,
      content: content('Edited on A'),
    });
    const onB = await b.admin.ok('questions.update', {
      id: q.id,
      baseVersion: q.version,
      content: content('Edited on B'),
    });
    await server.start();
    await syncOk(a);
    await syncOk(b);
    await syncOk(a);

    for (const device of [a, b]) {
      const conflicts = await device.admin.ok('questions.conflicts', {});
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]?.heads.map((h) => h.text).sort()).toEqual(['Edited on A', 'Edited on B']);
      expect(conflicts[0]?.heads.map((h) => h.id).sort()).toEqual(
        [onA.versionId, onB.versionId].sort(),
      );
      const question = await device.admin.ok('questions.get', { id: q.id });
      expect(question.conflict).toBe(true);
    }
    // Both devices show the same head text: the one every device agrees on.
    const headA = await a.admin.ok('questions.get', { id: q.id });
    const headB = await b.admin.ok('questions.get', { id: q.id });
    expect(headB.text).toBe(headA.text);
    expect(headB.versionId).toBe(headA.versionId);

    // An author on B keeps A's version with a merged text; the conflict clears everywhere.
    const author = await signedIn(b.core, 'author');
    const resolved = await author.ok('questions.resolveConflict', {
      id: q.id,
      keepVersionId: onA.versionId!,
      content: content('Merged A and B'),
    });
    expect(resolved.conflict).toBe(false);
    await syncOk(b);
    await syncOk(a);
    const finalA = await a.admin.ok('questions.get', { id: q.id });
    expect(finalA).toMatchObject({ conflict: false, text: 'Merged A and B' });
    expect(await a.admin.ok('questions.conflicts', {})).toEqual([]);
    const versions = await a.admin.ok('questions.versions', { id: q.id });
    expect(versions.map((v) => v.text)).toEqual(
      expect.arrayContaining(['Edited on A', 'Edited on B', 'Merged A and B']),
    );
    const audit = await rows<{ action: string }>(
      a,
      'SELECT action FROM audit_logs WHERE resource_id = ? ORDER BY created_at',
      q.id,
    );
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining(['question.conflict_detected', 'question.resolve_conflict']),
    );
  });

  it('a question deleted on one device stays deleted after an offline edit on another is pushed later', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const q = await firstQuestion(a);
    await a.admin.ok('questions.delete', { id: q.id });
    await syncOk(a);
    // B has not pulled the delete; it edits offline and pushes afterwards.
    await b.admin.ok('questions.update', {
      id: q.id,
      baseVersion: q.version,
      content: content('Edited after the delete'),
    });
    await syncOk(b);
    await syncOk(a);
    for (const device of [a, b]) {
      const question = await device.admin.ok('questions.get', { id: q.id });
      expect(question.deletedAt).not.toBeNull();
      expect(question.text).toBe('Edited after the delete');
    }
    const onServer = await server.query('SELECT deleted_at FROM questions WHERE id = ?', [q.id]);
    expect(onServer[0]?.deleted_at).not.toBeNull();
  });

  it('a person created with the same email on two devices is set aside, not silently lost', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    await server.kill();
    const person = {
      name: 'Dana Offline',
      email: 'dana@northfield.example',
      role: 'author' as const,
      password: 'longpassword1',
    };
    const fromA = await a.admin.ok('people.create', person);
    const fromB = await b.admin.ok('people.create', { ...person, name: 'Dana Too' });
    await server.start();
    await syncOk(a);
    await b.core.sync.syncNow();
    // The clash is reported in words in the sync history, and the copy from B is kept for an admin.
    const history = await b.admin.ok('sync.history', {});
    const refused = history.find((run) => run.kind === 'push' && !run.ok);
    expect(refused?.error).toMatch(/clashes with one already on the server.*set aside/);
    const setAside = await b.admin.ok('sync.setAside', {});
    expect(setAside).toHaveLength(1);
    expect(setAside[0]).toMatchObject({ tableName: 'profiles', rowId: fromB.id });
    expect(setAside[0]?.row).toMatchObject({ email: 'dana@northfield.example', name: 'Dana Too' });
    expect(setAside[0]?.row.password_hash).toBe('[removed]');
    await syncOk(b);
    await syncOk(a);
    // The record reaches every device, and nothing else is stuck behind it.
    expect(await a.admin.ok('sync.setAside', {})).toHaveLength(1);
    const onServer = await server.query(
      "SELECT id FROM profiles WHERE email = 'dana@northfield.example'",
    );
    expect(onServer).toEqual([{ id: fromA.id }]);
    expect((await b.core.sync.status()).pendingChanges).toBe(0);
    const done = await b.admin.ok('sync.resolveSetAside', { id: setAside[0]!.id });
    expect(done.resolvedAt).not.toBeNull();
  });
});
