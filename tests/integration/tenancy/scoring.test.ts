import { describe, expect, it } from 'vitest';
import { getAttemptRow } from '@db/repositories/attempts';
import { scoreStoredAttempt } from '@main/services/exams/submission';
import { signedIn } from '../../helpers/core';
import { correctAnswer, createExamCore, demoTestId, keysOf, wrongAnswer } from '../../helpers/exam';
import { createSecondTenant } from '../../helpers/second-tenant';

describe('scoring reads the settings of the attempt’s own organisation', () => {
  it('does not take negative marking from another organisation’s test of the same id', async () => {
    const core = await createExamCore();
    const b = await createSecondTenant(core);
    const student = await signedIn(core, 'student1');
    const testId = await demoTestId(student);
    const session = await student.ok('exams.start', { testId });
    const keys = await keysOf(core, session);
    const [wrong, right] = session.questions.filter((q) => q.type === 'single_choice');
    if (!wrong || !right) throw new Error('the demo paper needs two single-choice questions');
    for (const [q, answer] of [
      [wrong, wrongAnswer(wrong, keys.get(wrong.questionId)!)],
      [right, correctAnswer(right, keys.get(right.questionId)!)],
    ] as const) {
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: q.questionId,
        answer,
      });
    }
    const tenant = core.sessions.get(student.key)!.tenant;
    const row = await getAttemptRow(core.env.db(), tenant, session.attemptId);
    const scoreAgainst = async (test: string) =>
      (await scoreStoredAttempt(core.env.db(), tenant, { ...row, testId: test }))?.score.score;
    const setNegativeMarking = (test: string) =>
      core.database.client.run('UPDATE tests SET negative_marking = 1 WHERE id = ?', test);

    const plain = await scoreAgainst(testId);
    expect(plain).toBeGreaterThan(0);
    // An attempt row naming B's test (a corrupt or hostile sync) must not pick B's settings up.
    await setNegativeMarking(b.testId);
    expect(await scoreAgainst(b.testId)).toBe(plain);
    // The same switch on A's own test does cost the wrong answer marks, so the check above can fail.
    await setNegativeMarking(testId);
    expect(await scoreAgainst(testId)).toBeLessThan(plain!);
  });
});
