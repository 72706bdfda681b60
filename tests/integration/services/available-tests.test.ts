import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn, type TestCore } from '../../helpers/core';
import { insertAttempt, readDemoIds } from '../../helpers/fixtures';

const attemptId = (n: number) => `0190e6a0-0000-7000-8000-0000000e${String(n).padStart(4, '0')}`;

async function setup() {
  const core = await createTestCore();
  const ids = await readDemoIds(core);
  const student = await signedIn(core, 'student1');
  const attempt = (n: number, status: string, studentId = ids.people.student1) =>
    insertAttempt(core.database.client, {
      id: attemptId(n),
      clientId: ids.clientId,
      studentId,
      testId: ids.publishedTestId,
      status,
    });
  const available = async () => student.ok('exams.available', {});
  return { core, ids, attempt, available };
}

const setTest = (core: TestCore, id: string, column: string, value: unknown) =>
  core.database.client.run(`UPDATE tests SET ${column} = ? WHERE id = ?`, value, id);

describe('exams.available', () => {
  it('lists the published test, not the draft, with the student’s own attempt count', async () => {
    const { ids, attempt, available } = await setup();
    await attempt(1, 'submitted');
    await attempt(2, 'submitted', ids.people.student2);
    const list = await available();
    expect(list.map((t) => t.id)).toEqual([ids.publishedTestId]);
    expect(list[0]).toMatchObject({
      attemptsAllowed: 3,
      attemptsUsed: 1,
      inProgressAttemptId: null,
      questionCount: 14,
      totalMarks: 30,
    });
  });

  it('drops a test once its attempts are used up', async () => {
    const { attempt, available } = await setup();
    for (let n = 1; n <= 3; n += 1) await attempt(n, 'submitted');
    expect(await available()).toEqual([]);
  });

  it('keeps a test with an attempt in progress, to resume it, even when nothing else is left', async () => {
    const { core, ids, attempt, available } = await setup();
    await attempt(1, 'submitted');
    await attempt(2, 'submitted');
    await attempt(3, 'in_progress');
    await setTest(core, ids.publishedTestId, 'available_until', '2026-05-01T00:00:00.000Z');
    expect((await available()).map((t) => t.inProgressAttemptId)).toEqual([attemptId(3)]);
  });

  it('follows the availability window on the device clock', async () => {
    const { core, ids, available } = await setup();
    await setTest(core, ids.publishedTestId, 'available_from', '2026-06-01T10:00:00.000Z');
    expect(await available()).toEqual([]);
    core.clock.advance(60 * 60 * 1000);
    expect(await available()).toHaveLength(1);
    await setTest(core, ids.publishedTestId, 'available_until', '2026-06-01T10:30:00.000Z');
    core.clock.advance(30 * 60 * 1000);
    expect(await available()).toEqual([]);
  });

  it('leaves out a deleted test', async () => {
    const { core, ids, available } = await setup();
    await setTest(core, ids.publishedTestId, 'deleted_at', '2026-05-31T00:00:00.000Z');
    expect(await available()).toEqual([]);
  });
});
