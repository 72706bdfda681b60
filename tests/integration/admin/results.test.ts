import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attempts, auditLogs } from '@db/schema/index';
import { createTestCore, signedIn } from '../../helpers/core';
import { choice, draftTest, essay, profileId, seedAttempt, setPlan } from './admin-fixtures';

const ids = {
  a1: '019b0000-0000-7000-8000-0000000000a1',
  a2: '019b0000-0000-7000-8000-0000000000a2',
  a3: '019b0000-0000-7000-8000-0000000000a3',
};

/** A published test of one choice question (2 marks) and one essay (5), sat by three students. */
async function satTest() {
  const core = await createTestCore();
  const author = await signedIn(core, 'author');
  const test = await draftTest(author, 'History <Quiz>', [
    { content: choice('Which year?', 'a'), marks: 2 },
    { content: essay('Why?'), marks: 5 },
  ]);
  await author.ok('tests.update', {
    id: test.id,
    settings: { name: 'History <Quiz>', passMark: 50 },
  });
  await author.ok('tests.publish', { id: test.id });
  const org = await author.ok('organisation.get', {});
  const [mc, es] = test.questions.map((q) => q.questionId) as [string, string];
  const student = (n: 1 | 2 | 3) => profileId(core, `student${n}@northfield.example`);
  await seedAttempt(core, {
    id: ids.a1,
    testId: test.id,
    studentId: await student(1),
    clientId: org.id,
    status: 'needs_grading',
    totalMarks: 7,
    elapsedMs: 20 * 60_000,
    integrity: ['focus_lost', 'focus_lost', 'clock_jump'],
    answers: [
      { questionId: mc, answer: { type: 'single_choice', optionId: 'a' }, marks: 2, correct: true },
      {
        questionId: es,
        answer: { type: 'essay', text: 'Because of the treaty terms.' },
        marks: null,
      },
    ],
  });
  await seedAttempt(core, {
    id: ids.a2,
    testId: test.id,
    studentId: await student(2),
    clientId: org.id,
    status: 'needs_grading',
    totalMarks: 7,
    answers: [
      {
        questionId: mc,
        answer: { type: 'single_choice', optionId: 'c' },
        marks: 0,
        correct: false,
      },
      { questionId: es, answer: { type: 'essay', text: 'No idea.' }, marks: null },
    ],
  });
  await seedAttempt(core, {
    id: ids.a3,
    testId: test.id,
    studentId: await student(3),
    clientId: org.id,
    status: 'in_progress',
    totalMarks: 7,
    submittedAt: null,
    answers: [],
  });
  return { core, author, test, mc, es };
}

describe('gradebook', () => {
  it('lists every attempt with score, percentage, time, status, integrity events and device', async () => {
    const { author, test } = await satTest();
    const book = await author.ok('results.gradebook', { testId: test.id });
    expect(book.rows).toHaveLength(3);
    const sam = book.rows.find((r) => r.attemptId === ids.a1);
    expect(sam).toMatchObject({
      studentName: 'Sam Student',
      status: 'needs_grading',
      score: 2,
      totalMarks: 7,
      percentage: 28.6,
      passed: null,
      timeTakenMs: 20 * 60_000,
      integrityEvents: 3,
      integrityKinds: { focus_lost: 2, clock_jump: 1 },
      deviceId: 'device-lab-1',
      pendingGrading: 1,
    });
    const sitting = book.rows.find((r) => r.attemptId === ids.a3);
    expect(sitting).toMatchObject({ status: 'in_progress', score: null, percentage: null });
    expect(book.summary).toMatchObject({
      attempts: 3,
      finished: 2,
      pendingGrading: 2,
      highest: 28.6,
      lowest: 0,
    });
  });

  it('exports CSV with the documented header, safe against spreadsheet formulas', async () => {
    const { author, test } = await satTest();
    const { csv, fileName } = await author.ok('results.gradebookCsv', { testId: test.id });
    expect(fileName).toBe('gradebook-history-quiz.csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'student,email,attempt,status,score,total_marks,percentage,passed,started_at,submitted_at,time_taken_minutes,integrity_events,integrity_detail,device,awaiting_grading,test_version',
    );
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('Sam Student'))).toContain(',needs_grading,2,7,28.6,,');
  });

  it('is not for students, and another test id answers NOT_FOUND', async () => {
    const { core, test } = await satTest();
    const student = await signedIn(core, 'student1');
    expect(await student.call('results.gradebook', { testId: test.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const author = await signedIn(core, 'author');
    expect(
      await author.call('results.gradebook', { testId: '019b0000-0000-7000-8000-00000000ffff' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('manual grading', () => {
  it('queues essays of submitted attempts only, oldest first, with names hidden on request', async () => {
    const { author, test } = await satTest();
    const queue = await author.ok('grading.queue', { testId: test.id });
    expect(queue.map((q) => q.attemptId)).toEqual([ids.a1, ids.a2]);
    expect(queue[0]).toMatchObject({
      questionText: 'Why?',
      answerText: 'Because of the treaty terms.',
      wordCount: 5,
      maxMarks: 5,
      marks: null,
    });
    const blind = await author.ok('grading.queue', { testId: test.id, anonymous: true });
    expect(blind.every((q) => q.studentName === null)).toBe(true);
  });

  it('grades an essay: the attempt score and status update, and the change is audited', async () => {
    const { core, author, test } = await satTest();
    const [first] = await author.ok('grading.queue', { testId: test.id });
    const graded = await author.ok('grading.grade', {
      answerId: first?.answerId ?? '',
      marks: 4,
      comment: 'Good point on the treaty.',
    });
    expect(graded).toMatchObject({ marks: 4, comment: 'Good point on the treaty.' });
    const [row] = await core.env.db().select().from(attempts).where(eq(attempts.id, ids.a1));
    expect(row).toMatchObject({ score: 6, status: 'graded' });
    const book = await author.ok('results.gradebook', { testId: test.id });
    expect(book.rows.find((r) => r.attemptId === ids.a1)).toMatchObject({
      percentage: 85.7,
      passed: true,
      pendingGrading: 0,
    });
    expect((await author.ok('grading.queue', { testId: test.id })).map((q) => q.attemptId)).toEqual(
      [ids.a2],
    );
    const [audit] = await core.env
      .db()
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'answer.grade'));
    expect(JSON.parse(audit?.changes ?? '{}')).toMatchObject({
      marks: [null, 4],
      attemptScore: [2, 6],
      attemptStatus: ['needs_grading', 'graded'],
    });
    // A second look changes it again, audited again.
    await author.ok('grading.grade', { answerId: first?.answerId ?? '', marks: 3, comment: null });
    const [again] = await core.env.db().select().from(attempts).where(eq(attempts.id, ids.a1));
    expect(again?.score).toBe(5);
  });

  it('refuses more marks than the question is worth, naming the field', async () => {
    const { author, test } = await satTest();
    const [first] = await author.ok('grading.queue', { testId: test.id });
    expect(
      await author.call('grading.grade', { answerId: first?.answerId ?? '', marks: 6 }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'marks',
        message: 'Marks can be at most 5 for this question',
      },
    });
    expect(
      await author.call('grading.grade', { answerId: first?.answerId ?? '', marks: -1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'marks' },
    });
  });
});

describe('item analysis through the API', () => {
  it('shows facility and option picks for the sat test', async () => {
    const { core, author, test, mc } = await satTest();
    await setPlan(core, { item_analysis: true });
    const analysis = await author.ok('results.itemAnalysis', { testId: test.id });
    expect(analysis.attempts).toBe(2);
    const item = analysis.items.find((i) => i.questionId === mc);
    expect(item?.facility).toBe(0.5);
    expect(item?.options?.map((o) => [o.id, o.count])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 1],
      ['d', 0],
    ]);
  });
});

describe('regrade after a key is fixed', () => {
  it('shows each attempt before and after, then applies it with one audit row, leaving essays alone', async () => {
    const { core, author, test, mc } = await satTest();
    // The key was wrong: the right answer is C. Sam (picked A) loses 2, Tara (picked C) gains 2.
    const q = await author.ok('questions.get', { id: mc });
    await author.ok('questions.update', {
      id: mc,
      baseVersion: q.version,
      content: { ...choice('Which year?', 'c'), marks: 2 },
    });
    const preview = await author.ok('results.regradePreview', { testId: test.id });
    expect(preview.applied).toBe(false);
    expect(preview.attempts).toBe(2);
    expect(preview.changed).toEqual([
      {
        attemptId: ids.a1,
        studentName: 'Sam Student',
        before: 2,
        after: 0,
        statusBefore: 'needs_grading',
        statusAfter: 'needs_grading',
      },
      {
        attemptId: ids.a2,
        studentName: 'Tara Student',
        before: 0,
        after: 2,
        statusBefore: 'needs_grading',
        statusAfter: 'needs_grading',
      },
    ]);
    const book = await author.ok('results.gradebook', { testId: test.id });
    expect(book.rows.find((r) => r.attemptId === ids.a1)?.score).toBe(2);

    const applied = await author.ok('results.regrade', { testId: test.id });
    expect(applied.applied).toBe(true);
    const after = await author.ok('results.gradebook', { testId: test.id });
    expect(after.rows.find((r) => r.attemptId === ids.a1)?.score).toBe(0);
    expect(after.rows.find((r) => r.attemptId === ids.a2)?.score).toBe(2);
    // The essays still wait for a grader.
    expect(await author.ok('grading.queue', { testId: test.id })).toHaveLength(2);
    const [audit] = await core.env
      .db()
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'test.regrade'));
    expect(JSON.parse(audit?.changes ?? '{}')).toEqual({
      scores: [
        { [ids.a1]: 2, [ids.a2]: 0 },
        { [ids.a1]: 0, [ids.a2]: 2 },
      ],
    });
    // Again: nothing left to change.
    expect((await author.ok('results.regradePreview', { testId: test.id })).changed).toEqual([]);
  });
});
