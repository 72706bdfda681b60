import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '@main/app/core';
import { attemptBreaks, attemptClocks, auditLogs } from '@db/schema/index';
import { sequentialIds } from '@shared/ids';
import { ManualClock } from '@shared/time';
import { signedIn, TEST_SCRYPT, type TestClient } from '../../helpers/core';
import { createExamCore, demoTestId, manualScheduler } from '../../helpers/exam';
import { tempDir } from '../../helpers/temp-dir';

const MINUTE = 60_000;
const LIMIT = 30 * MINUTE;

/** Sam has 10 minutes of rest breaks at every test, and starts the demo exam. */
async function sitWithBreaks(core: Core, restBreakMinutes = 10) {
  const admin = await signedIn(core, 'admin');
  const sam = (await admin.ok('people.list', { search: 'Sam' }))[0]!.id;
  await admin.ok('accommodations.set', { studentId: sam, restBreakMinutes });
  const student = await signedIn(core, 'student1');
  const session = await student.ok('exams.start', { testId: await demoTestId(student) });
  const proctor = await signedIn(core, 'proctor');
  return { student, proctor, attemptId: session.attemptId, session };
}

async function breaksOf(core: Core, attemptId: string) {
  return core.env
    .db()
    .select({
      status: attemptBreaks.status,
      usedMs: attemptBreaks.usedMs,
      endedBy: attemptBreaks.endedBy,
    })
    .from(attemptBreaks)
    .where(eq(attemptBreaks.attemptId, attemptId));
}

async function clockOf(core: Core, attemptId: string) {
  const [row] = await core.env
    .db()
    .select({ elapsedMs: attemptClocks.elapsedMs, breakUsedMs: attemptClocks.breakUsedMs })
    .from(attemptClocks)
    .where(eq(attemptClocks.attemptId, attemptId));
  return row;
}

async function actionsOf(core: Core, attemptId: string): Promise<string[]> {
  const rows = await core.env
    .db()
    .select({ action: auditLogs.action, seq: auditLogs.seq })
    .from(auditLogs)
    .where(eq(auditLogs.resourceId, attemptId));
  return rows
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))
    .map((r) => r.action)
    .filter((a) => a.startsWith('attempt.break'));
}

async function step(core: Awaited<ReturnType<typeof createExamCore>>, ms: number) {
  core.clock.advance(ms);
  await core.exam.runtime.tick();
}

const left = async (student: TestClient, attemptId: string) =>
  (await student.ok('exams.resume', { attemptId })).clock;

describe('rest breaks', () => {
  it('pause the clock only once a proctor approves, and count apart from exam time', async () => {
    const core = await createExamCore();
    const { student, proctor, attemptId, session } = await sitWithBreaks(core);
    await step(core, MINUTE);
    const asked = await student.ok('exams.requestBreak', { attemptId });
    expect(asked.breaks).toEqual({ allowanceMs: 10 * MINUTE, usedMs: 0, state: 'requested' });
    // Asking pauses nothing: the clock runs until a proctor approves.
    await step(core, 30_000);
    expect((await left(student, attemptId)).remainingMs).toBe(LIMIT - 90_000);
    const console = await proctor.ok('proctor.approveBreak', { attemptId });
    expect(console.breaks).toEqual({ allowanceMs: 10 * MINUTE, usedMs: 0, state: 'running' });

    for (let i = 0; i < 4; i += 1) await step(core, 30_000);
    const onBreak = await left(student, attemptId);
    expect(onBreak).toMatchObject({
      remainingMs: LIMIT - 90_000,
      elapsedMs: 90_000,
      breaks: { usedMs: 2 * MINUTE, state: 'running' },
    });
    // Nothing is answered or submitted while the clock is paused.
    expect(
      await student.call('exams.saveAnswer', {
        attemptId,
        questionId: session.questions[0]!.questionId,
        flagged: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await student.call('exams.submit', { attemptId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const back = await student.ok('exams.endBreak', { attemptId });
    expect(back).toMatchObject({
      remainingMs: LIMIT - 90_000,
      breaks: { usedMs: 2 * MINUTE, state: null },
    });
    await step(core, 10_000);
    expect((await left(student, attemptId)).remainingMs).toBe(LIMIT - 100_000);
    expect(await breaksOf(core, attemptId)).toEqual([
      { status: 'ended', usedMs: 2 * MINUTE, endedBy: 'student' },
    ]);
    expect(await clockOf(core, attemptId)).toEqual({ elapsedMs: 100_000, breakUsedMs: 2 * MINUTE });
    expect(await actionsOf(core, attemptId)).toEqual([
      'attempt.break_request',
      'attempt.break_approve',
      'attempt.break_end',
    ]);
  });

  it('end by themselves when the break time is used up, and the rest is exam time', async () => {
    const core = await createExamCore();
    const { student, proctor, attemptId } = await sitWithBreaks(core, 3);
    const changed: unknown[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'exam.changed') changed.push(payload);
    });
    await proctor.ok('proctor.approveBreak', { attemptId });
    for (let i = 0; i < 4; i += 1) await step(core, MINUTE);
    // Three minutes of break, then one of exam time.
    expect(await left(student, attemptId)).toMatchObject({
      remainingMs: LIMIT - MINUTE,
      breaks: { usedMs: 3 * MINUTE, state: null },
    });
    expect(await breaksOf(core, attemptId)).toEqual([
      { status: 'ended', usedMs: 3 * MINUTE, endedBy: 'allowance' },
    ]);
    // The screen was told twice: when the break started and when it ended.
    expect(changed).toEqual([{ attemptId }, { attemptId }]);
    expect(await student.call('exams.requestBreak', { attemptId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'You have used all of your rest break time' },
    });
    expect(await proctor.call('proctor.approveBreak', { attemptId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This student has used all of their rest break time' },
    });
  });

  it('are refused where none were arranged, asked twice, or ended when none runs', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student2');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const proctor = await signedIn(core, 'proctor');
    const { attemptId } = session;
    expect(await student.call('exams.requestBreak', { attemptId })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'No rest breaks were arranged for you in this exam; ask your proctor',
      },
    });
    expect(await proctor.call('proctor.approveBreak', { attemptId })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'No rest break time was arranged for this student in this exam',
      },
    });
    expect(await student.call('exams.endBreak', { attemptId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const other = await createExamCore();
    const sitting = await sitWithBreaks(other);
    await sitting.student.ok('exams.requestBreak', { attemptId: sitting.attemptId });
    expect(
      await sitting.student.call('exams.requestBreak', { attemptId: sitting.attemptId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'You have asked for a rest break already' },
    });
    // Withdrawn before it ran: the clock never paused.
    await sitting.student.ok('exams.endBreak', { attemptId: sitting.attemptId });
    expect(await breaksOf(other, sitting.attemptId)).toEqual([
      { status: 'cancelled', usedMs: 0, endedBy: 'student' },
    ]);
    // Another student may not ask for a break in Sam's attempt.
    const tara = await signedIn(other, 'student2');
    expect(await tara.call('exams.requestBreak', { attemptId: sitting.attemptId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await sitting.student.call('proctor.approveBreak', { attemptId: sitting.attemptId }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('start on the student’s computer when an approval made elsewhere arrives', async () => {
    const core = await createExamCore();
    const { student, attemptId } = await sitWithBreaks(core);
    await student.ok('exams.requestBreak', { attemptId });
    // The proctor's computer approved it; this is the row as a pull leaves it here.
    await core.database.client.run(
      "UPDATE attempt_breaks SET status = 'approved', approved_at = ?, updated_at = ? WHERE attempt_id = ?",
      new Date(core.clock.nowMs()).toISOString(),
      new Date(core.clock.nowMs()).toISOString(),
      attemptId,
    );
    // Until the next persist reads it, the clock runs on (time cannot be gained by a late approval).
    for (let i = 0; i < 5; i += 1) await step(core, 1_000);
    expect(await left(student, attemptId)).toMatchObject({
      remainingMs: LIMIT - 5_000,
      breaks: { state: 'running', usedMs: 0 },
    });
    for (let i = 0; i < 10; i += 1) await step(core, 1_000);
    expect((await left(student, attemptId)).remainingMs).toBe(LIMIT - 5_000);
    expect(await actionsOf(core, attemptId)).toEqual([
      'attempt.break_request',
      'attempt.break_start',
    ]);
  });

  it('end with the attempt when a proctor ends it, the break time kept', async () => {
    const core = await createExamCore();
    const { proctor, attemptId } = await sitWithBreaks(core);
    await step(core, MINUTE);
    await proctor.ok('proctor.approveBreak', { attemptId });
    await step(core, 2 * MINUTE);
    await proctor.ok('proctor.endAttempt', { attemptId, reason: 'Did not come back' });
    expect(await breaksOf(core, attemptId)).toEqual([
      { status: 'ended', usedMs: 2 * MINUTE, endedBy: 'attempt_end' },
    ]);
    expect(await clockOf(core, attemptId)).toMatchObject({ breakUsedMs: 2 * MINUTE });
    const ended = (await proctor.ok('proctor.attempts', {})).find((a) => a.attemptId === attemptId);
    expect(ended).toMatchObject({
      status: 'graded',
      elapsedMs: MINUTE,
      breaks: { usedMs: 2 * MINUTE, state: null },
    });
  });

  it('go on through a crash: the downtime is break time while it lasts, and no more', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    const open = (seed: number) =>
      createCore({
        dataDir,
        clock,
        ids: sequentialIds(Date.UTC(2026, 0, 1) + seed * 1e9, seed),
        scrypt: TEST_SCRYPT,
        seedDemo: true,
        logError: () => undefined,
        scheduler: manualScheduler(),
      });
    const a = await open(1);
    const { proctor, attemptId } = await sitWithBreaks(a, 5);
    clock.advance(MINUTE);
    await a.exam.runtime.tick();
    await proctor.ok('proctor.approveBreak', { attemptId });
    clock.advance(MINUTE);
    await a.exam.runtime.tick(); // not persisted yet: the last persist was at the approval
    await a.database.close();

    // Down for 10 minutes: 1 unpersisted + 10 down = 11 minutes, of which 5 can be break.
    clock.advance(10 * MINUTE);
    clock.restartMonotonic(50);
    const b = await open(2);
    try {
      const student = await signedIn(b, 'student1');
      const resumed = await student.ok('exams.resume', { attemptId });
      expect(resumed.clock).toMatchObject({
        elapsedMs: MINUTE + 6 * MINUTE,
        breaks: { usedMs: 5 * MINUTE, state: null },
      });
      expect(await breaksOf(b, attemptId)).toEqual([
        { status: 'ended', usedMs: 5 * MINUTE, endedBy: 'allowance' },
      ]);
    } finally {
      await b.close();
    }
  });
});
