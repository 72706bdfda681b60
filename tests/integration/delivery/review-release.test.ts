import { describe, expect, it } from 'vitest';
import type { StoredQuestion } from '@shared/domain/bank';
import type { ExamSession } from '@shared/domain/exam';
import { signedIn, type TestClient } from '../../helpers/core';
import {
  correctAnswer,
  createExamCore,
  demoTestId,
  keysOf,
  setTestColumns,
  wrongAnswer,
} from '../../helpers/exam';

/** Property names that carry a key, partial credit or feedback. */
const KEY_OR_FEEDBACK = new Set([
  'key',
  'correctAnswer',
  'accepted',
  'weights',
  'partial',
  'alternatives',
  'feedback',
  'perOption',
  'perGap',
  'perAnswer',
  'outcomeText',
]);

function namesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) namesIn(v, found);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (v !== null && v !== undefined) found.add(k);
      namesIn(v, found);
    }
  }
  return found;
}

function feedbackTexts(stored: Iterable<StoredQuestion>): string[] {
  return [...stored].flatMap((q) => {
    const fb = q.feedback ?? {};
    return [
      fb.general,
      fb.correct,
      fb.partial,
      fb.incorrect,
      ...Object.values(fb.perOption ?? {}),
      ...Object.values(fb.perGap ?? {}),
    ].filter((t): t is string => t !== undefined);
  });
}

/** Sits the demo exam: every answer right except the numeric ones and the matching; the essay waits. */
async function sit(student: TestClient, session: ExamSession, keys: Map<string, StoredQuestion>) {
  for (const q of session.questions.filter((x) => x.type !== 'description')) {
    const stored = keys.get(q.questionId)!;
    const wrong = q.type === 'numeric' || q.type === 'matching';
    await student.ok('exams.saveAnswer', {
      attemptId: session.attemptId,
      questionId: q.questionId,
      answer: wrong ? wrongAnswer(q, stored) : correctAnswer(q, stored),
    });
  }
  return student.ok('exams.submit', { attemptId: session.attemptId });
}

async function setup() {
  const core = await createExamCore();
  const student = await signedIn(core, 'student1');
  const testId = await demoTestId(student);
  const session = await student.ok('exams.start', { testId });
  const keys = await keysOf(core, session);
  return { core, student, testId, session, keys };
}

describe('the student’s outcome and review', () => {
  it('shows the score, pass or fail, and each question with the answer, the key and its feedback when the test releases them', async () => {
    const { core, student, testId, session, keys } = await setup();
    await setTestColumns(core, testId, { passMark: 50 });
    await sit(student, session, keys);
    // The essay still waits for a grader: no pass or fail yet, but the review is out.
    const pending = await student.ok('exams.review', { attemptId: session.attemptId });
    expect(pending).toMatchObject({ status: 'needs_grading', passMark: 50, passed: null });
    const reviewed = pending.questions!;
    expect(reviewed.map((r) => r.question.questionId)).toEqual(
      session.questions.map((q) => q.questionId),
    );
    for (const r of reviewed) {
      const stored = keys.get(r.question.questionId)!;
      expect(r.question).toEqual(
        session.questions.find((q) => q.questionId === r.question.questionId),
      );
      const keyless = r.question.type === 'description' || r.question.type === 'essay';
      expect(r.key).toEqual(keyless ? null : { type: stored.type, key: stored.key });
    }
    const cloze = reviewed.find((r) => r.question.type === 'cloze')!;
    expect(cloze.parts?.map((p) => p.isCorrect)).toEqual([true, true, true]);
    expect(cloze.feedback?.perGap.map((g) => g.gapId)).toEqual(['g1', 'g2', 'g3']);
    expect(cloze.feedback?.general).toBe('The passage describes the water cycle.');
    const matching = reviewed.find((r) => r.question.type === 'matching')!;
    expect(matching).toMatchObject({ marksObtained: 0, isCorrect: false });
    expect(matching.feedback).toMatchObject({
      outcome: 'incorrect',
      outcomeText: 'None of the pairs is right.',
    });
    const essay = reviewed.find((r) => r.question.type === 'essay')!;
    expect(essay).toMatchObject({ marksObtained: null, needsManualGrading: true });

    // Once the essay is marked, pass or fail follows the pass mark.
    const author = await signedIn(core, 'author');
    const queue = await author.ok('grading.queue', { testId });
    const item = queue.find((i) => i.attemptId === session.attemptId)!;
    await author.ok('grading.grade', { answerId: item.answerId, marks: 4 });
    const graded = await student.ok('exams.review', { attemptId: session.attemptId });
    const numericMarks = session.questions
      .filter((q) => q.type === 'numeric' || q.type === 'matching')
      .reduce((s, q) => s + q.marks, 0);
    expect(graded).toMatchObject({
      status: 'graded',
      score: 30 - numericMarks,
      totalMarks: 30,
      passed: true,
    });
    const listed = (await student.ok('exams.attempts', {})).find((a) => a.id === session.attemptId);
    expect(listed).toMatchObject({ passed: true, reviewAvailable: true, score: 30 - numericMarks });
    await setTestColumns(core, testId, { passMark: 90 });
    expect((await student.ok('exams.review', { attemptId: session.attemptId })).passed).toBe(false);
  });

  it('sends nothing of keys or feedback when the test releases no review, and no feedback when it releases answers only', async () => {
    const { core, student, testId, session, keys } = await setup();
    await sit(student, session, keys);
    const feedback = feedbackTexts(keys.values());
    expect(feedback.length).toBeGreaterThan(5);
    const readAll = async () => [
      await student.ok('exams.review', { attemptId: session.attemptId }),
      await student.ok('exams.result', { attemptId: session.attemptId }),
      await student.ok('exams.attempt', { id: session.attemptId }),
      await student.ok('exams.attempts', {}),
    ];

    await setTestColumns(core, testId, { reviewRelease: 'none' });
    const none = await readAll();
    expect(none[0]).toMatchObject({ questions: null });
    expect([...namesIn(none)].filter((n) => KEY_OR_FEEDBACK.has(n))).toEqual([]);
    const noneText = JSON.stringify(none);
    for (const text of feedback) expect(noneText).not.toContain(text);
    expect((await student.ok('exams.attempts', {}))[0]?.reviewAvailable).toBe(false);

    await setTestColumns(core, testId, { reviewRelease: 'answers' });
    const answersOnly = await readAll();
    expect(namesIn(answersOnly).has('key')).toBe(true);
    expect(
      [...namesIn(answersOnly)].filter(
        (n) =>
          KEY_OR_FEEDBACK.has(n) &&
          n !== 'key' &&
          n !== 'accepted' &&
          n !== 'partial' &&
          n !== 'alternatives' &&
          n !== 'weights',
      ),
    ).toEqual([]);
    const answersText = JSON.stringify(answersOnly);
    for (const text of feedback) expect(answersText).not.toContain(text);
  });

  it('sends no score, pass or review while the score is not shown', async () => {
    const { core, student, testId, session, keys } = await setup();
    await setTestColumns(core, testId, { passMark: 10, showScore: 'never' });
    await sit(student, session, keys);
    const hidden = await student.ok('exams.review', { attemptId: session.attemptId });
    expect(hidden).toMatchObject({ score: null, totalMarks: null, passed: null, questions: null });
    expect([...namesIn(hidden)].filter((n) => KEY_OR_FEEDBACK.has(n))).toEqual([]);
    const listed = await student.ok('exams.attempts', {});
    expect(listed[0]).toMatchObject({ score: null, passed: null, reviewAvailable: false });

    await setTestColumns(core, testId, { showScore: 'after_grading' });
    expect(
      (await student.ok('exams.review', { attemptId: session.attemptId })).questions,
    ).toBeNull();
  });

  it('answers another student, and an attempt still running, with nothing of it', async () => {
    const { core, student, session, keys } = await setup();
    const running = await student.ok('exams.review', { attemptId: session.attemptId });
    expect(running).toMatchObject({ status: 'in_progress', score: null, questions: null });
    await sit(student, session, keys);
    const other = await signedIn(core, 'student2');
    expect(await other.raw('exams.review', { attemptId: session.attemptId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const author = await signedIn(core, 'author');
    expect(await author.raw('exams.review', { attemptId: session.attemptId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
