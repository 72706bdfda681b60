import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '@main/app/core';
import { attemptAnswers, attempts, integrityEvents } from '@db/schema/index';
import { sequentialIds } from '@shared/ids';
import { ManualClock } from '@shared/time';
import { clientOf, DEMO_PASSWORD, demoEmail, signedIn, TEST_SCRYPT } from '../../helpers/core';
import {
  createExamCore,
  demoTestId,
  manualScheduler,
  persistedClockOf,
  setTestColumns,
} from '../../helpers/exam';
import { tempDir } from '../../helpers/temp-dir';

const LIMIT = 30 * 60_000;

async function openCore(dataDir: string, clock: ManualClock, seed: number): Promise<Core> {
  return createCore({
    dataDir,
    clock,
    ids: sequentialIds(Date.UTC(2026, 0, 1) + seed * 1e9, seed),
    scrypt: TEST_SCRYPT,
    seedDemo: true,
    logError: () => undefined,
    scheduler: manualScheduler(),
  });
}

/** A crash: the database goes away with no clock persisted on the way out. */
async function crash(core: Core): Promise<void> {
  await core.database.close();
}

async function eventsOf(core: Core, attemptId: string) {
  return core.env
    .db()
    .select()
    .from(integrityEvents)
    .where(eq(integrityEvents.attemptId, attemptId));
}

async function startDemo(core: Core) {
  const student = clientOf(core);
  await student.ok('auth.signIn', { email: demoEmail.student1, password: DEMO_PASSWORD });
  const session = await student.ok('exams.start', { testId: await demoTestId(student) });
  return { student, session };
}

describe('exam clock', () => {
  it('counts down on the monotonic clock and persists every few seconds and at every save', async () => {
    const core = await createExamCore();
    const { student, session } = await startDemo(core);
    const ticks: number[] = [];
    core.events.subscribe((name, payload, target) => {
      if (name === 'clock.tick' && target === student.key)
        ticks.push((payload as { remainingMs: number }).remainingMs);
    });
    for (let i = 0; i < 6; i += 1) {
      core.clock.advance(1_000);
      await core.exam.runtime.tick();
    }
    expect(ticks).toEqual([1, 2, 3, 4, 5, 6].map((s) => LIMIT - s * 1_000));
    const clockRow = () => persistedClockOf(core, session.attemptId);
    expect((await clockRow())?.elapsedMs).toBe(5_000);
    core.clock.advance(300);
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: session.questions[0]!.questionId,
      flagged: true,
    });
    expect(await clockRow()).toMatchObject({
      elapsedMs: 6_300,
      lastSavedAt: new Date(core.clock.nowMs()).toISOString(),
    });
    // The attempts row (with its paper) is not rewritten by the heartbeat or by saves.
    const [attempt] = await core.env
      .db()
      .select()
      .from(attempts)
      .where(eq(attempts.id, session.attemptId));
    expect(attempt?.elapsedMs).toBe(0);
  });

  it('charges the time the app was down after a crash, and resumes the same paper', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    const a = await openCore(dataDir, clock, 1);
    const { session } = await startDemo(a);
    clock.advance(7_000);
    await a.exam.runtime.tick(); // persisted at 7 s
    clock.advance(2_000); // 2 s more, never persisted
    await a.exam.runtime.tick();
    await crash(a);

    clock.advance(60_000); // the app is down for a minute
    clock.restartMonotonic(50);
    const b = await openCore(dataDir, clock, 2);
    try {
      const student = await signedIn(b, 'student1');
      const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
      expect(resumed.questions).toEqual(session.questions);
      // 7 s persisted + 62 s since that tick (2 s unpersisted running + 60 s down).
      expect(resumed.clock.elapsedMs).toBe(69_000);
      expect(resumed.clock.remainingMs).toBe(LIMIT - 69_000);
      const events = await eventsOf(b, session.attemptId);
      expect(events.map((e) => e.kind)).toEqual(['restart']);
      expect(JSON.parse(events[0]!.detail!)).toEqual({ downtimeMs: 62_000, measurable: true });
    } finally {
      await b.close();
    }
  });

  it('resumes after a crash right after a save, with no heartbeat since, from the save’s elapsed time', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    const a = await openCore(dataDir, clock, 1);
    const { student, session } = await startDemo(a);
    clock.advance(7_000);
    await a.exam.runtime.tick(); // the heartbeat persists 7 s
    clock.advance(2_000); // no clock step: only the save below persists the time
    const receipt = await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: session.questions[0]!.questionId,
      flagged: true,
    });
    expect(receipt.clock.elapsedMs).toBe(9_000);
    await crash(a);

    // The wall clock is set back while the app is down, so no downtime can be charged: the
    // resumed clock is exactly what was persisted, the save's 9 s and not the heartbeat's 7 s.
    clock.jumpWall(-3_600_000);
    clock.restartMonotonic();
    const b = await openCore(dataDir, clock, 2);
    try {
      const resumed = await (
        await signedIn(b, 'student1')
      ).ok('exams.resume', {
        attemptId: session.attemptId,
      });
      expect(resumed.clock.elapsedMs).toBe(9_000);
      expect(resumed.answers).toEqual([
        expect.objectContaining({ questionId: session.questions[0]!.questionId, flagged: true }),
      ]);
    } finally {
      await b.close();
    }

    // With the wall clock as it was, the downtime is measured from the save, not the heartbeat.
    const dataDir2 = tempDir();
    const clock2 = new ManualClock();
    const c = await openCore(dataDir2, clock2, 3);
    const second = await startDemo(c);
    clock2.advance(7_000);
    await c.exam.runtime.tick();
    clock2.advance(2_000);
    await second.student.ok('exams.saveAnswer', {
      attemptId: second.session.attemptId,
      questionId: second.session.questions[0]!.questionId,
      flagged: true,
    });
    await crash(c);
    clock2.advance(60_000);
    clock2.restartMonotonic(50);
    const d = await openCore(dataDir2, clock2, 4);
    try {
      const resumed = await (
        await signedIn(d, 'student1')
      ).ok('exams.resume', {
        attemptId: second.session.attemptId,
      });
      expect(resumed.clock.elapsedMs).toBe(69_000);
      const events = await eventsOf(d, second.session.attemptId);
      expect(JSON.parse(events[0]!.detail!)).toEqual({ downtimeMs: 60_000, measurable: true });
    } finally {
      await d.close();
    }
  });

  it('gives no time back when the wall clock was moved back while the app was down, and records it', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    const a = await openCore(dataDir, clock, 1);
    const { session } = await startDemo(a);
    clock.advance(10_000);
    await a.exam.runtime.tick();
    await a.close();
    clock.jumpWall(-3_600_000);
    clock.restartMonotonic();
    const b = await openCore(dataDir, clock, 2);
    try {
      const student = await signedIn(b, 'student1');
      const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
      expect(resumed.clock.elapsedMs).toBe(10_000);
      const kinds = (await eventsOf(b, session.attemptId)).map((e) => e.kind);
      expect(kinds).toContain('clock_jump');
    } finally {
      await b.close();
    }
  });

  it('ignores the wall clock moved back or forward while running, and records each jump', async () => {
    const core = await createExamCore();
    const { student, session } = await startDemo(core);
    core.clock.advance(1_000);
    core.clock.jumpWall(-2 * 3_600_000);
    await core.exam.runtime.tick();
    core.clock.advance(1_000);
    core.clock.jumpWall(5 * 3_600_000);
    await core.exam.runtime.tick();
    const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
    expect(resumed.clock.elapsedMs).toBe(2_000);
    const jumps = (await eventsOf(core, session.attemptId)).filter((e) => e.kind === 'clock_jump');
    expect(jumps.map((e) => (JSON.parse(e.detail!) as { direction: string }).direction)).toEqual([
      'backward',
      'forward',
    ]);
  });

  it('keeps counting while the machine sleeps, without double counting', async () => {
    const core = await createExamCore();
    const { student, session } = await startDemo(core);
    core.clock.advance(1_000);
    await core.exam.runtime.tick();
    core.exam.runtime.suspend();
    core.clock.jumpWall(10 * 60_000); // asleep: the monotonic clock stood still
    core.exam.runtime.resume();
    await core.exam.runtime.idle();
    const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
    expect(resumed.clock.elapsedMs).toBe(1_000 + 10 * 60_000);
    const sleeps = (await eventsOf(core, session.attemptId)).filter((e) => e.kind === 'suspend');
    expect(sleeps).toHaveLength(1);
  });

  it('submits by itself when time is up, with every saved answer, whatever the renderer does', async () => {
    const core = await createExamCore();
    const { student, session } = await startDemo(core);
    const tf = session.questions.find((q) => q.type === 'true_false')!;
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: tf.questionId,
      answer: { type: 'true_false', value: true },
    });
    const ended: unknown[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'exam.ended') ended.push(payload);
    });
    core.clock.advance(LIMIT - 1);
    await core.exam.runtime.tick();
    expect(ended).toEqual([]);
    core.clock.advance(1);
    await core.exam.runtime.tick();
    expect(ended).toEqual([
      expect.objectContaining({ attemptId: session.attemptId, submittedBy: 'timeout' }),
    ]);
    const [row] = await core.env
      .db()
      .select()
      .from(attempts)
      .where(eq(attempts.id, session.attemptId));
    expect(row).toMatchObject({ status: 'graded', submittedBy: 'timeout', elapsedMs: LIMIT });
    const answers = await core.env
      .db()
      .select()
      .from(attemptAnswers)
      .where(eq(attemptAnswers.attemptId, session.attemptId));
    expect(answers.find((a) => a.questionId === tf.questionId)?.studentAnswer).toBe(
      JSON.stringify({ type: 'true_false', value: true }),
    );
    expect(
      await student.raw('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: tf.questionId,
        answer: null,
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await student.ok('exams.result', { attemptId: session.attemptId })).toMatchObject({
      submittedBy: 'timeout',
      answeredCount: 1,
    });
  });

  it('submits at once when a save arrives after time ran out but before the next clock step', async () => {
    const core = await createExamCore();
    const { student, session } = await startDemo(core);
    core.clock.advance(LIMIT + 500);
    const late = await student.raw('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: session.questions[0]!.questionId,
      flagged: true,
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await student.ok('exams.result', { attemptId: session.attemptId })).toMatchObject({
      status: 'graded',
      submittedBy: 'timeout',
    });
  });

  it('submits at start-up an attempt whose time ran out while the app was down', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    const a = await openCore(dataDir, clock, 1);
    const { session } = await startDemo(a);
    await a.close();
    clock.advance(LIMIT + 60_000);
    clock.restartMonotonic();
    const b = await openCore(dataDir, clock, 2);
    try {
      const [row] = await b.env
        .db()
        .select()
        .from(attempts)
        .where(eq(attempts.id, session.attemptId));
      expect(row).toMatchObject({ status: 'graded', submittedBy: 'timeout', elapsedMs: LIMIT });
    } finally {
      await b.close();
    }
  });

  it('adds a proctor’s extra time to the running clock, audited', async () => {
    const core = await createExamCore();
    const { student, session } = await startDemo(core);
    const proctor = await signedIn(core, 'proctor');
    const changed: unknown[] = [];
    core.events.subscribe((name, payload, target) => {
      if (name === 'exam.changed' && target === student.key) changed.push(payload);
    });
    core.clock.advance(LIMIT - 1_000);
    await core.exam.runtime.tick();
    const row = await proctor.ok('proctor.extendTime', {
      attemptId: session.attemptId,
      minutes: 5,
      reason: 'Fire alarm',
    });
    expect(row.remainingMs).toBe(5 * 60_000 + 1_000);
    expect(changed).toHaveLength(1);
    core.clock.advance(60_000);
    await core.exam.runtime.tick();
    const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
    expect(resumed.clock).toMatchObject({ extraMs: 300_000, remainingMs: 4 * 60_000 + 1_000 });
    expect(
      await proctor.raw('proctor.extendTime', {
        attemptId: session.attemptId,
        minutes: 0,
        reason: 'x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'minutes' } });
    expect(
      await proctor.raw('proctor.extendTime', {
        attemptId: session.attemptId,
        minutes: 5,
        reason: ' ',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'reason' } });
  });

  it('asks for a resume code after a crash of a proctored exam, and takes each code once', async () => {
    const dataDir = tempDir();
    const clock = new ManualClock();
    const a = await openCore(dataDir, clock, 1);
    const student0 = clientOf(a);
    await student0.ok('auth.signIn', { email: demoEmail.student1, password: DEMO_PASSWORD });
    const testId = await demoTestId(student0);
    await setTestColumns(a, testId, { startCodeRequired: 1 });
    const proctor0 = await signedIn(a, 'proctor');
    const { code: startCode } = await proctor0.ok('proctor.issueStartCode', { testId });
    const session = await student0.ok('exams.start', { testId, startCode });
    await crash(a);
    clock.advance(5_000);
    clock.restartMonotonic();
    const b = await openCore(dataDir, clock, 2);
    try {
      const student = await signedIn(b, 'student1');
      const proctor = await signedIn(b, 'proctor');
      expect(await student.raw('exams.resume', { attemptId: session.attemptId })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field: 'resumeCode' },
      });
      expect(
        await student.raw('exams.saveAnswer', {
          attemptId: session.attemptId,
          questionId: session.questions[0]!.questionId,
          flagged: true,
        }),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const [row] = await proctor.ok('proctor.attempts', {});
      expect(row?.awaitingResumeCode).toBe(true);
      const { code } = await proctor.ok('proctor.issueResumeCode', {
        attemptId: session.attemptId,
      });
      const resumed = await student.ok('exams.resume', {
        attemptId: session.attemptId,
        resumeCode: code,
      });
      expect(resumed.questions).toEqual(session.questions);
      const [after] = await b.env
        .db()
        .select()
        .from(attempts)
        .where(eq(attempts.id, session.attemptId));
      expect(after?.resumeCodeHash).toBeNull();
      const kinds = (await eventsOf(b, session.attemptId)).map((e) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['restart', 'resume_code_used']));
    } finally {
      await b.close();
    }
  });
});
