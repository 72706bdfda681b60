import { describe, expect, it } from 'vitest';
import type { ExamQuestion, ExamSession } from '@shared/domain/exam';
import type { AnswerValue } from '@shared/domain/questions';
import { signedIn, type TestClient } from '../../helpers/core';
import {
  auditCount,
  correctAnswer,
  createExamCore,
  demoTestId,
  keysOf,
  setTestColumns,
} from '../../helpers/exam';

const find = (session: ExamSession, type: ExamQuestion['type']): ExamQuestion => {
  const q = session.questions.find((x) => x.type === type);
  if (!q) throw new Error(`no ${type} question on the paper`);
  return q;
};

async function start() {
  const core = await createExamCore();
  const student = await signedIn(core, 'student1');
  const testId = await demoTestId(student);
  const session = await student.ok('exams.start', { testId });
  return { core, student, testId, session, keys: await keysOf(core, session) };
}

function save(student: TestClient, session: ExamSession, q: ExamQuestion, answer: unknown) {
  return student.raw('exams.saveAnswer', {
    attemptId: session.attemptId,
    questionId: q.questionId,
    answer,
  });
}

describe('answers of the newer types', () => {
  it('refuses an answer that does not fit the question on the paper, naming the field, and writes nothing', async () => {
    const { core, student, session } = await start();
    const matching = find(session, 'matching');
    const ordering = find(session, 'ordering');
    const cloze = find(session, 'cloze');
    const passage = find(session, 'description');
    const premise = matching.premises![0]!.id;
    const items = ordering.items!.map((i) => i.id);
    const choiceGap = cloze.gaps!.find((g) => g.kind === 'choice')!.id;
    const cases: Array<[ExamQuestion, unknown, string]> = [
      [passage, { type: 'essay', text: 'no' }, 'answer'],
      [passage, null, 'answer'],
      [matching, { type: 'matching', pairs: { nope: null } }, 'answer.pairs.nope'],
      [matching, { type: 'matching', pairs: { [premise]: 'r-none' } }, `answer.pairs.${premise}`],
      [
        ordering,
        { type: 'ordering', order: [...items.slice(1), 'x'] },
        `answer.order.${items.length - 1}`,
      ],
      [ordering, { type: 'ordering', order: [items[0], items[0]] }, 'answer.order.1'],
      [ordering, { type: 'ordering', order: items.slice(1) }, 'answer.order'],
      [cloze, { type: 'cloze', gaps: { nope: 'x' } }, 'answer.gaps.nope'],
      [cloze, { type: 'cloze', gaps: { [choiceGap]: 'zz' } }, `answer.gaps.${choiceGap}`],
      [cloze, { type: 'ordering', order: [] }, 'answer.type'],
    ];
    const before = await auditCount(core);
    for (const [q, answer, field] of cases) {
      expect(await save(student, session, q, answer), JSON.stringify(answer)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', field },
      });
    }
    expect(await auditCount(core)).toBe(before);
    expect((await student.ok('exams.resume', { attemptId: session.attemptId })).answers).toEqual(
      [],
    );
  });

  it('keeps a half-filled gap fill, a partial matching and a full order as saved', async () => {
    const { student, session } = await start();
    const cloze = find(session, 'cloze');
    const matching = find(session, 'matching');
    const ordering = find(session, 'ordering');
    const answers: Array<[ExamQuestion, AnswerValue]> = [
      [cloze, { type: 'cloze', gaps: { [cloze.gaps![0]!.id]: null, [cloze.gaps![1]!.id]: '4' } }],
      [
        matching,
        { type: 'matching', pairs: { [matching.premises![0]!.id]: matching.responses![0]!.id } },
      ],
      [ordering, { type: 'ordering', order: ordering.items!.map((i) => i.id).reverse() }],
    ];
    for (const [q, answer] of answers) {
      expect(await save(student, session, q, answer)).toMatchObject({ ok: true });
    }
    const resumed = await student.ok('exams.resume', { attemptId: session.attemptId });
    for (const [q, answer] of answers) {
      expect(resumed.answers.find((a) => a.questionId === q.questionId)?.answer).toEqual(answer);
    }
  });

  it('scores ordering by the test’s credit rule at submit, and a regrade follows a change of it', async () => {
    const { core, student, session, keys, testId } = await start();
    const ordering = find(session, 'ordering');
    const key = keys.get(ordering.questionId)!.key as { order: string[] };
    // Two of four in place: the first two swapped.
    const order = [key.order[1]!, key.order[0]!, ...key.order.slice(2)];
    await save(student, session, ordering, { type: 'ordering', order });
    const cloze = find(session, 'cloze');
    await save(student, session, cloze, correctAnswer(cloze, keys.get(cloze.questionId)!));
    await student.ok('exams.submit', { attemptId: session.attemptId });
    const author = await signedIn(core, 'author');
    const book = await author.ok('results.gradebook', { testId });
    // The demo test gives per-position credit: half of ordering's 4 marks, and the cloze's 3.
    expect(book.rows[0]).toMatchObject({ score: 2 + 3 });

    await setTestColumns(core, testId, { orderingCredit: 'all_or_nothing' });
    const preview = await author.ok('results.regradePreview', { testId });
    expect(preview.changed).toEqual([
      expect.objectContaining({ attemptId: session.attemptId, before: 5, after: 3 }),
    ]);
  });
});
