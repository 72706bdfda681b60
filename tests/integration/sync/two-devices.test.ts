import { describe, expect, it } from 'vitest';
import { startSyncServer } from '../../helpers/sync-server';
import { trueFalseQuestion } from '../../helpers/question-content';
import { answerScope, saveAnswer, startAttempt } from './support/answers';
import { enrolledPair, rows, syncOk } from './support/devices';

describe('two devices on one organisation database', () => {
  it('the second device joins the organisation the first one published', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const orgA = await rows<{ id: string; name: string }>(a, 'SELECT id, name FROM clients');
    const orgB = await rows<{ id: string; name: string }>(b, 'SELECT id, name FROM clients');
    expect(orgB).toEqual(orgA);
    expect(orgA).toHaveLength(1);
    const onServer = await server.query('SELECT id FROM clients');
    expect(onServer.map((r) => r.id)).toEqual(orgA.map((r) => r.id));
    const devices = await a.admin.ok('sync.devices', {});
    await syncOk(a);
    const names = (await a.admin.ok('sync.devices', {})).map((d) => d.name).sort();
    expect(names).toEqual(['Lab PC A', 'Lab PC B']);
    expect(devices.find((d) => d.thisDevice)?.name).toBe('Lab PC A');
  });

  it('converges after interleaved offline writes on both devices', async () => {
    const server = await startSyncServer();
    const { a, b } = await enrolledPair(server);
    const scope = await answerScope(a.core.database.client);
    const attemptA = a.core.env.ids();
    const attemptB = b.core.env.ids();
    await server.kill();
    // Offline: both devices write, interleaved, with the server down.
    await startAttempt(
      a.core.database.client,
      scope,
      attemptA,
      a.core.device.deviceId,
      '2026-06-01T09:00:00Z',
    );
    await startAttempt(
      b.core.database.client,
      scope,
      attemptB,
      b.core.device.deviceId,
      '2026-06-01T09:00:01Z',
    );
    for (const [i, questionId] of scope.questionIds.slice(0, 10).entries()) {
      const device = i % 2 === 0 ? a : b;
      const attemptId = device === a ? attemptA : attemptB;
      await saveAnswer(device.core.database.client, scope, {
        id: device.core.env.ids(),
        attemptId,
        questionId,
        value: `answer ${i}`,
        nowIso: `2026-06-01T09:0${i}:00Z`,
      });
    }
    const created = await a.admin.ok('questions.create', {
      content: trueFalseQuestion('Written offline on A'),
    });
    const offline = await a.core.sync.syncNow();
    expect(offline.state).toBe('offline');
    expect(offline.pendingChanges).toBeGreaterThan(0);

    await server.start();
    await syncOk(a);
    await syncOk(b);
    await syncOk(a);

    const answersA = await rows<{ id: string; student_answer: string }>(
      a,
      'SELECT id, student_answer FROM attempt_answers ORDER BY id',
    );
    const answersB = await rows<{ id: string; student_answer: string }>(
      b,
      'SELECT id, student_answer FROM attempt_answers ORDER BY id',
    );
    expect(answersA).toHaveLength(10);
    expect(answersB).toEqual(answersA);
    const onServer = await server.query(
      'SELECT id, student_answer FROM attempt_answers ORDER BY id',
    );
    expect(onServer).toEqual(answersA);
    const questionOnB = await rows<{ question_text: string }>(
      b,
      'SELECT question_text FROM questions WHERE id = ?',
      created.id,
    );
    expect(questionOnB).toEqual([{ question_text: 'Written offline on A' }]);
    expect((await a.core.sync.status()).pendingChanges).toBe(0);
    expect((await b.core.sync.status()).pendingChanges).toBe(0);
  });
});
