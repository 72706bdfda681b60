import { describe, expect, it } from 'vitest';
import { signedIn } from '../../helpers/core';
import { createExamCore, demoTestId } from '../../helpers/exam';

/**
 * Answer saves write their audit row on the fast path; every other change goes
 * through the general one. Both must extend the same chain of this device.
 */
describe('the audit chain across answer saves and other changes', () => {
  it('stays contiguous and verifiable when saves and other changes interleave', async () => {
    const core = await createExamCore();
    const student = await signedIn(core, 'student1');
    const author = await signedIn(core, 'author');
    const admin = await signedIn(core, 'admin');
    const session = await student.ok('exams.start', { testId: await demoTestId(student) });
    const tf = session.questions.find((q) => q.type === 'true_false');
    if (!tf) throw new Error('the demo paper has a true/false question');
    for (let i = 0; i < 3; i += 1) {
      await student.ok('exams.saveAnswer', {
        attemptId: session.attemptId,
        questionId: tf.questionId,
        answer: { type: 'true_false', value: i % 2 === 0 },
      });
      await author.ok('tests.create', { settings: { name: `Interleaved ${i}` } });
    }
    const seqs = (
      (await core.database.client.all(
        'SELECT seq FROM audit_logs WHERE device_id = ? ORDER BY seq',
        core.device.deviceId,
      )) as Array<{ seq: number }>
    ).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const verification = await admin.ok('audit.verify', {});
    expect(verification.firstBreak).toBeNull();
    expect(verification.ok).toBe(true);
  });
});
