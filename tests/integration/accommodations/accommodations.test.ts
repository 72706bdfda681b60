import { describe, expect, it } from 'vitest';
import { signedIn } from '../../helpers/core';
import { auditRowsFor, createExamCore, demoTestId, setTestColumns } from '../../helpers/exam';

const LIMIT = 30 * 60_000;
const MINUTE = 60_000;

async function ids(core: Awaited<ReturnType<typeof createExamCore>>) {
  const admin = await signedIn(core, 'admin');
  const people = await admin.ok('people.list', { role: 'student' });
  const idOf = (email: string) => people.find((p) => p.email === email)!.id;
  const student1 = await signedIn(core, 'student1');
  return {
    admin,
    student1,
    sam: idOf('student1@northfield.example'),
    tara: idOf('student2@northfield.example'),
    testId: await demoTestId(student1),
  };
}

describe('accommodations: what staff set is what a student is given', () => {
  it('gives time and a half at the start: the clock, the list of exams and the audit say so', async () => {
    const core = await createExamCore();
    const { admin, student1, sam, testId } = await ids(core);
    const set = await admin.ok('accommodations.set', {
      studentId: sam,
      timeMultiplier: 1.5,
      restBreakMinutes: 10,
      note: 'Learning support plan',
    });
    expect(set).toMatchObject({
      studentId: sam,
      studentName: 'Sam Student',
      testId: null,
      testName: null,
      timeMultiplier: 1.5,
      restBreakMinutes: 10,
      note: 'Learning support plan',
      updatedByName: 'Ada Admin',
    });
    const exam = (await student1.ok('exams.available', {})).find((t) => t.id === testId);
    expect(exam).toMatchObject({
      timerMinutes: 30,
      accommodationMs: 15 * MINUTE,
      breakAllowanceMs: 10 * MINUTE,
    });

    const session = await student1.ok('exams.start', { testId });
    expect(session.clock).toEqual({
      limitMs: LIMIT + 15 * MINUTE,
      accommodationMs: 15 * MINUTE,
      extraMs: 0,
      elapsedMs: 0,
      remainingMs: 45 * MINUTE,
      breaks: { allowanceMs: 10 * MINUTE, usedMs: 0, state: null },
    });
    core.clock.advance(31 * MINUTE);
    await core.exam.runtime.tick();
    // Past the test's 30 minutes, and still running: the student has 45.
    const resumed = await student1.ok('exams.resume', { attemptId: session.attemptId });
    expect(resumed.clock.remainingMs).toBe(14 * MINUTE);
    const start = (await auditRowsFor(core, session.attemptId)).find(
      (r) => r.action === 'attempt.start',
    );
    expect(JSON.parse(start!.changes!)).toMatchObject({
      accommodationMs: [null, 15 * MINUTE],
      breakAllowanceMs: [null, 10 * MINUTE],
      accommodationIds: [null, [set.id]],
    });
    // The proctor console shows the accommodation time apart from the test's.
    const proctor = await signedIn(core, 'proctor');
    const row = (await proctor.ok('proctor.attempts', {})).find(
      (a) => a.attemptId === session.attemptId,
    );
    expect(row).toMatchObject({
      limitMs: LIMIT,
      accommodationMs: 15 * MINUTE,
      remainingMs: 14 * MINUTE,
      breaks: { allowanceMs: 10 * MINUTE, usedMs: 0, state: null },
    });
  });

  it('takes a per-test accommodation over the general one, field by field', async () => {
    const core = await createExamCore();
    const { admin, student1, sam, testId } = await ids(core);
    await admin.ok('accommodations.set', {
      studentId: sam,
      timeMultiplier: 1.25,
      restBreakMinutes: 10,
    });
    await admin.ok('accommodations.set', { studentId: sam, testId, timeMultiplier: 2 });
    const session = await student1.ok('exams.start', { testId });
    // 2 × 30 minutes from the test's row; the 10 minutes of breaks from the general one.
    expect(session.clock).toMatchObject({
      limitMs: 2 * LIMIT,
      accommodationMs: LIMIT,
      breaks: { allowanceMs: 10 * MINUTE },
    });
    const list = await admin.ok('accommodations.list', { studentId: sam });
    expect(list.map((a) => [a.testName, a.timeMultiplier])).toEqual([
      [null, 1.25],
      ['General Knowledge — Demo Exam', 2],
    ]);
  });

  it('gives a student a window of their own and extra attempts, and nobody else', async () => {
    const core = await createExamCore();
    const { admin, student1, sam, testId } = await ids(core);
    const now = core.clock.nowMs();
    // The test closed an hour ago, for everyone.
    await setTestColumns(core, testId, {
      availableUntil: new Date(now - 3_600_000).toISOString(),
      attemptsAllowed: 1,
    });
    const student2 = await signedIn(core, 'student2');
    expect(await student1.ok('exams.available', {})).toEqual([]);
    await admin.ok('accommodations.set', {
      studentId: sam,
      testId,
      availableFrom: new Date(now - 60_000).toISOString(),
      availableUntil: new Date(now + 2 * 3_600_000).toISOString(),
      extraAttempts: 1,
    });
    const [exam] = await student1.ok('exams.available', {});
    expect(exam).toMatchObject({
      id: testId,
      attemptsAllowed: 2,
      availableUntil: new Date(now + 2 * 3_600_000).toISOString(),
    });
    expect(await student2.ok('exams.available', {})).toEqual([]);
    expect(await student2.call('exams.start', { testId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This test is not open now' },
    });
    // Two attempts: the test's one and the extra one.
    for (let i = 0; i < 2; i += 1) {
      const s = await student1.ok('exams.start', { testId });
      await student1.ok('exams.submit', { attemptId: s.attemptId });
    }
    expect(await student1.call('exams.start', { testId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'You have used all 2 of your attempts at this test' },
    });
  });

  it('changes the one accommodation for a student and test, and removes it for attempts to come', async () => {
    const core = await createExamCore();
    const { admin, student1, sam, testId } = await ids(core);
    const first = await admin.ok('accommodations.set', { studentId: sam, extraMinutes: 10 });
    const second = await admin.ok('accommodations.set', {
      studentId: sam,
      extraMinutes: 20,
      note: 'Doctor’s letter',
    });
    expect(second.id).toBe(first.id);
    expect(await admin.ok('accommodations.list', { studentId: sam })).toHaveLength(1);
    const update = (await auditRowsFor(core, first.id)).find(
      (r) => r.action === 'accommodation.update',
    );
    expect(JSON.parse(update!.changes!)).toEqual({
      extraMinutes: [10, 20],
      note: [null, 'Doctor’s letter'],
    });
    const running = await student1.ok('exams.start', { testId });
    expect(running.clock.accommodationMs).toBe(20 * MINUTE);
    await admin.ok('accommodations.remove', { id: first.id });
    expect(await admin.ok('accommodations.list', {})).toEqual([]);
    // The attempt already started keeps what it was given; the next one gets none.
    const again = await student1.ok('exams.resume', { attemptId: running.attemptId });
    expect(again.clock.accommodationMs).toBe(20 * MINUTE);
    await student1.ok('exams.submit', { attemptId: running.attemptId });
    const next = await student1.ok('exams.start', { testId });
    expect(next.clock).toMatchObject({ accommodationMs: 0, limitMs: LIMIT });
    expect(await admin.call('accommodations.remove', { id: first.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('lets admins and authors set them, proctors read them, students neither', async () => {
    const core = await createExamCore();
    const { sam, student1 } = await ids(core);
    const author = await signedIn(core, 'author');
    const proctor = await signedIn(core, 'proctor');
    expect((await author.call('accommodations.set', { studentId: sam, extraMinutes: 5 })).ok).toBe(
      true,
    );
    expect(
      await proctor.call('accommodations.set', { studentId: sam, extraMinutes: 5 }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await proctor.ok('accommodations.list', {})).map((a) => a.studentId)).toEqual([sam]);
    expect(await student1.call('accommodations.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses bad input with the field named, in words, and writes nothing', async () => {
    const core = await createExamCore();
    const { admin, sam, testId } = await ids(core);
    const adminId = (await admin.ok('auth.session', {}))!.person.id;
    const refusals = [
      [
        { studentId: sam, timeMultiplier: 0.5 },
        'timeMultiplier',
        'Time multiplier must be at least 1 (the usual time)',
      ],
      [
        { studentId: sam, timeMultiplier: 1.333 },
        'timeMultiplier',
        'Time multiplier can have at most two decimal places',
      ],
      [
        { studentId: sam, extraMinutes: 2.5 },
        'extraMinutes',
        'Extra minutes must be whole minutes',
      ],
      [
        { studentId: sam, restBreakMinutes: 0 },
        'restBreakMinutes',
        'Rest break minutes must be at least 1 minute',
      ],
      [
        { studentId: sam },
        'timeMultiplier',
        'Grant at least one thing: extra time, a window, attempts or rest breaks',
      ],
      [
        { studentId: sam, availableFrom: '2026-06-02T09:00:00Z' },
        'availableFrom',
        'A window of their own needs a test: choose the test it is for',
      ],
      [
        {
          studentId: sam,
          testId,
          availableFrom: '2026-06-02T09:00:00Z',
          availableUntil: '2026-06-01T09:00:00Z',
        },
        'availableUntil',
        'The window must end after it starts',
      ],
      [
        { studentId: adminId, extraMinutes: 5 },
        'studentId',
        'Ada Admin is not a student; accommodations are for students',
      ],
      [
        { studentId: '0190e6a0-0000-7000-8000-00000000dead', extraMinutes: 5 },
        'studentId',
        'No such student in your organisation',
      ],
      [
        { studentId: sam, testId: '0190e6a0-0000-7000-8000-00000000dead', extraMinutes: 5 },
        'testId',
        'No such test in your organisation',
      ],
    ] as const;
    for (const [input, field, message] of refusals) {
      expect(await admin.raw('accommodations.set', input), message).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field, message },
      });
    }
    expect(await admin.ok('accommodations.list', {})).toEqual([]);
  });
});
