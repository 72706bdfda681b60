import { describe, expect, it } from 'vitest';
import type { AppDatabase } from '@db/open';
import { SchemaChangedSinceOpenError } from '@db/sync/gated-database';
import { join } from 'node:path';
import { startSyncServer } from '../../helpers/sync-server';
import { openTestDatabase } from '../../helpers/test-db';
import { tempDir } from '../../helpers/temp-dir';
import { enrol, newDevice, rows, syncOk, type Device } from './support/devices';
import { answerFor, startExam } from './support/exam-saves';

/** A fetch that keeps the text of every push request body. */
function bodyRecorder(): { fetch: typeof fetch; pushes: string[] } {
  const pushes: string[] = [];
  return {
    pushes,
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const body = init?.body;
      if (!/pull|wait/i.test(url) && body instanceof Uint8Array) {
        pushes.push(Buffer.from(body).toString('utf8'));
      } else if (!/pull|wait/i.test(url) && typeof body === 'string') pushes.push(body);
      return fetch(input, init);
    },
  };
}

/** An enrolled device that has pushed everything and was started again, as on any exam morning. */
async function restartedDevice(
  server: { url: string },
  name: string,
  fetch?: typeof globalThis.fetch,
): Promise<Device> {
  const dataDir = tempDir('exam-compact-');
  const first = await enrol(await newDevice({ dataDir }), server, name);
  await syncOk(first);
  await first.core.close();
  return newDevice({ dataDir, ...(fetch ? { fetch } : {}) });
}

const byId = 'ORDER BY id';

async function attemptRows(device: Device, attemptId: string): Promise<unknown[]> {
  return [
    ...(await rows(
      device,
      `SELECT * FROM attempt_answers WHERE attempt_id = ? ${byId}`,
      attemptId,
    )),
    ...(await rows(device, `SELECT * FROM audit_logs WHERE resource_id = ? ${byId}`, attemptId)),
    ...(await rows(device, 'SELECT * FROM attempt_clocks WHERE attempt_id = ?', attemptId)),
  ];
}

describe('the compact push', () => {
  it('sends each save as two short statements, and the other computer holds the same rows', async () => {
    const server = await startSyncServer();
    const recorder = bodyRecorder();
    const a = await restartedDevice(server, 'Lab PC A', recorder.fetch);
    expect(a.core.database.pushStatements).toBe('compact');
    const b = await enrol(await newDevice(), server, 'Lab PC B');
    // Joining, it opened on the organisation's schema as downloaded: nothing of its own waits.
    expect(b.core.database.pushStatements).toBe('compact');
    await syncOk(b);
    const taker = await startExam(a, 'student1');
    await syncOk(a);
    const pushed = recorder.pushes.length;
    let saves = 0;
    for (let i = 0; i < 6; i += 1) {
      const q = taker.questions[i % 3];
      if (!q) throw new Error('the demo paper has three questions to answer');
      await taker.student.ok('exams.saveAnswer', {
        attemptId: taker.session.attemptId,
        questionId: q.questionId,
        answer: answerFor(q, i),
        ...(i === 5 ? { flagged: true } : {}),
      });
      saves += 1;
    }
    await a.core.auditChainIdle();
    await syncOk(a);
    const bodies = recorder.pushes.slice(pushed).join('\n');
    expect(bodies).toContain('INSERT OR REPLACE INTO attempt_answers(');
    expect(bodies).toContain('INSERT OR REPLACE INTO audit_logs(');
    const bytesPerSave = Buffer.byteLength(bodies) / saves;
    // The engine's own statements took about 3,800 bytes a save.
    expect(bytesPerSave).toBeLessThan(2_600);
    await syncOk(b);
    const onA = await attemptRows(a, taker.session.attemptId);
    expect(onA.length).toBeGreaterThan(6);
    expect(await attemptRows(b, taker.session.attemptId)).toEqual(onA);
  });

  it('pushes with the engine statements while a schema change waits, as the computer that publishes its organisation does', async () => {
    const server = await startSyncServer();
    const recorder = bodyRecorder();
    // Its schema is its own, made by its migrations, and waits to be pushed with the organisation.
    const device = await enrol(await newDevice({ fetch: recorder.fetch }), server, 'First PC');
    expect(device.core.database.pushStatements).toBe('engine');
    const taker = await startExam(device, 'student1');
    const q = taker.questions[0];
    if (!q) throw new Error('the demo paper has a question to answer');
    await taker.student.ok('exams.saveAnswer', {
      attemptId: taker.session.attemptId,
      questionId: q.questionId,
      answer: answerFor(q, 0),
    });
    await syncOk(device);
    const bodies = recorder.pushes.join('\n');
    expect(bodies).toContain('INSERT INTO \\"attempt_answers\\"');
    expect(bodies).not.toContain('INSERT OR REPLACE');
    const other = await enrol(await newDevice(), server, 'Lab PC B');
    await syncOk(other);
    expect(await attemptRows(other, taker.session.attemptId)).toEqual(
      await attemptRows(device, taker.session.attemptId),
    );
  });

  it('replays saves not yet pushed over a pull through the same statement, and both computers agree', async () => {
    const server = await startSyncServer();
    const a = await restartedDevice(server, 'Lab PC A');
    const b = await restartedDevice(server, 'Lab PC B');
    const onA = await startExam(a, 'student1');
    const onB = await startExam(b, 'student2');
    const q = onA.questions[0];
    const qB = onB.questions[0];
    if (!q || !qB) throw new Error('the demo paper has a question to answer');
    await onB.student.ok('exams.saveAnswer', {
      attemptId: onB.session.attemptId,
      questionId: qB.questionId,
      answer: answerFor(qB, 1),
    });
    await syncOk(b);
    for (let i = 0; i < 3; i += 1) {
      await onA.student.ok('exams.saveAnswer', {
        attemptId: onA.session.attemptId,
        questionId: q.questionId,
        answer: answerFor(q, i),
      });
    }
    await a.core.auditChainIdle();
    const before = await attemptRows(a, onA.session.attemptId);
    // A pull with A's saves still waiting: the engine replays them on top of B's rows.
    expect(await a.core.database.client.pull()).toBe(true);
    expect(await attemptRows(a, onA.session.attemptId)).toEqual(before);
    expect(await attemptRows(a, onB.session.attemptId)).toEqual(
      await attemptRows(b, onB.session.attemptId),
    );
    await syncOk(a);
    await syncOk(b);
    expect(await attemptRows(b, onA.session.attemptId)).toEqual(before);
  });
});

describe('a schema change after opening with the compact push', () => {
  async function reopened(path: string, url: string): Promise<AppDatabase> {
    return openTestDatabase({ path, remote: { url: () => url } });
  }

  it('is refused at push and pull with a sentence, and pushed after the next start', async () => {
    const server = await startSyncServer();
    const path = join(tempDir('exam-compact-ddl-'), 'exam.db');
    const first = await reopened(path, server.url);
    expect(first.pushStatements).toBe('engine');
    await first.client.push();
    // The pull empties the change log of what was pushed, the migrations' schema with it.
    await first.client.pull();
    await first.close();
    const second = await reopened(path, server.url);
    expect(second.pushStatements).toBe('compact');
    await second.client.exec('CREATE TABLE scratch_notes (id TEXT PRIMARY KEY)');
    await expect(second.client.push()).rejects.toThrow(SchemaChangedSinceOpenError);
    await expect(second.client.pull()).rejects.toThrow(/sync resumes once the app restarts/);
    await second.close();
    const third = await reopened(path, server.url);
    expect(third.pushStatements).toBe('engine');
    await third.client.push();
    const fresh = await openTestDatabase({ remote: { url: () => server.url } });
    expect(
      await fresh.client.all("SELECT name FROM sqlite_schema WHERE name = 'scratch_notes'"),
    ).toEqual([{ name: 'scratch_notes' }]);
  });

  it('pulled from another computer, it leaves pushes and pulls working', async () => {
    const server = await startSyncServer();
    const path = join(tempDir('exam-compact-pulled-'), 'exam.db');
    const first = await reopened(path, server.url);
    await first.client.push();
    // The pull empties the change log of what was pushed, the migrations' schema with it.
    await first.client.pull();
    await first.close();
    const device = await reopened(path, server.url);
    expect(device.pushStatements).toBe('compact');
    const other = await openTestDatabase({ remote: { url: () => server.url, compactPush: false } });
    await other.client.exec('ALTER TABLE attempt_clocks ADD COLUMN pulled_note TEXT');
    await other.client.push();
    expect(await device.client.pull()).toBe(true);
    const columns = (await device.client.all('PRAGMA table_info(attempt_clocks)')) as Array<{
      name: string;
    }>;
    expect(columns.map((c) => c.name)).toContain('pulled_note');
    await device.client.run(
      "INSERT INTO device_uptime (device_id, uptime_ms, wall_at) VALUES ('d', 1, '2026-06-01')",
    );
    await device.client.push();
    await other.client.pull();
    expect(
      await other.client.all("SELECT uptime_ms FROM device_uptime WHERE device_id = 'd'"),
    ).toEqual([{ uptime_ms: 1 }]);
  });
});
