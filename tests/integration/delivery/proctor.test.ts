import { describe, expect, it } from 'vitest';
import { insertOrganisation } from '@db/repositories/organisations';
import { insertPerson } from '@db/repositories/profiles';
import { hashSecret } from '@main/services/auth/passwords';
import {
  clientOf,
  DEMO_PASSWORD,
  signedIn,
  TEST_SCRYPT,
  type TestClient,
} from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import {
  auditRowsFor,
  correctAnswer,
  createExamCore,
  demoTestId,
  keysOf,
} from '../../helpers/exam';

/** A proctor of a second organisation on the same database. */
async function otherOrgProctor(core: TestCore): Promise<TestClient> {
  const clientId = core.env.ids();
  const nowIso = new Date(core.clock.nowMs()).toISOString();
  await insertOrganisation(core.env.db(), { id: clientId, name: 'Southside Academy', nowIso });
  await insertPerson(
    core.env.db(),
    { clientId },
    {
      id: core.env.ids(),
      name: 'Other Proctor',
      email: 'proctor@southside.example',
      role: 'proctor',
      passwordHash: await hashSecret(DEMO_PASSWORD, TEST_SCRYPT),
      nowIso,
    },
  );
  const client = clientOf(core);
  await client.ok('auth.signIn', { email: 'proctor@southside.example', password: DEMO_PASSWORD });
  return client;
}

describe('proctor console', () => {
  it('lists attempts in progress with time left, answers saved, integrity events and last save', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const proctor = await signedIn(core, 'proctor');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const keys = await keysOf(core, session);
    // The paper's description takes no answer: it is read, and the console does not count it.
    const answerable = session.questions.filter((q) => q.type !== 'description');
    expect(answerable).toHaveLength(session.questions.length - 1);
    for (const q of answerable.slice(0, 3)) {
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer: correctAnswer(q, keys.get(q.questionId)!),
      });
    }
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: answerable[5]!.questionId,
      flagged: true,
    });
    core.clock.advance(90_000);
    await core.exam.runtime.tick();
    await student.ok('exams.reportIntegrity', {
      attemptId: session.attemptId,
      kind: 'window_blur',
    });
    const [row] = await proctor.ok('proctor.attempts', {});
    expect(row).toMatchObject({
      attemptId: session.attemptId,
      studentName: 'Sam Student',
      status: 'in_progress',
      onThisDevice: true,
      answeredCount: 3,
      questionCount: 14,
      elapsedMs: 90_000,
      remainingMs: 30 * 60_000 - 90_000,
      integrity: { window_blur: 1 },
      integrityTotal: 1,
      awaitingResumeCode: false,
    });
    expect(row?.lastSavedAt).toBe(new Date(core.clock.nowMs() - 90_000).toISOString());
  });

  it('counts a paper from the count stored at the start, and from the paper where an older app stored none', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const proctor = await signedIn(core, 'proctor');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const c = core.database.client;
    const stored = (await c.get(
      "SELECT question_count, json_array_length(paper, '$.entries') AS entries FROM attempts WHERE id = ?",
      session.attemptId,
    )) as { question_count: number | null; entries: number };
    // Every entry of the paper, its description included; the console leaves that one out.
    expect(stored).toEqual({ question_count: session.questions.length, entries: 15 });
    const shown = async () => (await proctor.ok('proctor.attempts', {}))[0]?.questionCount;
    expect(await shown()).toBe(14);

    // The stored count is what is read: a paper this app cannot parse still shows its length.
    const paper = (await c.get('SELECT paper FROM attempts WHERE id = ?', session.attemptId)) as {
      paper: string;
    };
    await c.run('UPDATE attempts SET paper = ? WHERE id = ?', '{not json', session.attemptId);
    expect(await shown()).toBe(14);

    // An attempt an older app started holds no count: its paper is counted.
    await c.run(
      'UPDATE attempts SET paper = ?, question_count = NULL WHERE id = ?',
      paper.paper,
      session.attemptId,
    );
    expect(await shown()).toBe(14);
  });

  it('ends an attempt, keeping and scoring every saved answer, audited with the reason', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const proctor = await signedIn(core, 'proctor');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const keys = await keysOf(core, session);
    const q = session.questions.find((x) => x.type === 'single_choice')!;
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: q.questionId,
      answer: correctAnswer(q, keys.get(q.questionId)!),
    });
    const ended = await proctor.ok('proctor.endAttempt', {
      attemptId: session.attemptId,
      reason: 'Unwell',
    });
    expect(ended).toMatchObject({ status: 'graded', submittedBy: 'proctor', remainingMs: null });
    expect(await student.ok('exams.result', { attemptId: session.attemptId })).toMatchObject({
      submittedBy: 'proctor',
      score: q.marks,
    });
    const submit = (await auditRowsFor(core, session.attemptId)).find(
      (r) => r.action === 'attempt.submit',
    );
    expect(JSON.parse(submit!.changes!)).toMatchObject({
      submittedBy: [null, 'proctor'],
      reason: [null, 'Unwell'],
    });
    expect(
      await proctor.raw('proctor.endAttempt', { attemptId: session.attemptId, reason: 'again' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('issues start codes for published tests only, and shows which tests have one', async () => {
    const core = await createExamCore();
    const proctor = await signedIn(core, 'proctor');
    const tests = await proctor.ok('proctor.tests', {});
    expect(tests.map((t) => t.name)).toEqual(['General Knowledge — Demo Exam']);
    expect(tests[0]).toMatchObject({ startCodeSet: false, timerMinutes: 30, inProgress: 0 });
    const issued = await proctor.ok('proctor.issueStartCode', { testId: tests[0]!.id });
    expect(issued.code).toMatch(/^\d{6}$/);
    expect((await proctor.ok('proctor.tests', {}))[0]?.startCodeSet).toBe(true);
    const audit = (await auditRowsFor(core, tests[0]!.id)).find(
      (r) => r.action === 'test.start_code',
    );
    expect(audit?.changes).not.toContain(issued.code);
    const admin = await signedIn(core, 'admin');
    const draft = (await admin.ok('tests.list', { status: 'draft' }))[0]!;
    expect(await proctor.raw('proctor.issueStartCode', { testId: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('is for proctors and admins only', async () => {
    const core = await createExamCore();
    for (const who of ['student1', 'author'] as const) {
      const client = await signedIn(core, who);
      expect(await client.raw('proctor.attempts', {}), who).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    const admin = await signedIn(core, 'admin');
    expect((await admin.call('proctor.attempts', {})).ok).toBe(true);
  });

  it('never shows or touches another organisation’s attempts', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const outsider = await otherOrgProctor(core);
    expect(await outsider.ok('proctor.attempts', {})).toEqual([]);
    expect(await outsider.ok('proctor.tests', {})).toEqual([]);
    for (const [method, input] of [
      ['proctor.extendTime', { attemptId: session.attemptId, minutes: 5, reason: 'x' }],
      ['proctor.issueResumeCode', { attemptId: session.attemptId }],
      ['proctor.endAttempt', { attemptId: session.attemptId, reason: 'x' }],
      ['proctor.issueStartCode', { testId: session.testId }],
    ] as const) {
      expect(await outsider.raw(method, input), method).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect((await student.ok('exams.resume', { attemptId: session.attemptId })).clock.extraMs).toBe(
      0,
    );
  });
});
