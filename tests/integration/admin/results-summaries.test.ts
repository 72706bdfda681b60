import { describe, expect, it } from 'vitest';
import type { TenantContext } from '@db/tenant';
import { readItemAnalysis } from '@main/services/results/item-analysis-service';
import { summariseAnswers } from '@shared/analysis/answer-summary';
import type { AnswerValue, QuestionContentInput } from '@shared/domain/questions';
import { signedIn, createTestCore, type TestClient, type TestCore } from '../../helpers/core';
import { readItemAnalysisBefore } from '../../oracles/item-analysis-service-before';
import { choice, draftTest, essay, profileId, setPlan } from './admin-fixtures';

function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const multiple: QuestionContentInput = {
  type: 'multiple_response',
  text: 'Which are primes?',
  options: ['2', '3', '4', '5', '6', '7'].map((n) => ({ id: `p${n}`, text: n })),
  key: { optionIds: ['p2', 'p3', 'p5', 'p7'] },
  marks: 3,
};
const trueFalse: QuestionContentInput = {
  type: 'true_false',
  text: 'Water boils at 100 °C at sea level.',
  options: null,
  key: { value: true },
  marks: 1,
};
const numeric: QuestionContentInput = {
  type: 'numeric',
  text: 'What is 7 × 6?',
  options: null,
  key: { value: 42, tolerance: 0, toleranceMode: 'absolute' },
  marks: 2,
};

/** What a student might give for each question of the test, or nothing. */
function randomAnswer(g: ReturnType<typeof generator>, type: string): AnswerValue | null {
  if (g.next() < 0.15) return null;
  switch (type) {
    case 'single_choice':
      return { type, optionId: g.pick(['a', 'b', 'c', 'd']) };
    case 'multiple_response':
      return {
        type,
        optionIds: ['p2', 'p3', 'p4', 'p5', 'p6', 'p7'].filter(() => g.next() < 0.5),
      };
    case 'true_false':
      return { type, value: g.next() < 0.7 };
    case 'numeric':
      return { type, value: g.pick([42, 41, 13]) };
    default:
      return { type: 'essay', text: g.pick(['Because of the treaty.', '   ', 'I think so.']) };
  }
}

/** Students sit the test through the exam API, so scoring at the close writes what it writes. */
async function sitMany(core: TestCore, testId: string, sittings: number, seed: number) {
  const g = generator(seed);
  const students: TestClient[] = [];
  for (const who of ['student1', 'student2', 'student3'] as const)
    students.push(await signedIn(core, who));
  for (let i = 0; i < sittings; i += 1) {
    const student = students[i % students.length] as TestClient;
    const session = await student.ok('exams.start', { testId });
    for (const q of session.questions) {
      const answer = randomAnswer(g, q.type);
      if (answer === null) continue;
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer,
      });
    }
    core.clock.advance(60_000);
    await student.ok('exams.submit', { attemptId: session.attemptId });
  }
}

async function summariesMatchAnswers(core: TestCore): Promise<void> {
  const stored = (await core.database.client.all(
    'SELECT attempt_id, summary FROM attempt_summaries ORDER BY attempt_id',
  )) as Array<{ attempt_id: string; summary: string }>;
  expect(stored.length).toBeGreaterThan(0);
  for (const s of stored) {
    const rows = (await core.database.client.all(
      'SELECT question_id AS questionId, student_answer AS answer, marks_obtained AS marks FROM attempt_answers WHERE attempt_id = ?',
      s.attempt_id,
    )) as Array<{ questionId: string; answer: string | null; marks: number | null }>;
    expect({ attempt: s.attempt_id, summary: s.summary }).toEqual({
      attempt: s.attempt_id,
      summary: summariseAnswers(rows),
    });
  }
}

describe('item analysis from answer summaries', () => {
  it('equals the analysis from every answer, through scoring, grading and a regrade', async () => {
    const core = await createTestCore();
    await setPlan(core, { item_analysis: true });
    let author = await signedIn(core, 'author');
    const test = await draftTest(author, 'Mixed quiz', [
      { content: choice('Which river?', 'b'), marks: 2 },
      { content: multiple, marks: 3 },
      { content: trueFalse, marks: 1 },
      { content: numeric, marks: 2 },
      { content: essay('Explain the treaty.', 5), marks: 5 },
      { content: choice('Which year?', 'c', 1), marks: 0.7 },
    ]);
    await author.ok('tests.update', {
      id: test.id,
      settings: { name: 'Mixed quiz', attemptsAllowed: 20 },
    });
    await author.ok('tests.publish', { id: test.id });
    await sitMany(core, test.id, 36, 2026);
    // The sittings took longer than a staff session stays signed in without activity.
    author = await signedIn(core, 'author');
    const tenant: TenantContext = {
      clientId: (await author.ok('organisation.get', {})).id,
      profileId: await profileId(core, 'author@northfield.example'),
      role: 'author',
    };
    const compare = async () => {
      const expected = await readItemAnalysisBefore(core.env, tenant, test.id);
      expect(await author.ok('results.itemAnalysis', { testId: test.id })).toEqual(expected);
      // Read a few attempts at a time, across chunk boundaries that split a student's attempts.
      for (const perChunk of [1, 5, 7])
        expect(await readItemAnalysis(core.env, tenant, test.id, perChunk)).toEqual(expected);
    };
    await compare();

    // A grader marks some essays; the rest still wait.
    const queue = await author.ok('grading.queue', { testId: test.id });
    expect(queue.length).toBeGreaterThan(5);
    for (const [i, item] of queue.entries()) {
      if (i % 3 === 2) continue;
      await author.ok('grading.grade', { answerId: item.answerId, marks: i % 6, comment: null });
    }
    await compare();

    // The choice key was wrong: a regrade moves marks (and, for some, not the score).
    const [first] = test.questions;
    const question = await author.ok('questions.get', { id: first?.questionId ?? '' });
    await author.ok('questions.update', {
      id: question.id,
      baseVersion: question.version,
      content: choice('Which river?', 'a'),
    });
    await author.ok('results.regrade', { testId: test.id });
    await compare();
    await summariesMatchAnswers(core);

    // Two computers marked one attempt while apart: the summary written last missed a grader's
    // marks that its answers hold. The answers waiting for a grader tell, and win.
    const essayId = test.questions[4]?.questionId ?? '';
    const [graded] = (await core.database.client.all(
      'SELECT attempt_id FROM attempt_answers WHERE question_id = ? AND graded_by IS NOT NULL AND marks_obtained > 0 ORDER BY attempt_id LIMIT 1',
      essayId,
    )) as Array<{ attempt_id: string }>;
    const answers = (await core.database.client.all(
      'SELECT question_id AS questionId, student_answer AS answer, marks_obtained AS marks FROM attempt_answers WHERE attempt_id = ?',
      graded?.attempt_id,
    )) as Array<{ questionId: string; answer: string | null; marks: number | null }>;
    const missed = answers.map((r) => (r.questionId === essayId ? { ...r, marks: null } : r));
    await core.database.client.run(
      'UPDATE attempt_summaries SET summary = ? WHERE attempt_id = ?',
      summariseAnswers(missed),
      graded?.attempt_id,
    );
    await compare();

    // Attempts scored before there were summaries, and a summary from a newer app, read from answers.
    const [a1, a2] = (await core.database.client.all(
      'SELECT attempt_id FROM attempt_summaries ORDER BY attempt_id LIMIT 2',
    )) as Array<{ attempt_id: string }>;
    await core.database.client.run(
      'DELETE FROM attempt_summaries WHERE attempt_id = ?',
      a1?.attempt_id,
    );
    await core.database.client.run(
      "UPDATE attempt_summaries SET summary = 's9\nfrom a newer app' WHERE attempt_id = ?",
      a2?.attempt_id,
    );
    await compare();
  });
});
