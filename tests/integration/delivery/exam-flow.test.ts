import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attemptAnswers, attempts } from '@db/schema/index';
import { questionTypes } from '@shared/domain/questions';
import { signedIn } from '../../helpers/core';
import {
  auditCount,
  auditRowsFor,
  correctAnswer,
  createExamCore,
  demoTestId,
  keysOf,
  persistedClockOf,
  setTestColumns,
  wrongAnswer,
} from '../../helpers/exam';

describe('taking an exam', () => {
  it('starts on a drawn paper with every question type, and a resume shows the same paper', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const testId = await demoTestId(student);
    const auditBefore = await auditCount(core);
    const session = await student.ok('exams.start', { testId });
    expect(await auditCount(core)).toBe(auditBefore + 1);
    const [startRow] = await auditRowsFor(core, session.attemptId);
    expect(startRow).toMatchObject({
      action: 'attempt.start',
      userId: core.sessions.get(student.key)?.tenant.profileId,
    });
    expect(session.questions).toHaveLength(15);
    expect(new Set(session.questions.map((q) => q.type))).toEqual(new Set(questionTypes));
    expect(session.questions.map((q) => q.number)).toEqual([...Array(15).keys()].map((i) => i + 1));
    expect(session.clock).toMatchObject({
      limitMs: 30 * 60_000,
      elapsedMs: 0,
      remainingMs: 30 * 60_000,
    });
    expect(session.questions.every((q) => q.versionId !== null)).toBe(true);

    core.clock.advance(4_000);
    await core.exam.runtime.tick();
    const again = await student.ok('exams.resume', { attemptId: session.attemptId });
    expect(again.questions).toEqual(session.questions);
    expect(again.clock.remainingMs).toBe(30 * 60_000 - 4_000);
    // Starting again returns the attempt in progress instead of a second one.
    const startedTwice = await student.ok('exams.start', { testId });
    expect(startedTwice.attemptId).toBe(session.attemptId);
  });

  it('stores the seed and paper with the attempt, and draws another order for another attempt', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const testId = await demoTestId(student);
    const first = await student.ok('exams.start', { testId });
    await student.ok('exams.submit', { attemptId: first.attemptId });
    const second = await student.ok('exams.start', { testId });
    const rows = await core.env.db().select().from(attempts).where(eq(attempts.testId, testId));
    expect(rows.map((r) => r.attemptNo).sort()).toEqual([1, 2]);
    for (const r of rows) expect(r.shuffleSeed).toMatch(/^[0-9a-f]{32}$/);
    expect(second.questions.map((q) => q.questionId)).not.toEqual(
      first.questions.map((q) => q.questionId),
    );
  });

  it('saves each answer with exactly one audit row and returns a receipt', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const keys = await keysOf(core, session);
    const q = session.questions.find((x) => x.type === 'single_choice')!;
    const before = await auditCount(core);
    core.clock.advance(2_500);
    const receipt = await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: q.questionId,
      answer: correctAnswer(q, keys.get(q.questionId)!),
    });
    expect(await auditCount(core)).toBe(before + 1);
    expect(receipt.savedAt).toBe(new Date(core.clock.nowMs()).toISOString());
    expect(receipt.clock.elapsedMs).toBe(2_500);
    const [row] = await core.env
      .db()
      .select()
      .from(attemptAnswers)
      .where(
        and(
          eq(attemptAnswers.attemptId, session.attemptId),
          eq(attemptAnswers.questionId, q.questionId),
        ),
      );
    expect(row?.questionVersionId).toBe(q.versionId);
    const clock = await persistedClockOf(core, session.attemptId);
    expect(clock).toMatchObject({ elapsedMs: 2_500, lastSavedAt: receipt.savedAt });

    // A flag alone keeps the answer.
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: q.questionId,
      flagged: true,
    });
    const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
    expect(resumed.answers).toEqual([
      expect.objectContaining({
        questionId: q.questionId,
        flagged: true,
        answer: correctAnswer(q, keys.get(q.questionId)!),
      }),
    ]);
    const saves = (await auditRowsFor(core, session.attemptId)).filter(
      (r) => r.action === 'answer.save',
    );
    expect(saves).toHaveLength(2);
  });

  it('refuses answers that do not fit the paper, naming the field, and writes nothing', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const single = session.questions.find((x) => x.type === 'single_choice')!;
    const multi = session.questions.find((x) => x.type === 'multiple_response')!;
    const before = await auditCount(core);
    const bad = async (input: Record<string, unknown>) =>
      student.raw('exams.saveAnswer', { attemptId: session.attemptId, ...input });
    expect(
      await bad({ questionId: single.questionId, answer: { type: 'true_false', value: true } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'answer.type' },
    });
    expect(
      await bad({
        questionId: single.questionId,
        answer: { type: 'single_choice', optionId: 'zz' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'answer.optionId' },
    });
    expect(
      await bad({
        questionId: multi.questionId,
        answer: { type: 'multiple_response', optionIds: [multi.options![0]!.id, 'nope'] },
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'answer.optionIds.1' } });
    expect(await bad({ questionId: core.env.ids(), answer: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'questionId' },
    });
    expect(await bad({ questionId: single.questionId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'answer' },
    });
    expect(await bad({ questionId: 'x', answer: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'questionId' },
    });
    expect(await auditCount(core)).toBe(before);
  });

  it('keeps attempts private: another student gets NOT_FOUND and staff cannot answer', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const other = await signedIn(core, 'student2');
    const proctor = await signedIn(core, 'proctor');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const q = session.questions[0]!;
    for (const [method, input] of [
      ['exams.resume', { attemptId: session.attemptId }],
      [
        'exams.saveAnswer',
        { attemptId: session.attemptId, questionId: q.questionId, answer: null },
      ],
      ['exams.submit', { attemptId: session.attemptId }],
      ['exams.result', { attemptId: session.attemptId }],
    ] as const) {
      expect(await other.raw(method, input), method).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await proctor.raw(method, input), method).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
  });

  it('scores at submit: objective answers marked, the essay queued, the score shown by the test settings', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const keys = await keysOf(core, session);
    const wrongOne = session.questions.find((q) => q.type === 'numeric')!;
    // A description is read, not answered.
    for (const q of session.questions.filter((x) => x.type !== 'description')) {
      const stored = keys.get(q.questionId)!;
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer: q === wrongOne ? wrongAnswer(q, stored) : correctAnswer(q, stored),
      });
    }
    const result = await student.ok('exams.submit', { attemptId: session.attemptId });
    const essayMarks = session.questions.find((q) => q.type === 'essay')!.marks;
    expect(result).toMatchObject({
      status: 'needs_grading',
      submittedBy: 'student',
      totalMarks: 30,
      score: 30 - essayMarks - wrongOne.marks,
      pendingCount: 1,
      answeredCount: 14,
      questionCount: 14,
    });
    const rows = await core.env
      .db()
      .select()
      .from(attemptAnswers)
      .where(eq(attemptAnswers.attemptId, session.attemptId));
    expect(rows).toHaveLength(15);
    const numericRow = rows.find((r) => r.questionId === wrongOne.questionId)!;
    expect(numericRow).toMatchObject({ isCorrect: 0, marksObtained: 0 });
    const essayRow = rows.find(
      (r) => r.questionId === session.questions.find((q) => q.type === 'essay')!.questionId,
    )!;
    expect(essayRow).toMatchObject({ isCorrect: null, marksObtained: null });
    // Nothing can be saved after submitting; submitting again answers with the result.
    expect(
      await student.raw('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: wrongOne.questionId,
        answer: null,
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await student.ok('exams.submit', { attemptId: session.attemptId })).toEqual(result);
    const submits = (await auditRowsFor(core, session.attemptId)).filter(
      (r) => r.action === 'attempt.submit',
    );
    expect(submits).toHaveLength(1);
  });

  it('hides the score until grading, or for good, when the test says so', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const testId = await demoTestId(student);
    await setTestColumns(core, testId, { showScore: 'after_grading' });
    const a = await student.ok('exams.start', { testId });
    const essay = a.questions.find((q) => q.type === 'essay')!;
    await student.ok('exams.saveAnswer', {
      attemptId: a.attemptId,
      questionId: essay.questionId,
      answer: { type: 'essay', text: 'Steps to make tea.' },
    });
    const r1 = await student.ok('exams.submit', { attemptId: a.attemptId });
    expect(r1).toMatchObject({
      status: 'needs_grading',
      score: null,
      totalMarks: null,
      pendingCount: 1,
    });
    await setTestColumns(core, testId, { showScore: 'never' });
    expect(await student.ok('exams.result', { attemptId: a.attemptId })).toMatchObject({
      score: null,
      totalMarks: null,
    });
    // Immediately: the marks so far, with the essay awaiting a grader.
    await setTestColumns(core, testId, { showScore: 'immediately' });
    expect(await student.ok('exams.result', { attemptId: a.attemptId })).toMatchObject({
      score: 0,
      totalMarks: 30,
      pendingCount: 1,
    });
  });

  it('enforces the attempts allowed and the availability window', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const testId = await demoTestId(student);
    await setTestColumns(core, testId, { attemptsAllowed: 1 });
    const a = await student.ok('exams.start', { testId });
    await student.ok('exams.submit', { attemptId: a.attemptId });
    expect(await student.raw('exams.start', { testId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await student.ok('exams.available', {})).map((t) => t.id)).not.toContain(testId);
    const other = await signedIn(core, 'student2');
    await setTestColumns(core, testId, {
      availableFrom: new Date(core.clock.nowMs() + 3_600_000).toISOString(),
    });
    expect(await other.raw('exams.start', { testId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('requires the proctor’s start code when the test asks for one, checked offline', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const proctor = await signedIn(core, 'proctor');
    const testId = await demoTestId(student);
    await setTestColumns(core, testId, { startCodeRequired: 1 });
    expect(await student.raw('exams.start', { testId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'startCode' },
    });
    expect(await student.raw('exams.start', { testId, startCode: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const { code } = await proctor.ok('proctor.issueStartCode', { testId });
    expect(code).toMatch(/^\d{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await student.raw('exams.start', { testId, startCode: wrong })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'startCode' },
    });
    const session = await student.ok('exams.start', {
      testId,
      startCode: `${code.slice(0, 3)} ${code.slice(3)}`,
    });
    expect(session.status).toBe('in_progress');
  });

  it('stops guessing of start codes after five wrong tries', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const proctor = await signedIn(core, 'proctor');
    const testId = await demoTestId(student);
    await setTestColumns(core, testId, { startCodeRequired: 1 });
    const { code } = await proctor.ok('proctor.issueStartCode', { testId });
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) await student.raw('exams.start', { testId, startCode: wrong });
    expect(await student.raw('exams.start', { testId, startCode: code })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', field: 'startCode' },
    });
    core.clock.advance(61_000);
    expect((await student.call('exams.start', { testId, startCode: code })).ok).toBe(true);
  });

  it('records integrity events the page reports, at most once a second per kind', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const proctor = await signedIn(core, 'proctor');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    await student.ok('exams.reportIntegrity', {
      attemptId: session.attemptId,
      kind: 'window_blur',
    });
    await student.ok('exams.reportIntegrity', {
      attemptId: session.attemptId,
      kind: 'window_blur',
    });
    core.clock.advance(1_500);
    await student.ok('exams.reportIntegrity', {
      attemptId: session.attemptId,
      kind: 'window_blur',
    });
    await student.ok('exams.reportIntegrity', {
      attemptId: session.attemptId,
      kind: 'visibility_hidden',
    });
    const [row] = await proctor.ok('proctor.attempts', {});
    expect(row?.integrity).toEqual({ window_blur: 2, visibility_hidden: 1 });
    expect(row?.integrityTotal).toBe(3);
    expect(
      await student.raw('exams.reportIntegrity', { attemptId: session.attemptId, kind: 'made_up' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'kind' },
    });
  });

  it('lets the locked exam close only with a proctor PIN', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    await student.ok('exams.start', { testId: await demoTestId(student) });
    const unlocked: string[] = [];
    core.exam.runtime.subscribe({ quitUnlocked: (id) => unlocked.push(id) });
    expect(await student.raw('exams.unlockQuit', { pin: '1111' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'pin' },
    });
    expect(unlocked).toEqual([]);
    expect(await student.ok('exams.unlockQuit', { pin: '2468' })).toEqual({ unlocked: true });
    expect(unlocked).toHaveLength(1);
    const [row] = await (await signedIn(core, 'proctor')).ok('proctor.attempts', {});
    expect(row?.integrity.quit_unlocked).toBe(1);
  });
});
