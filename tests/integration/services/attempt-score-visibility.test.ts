import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';
import { fixtureIds, insertAttempt, readDemoIds } from '../../helpers/fixtures';

/** A student sees their score through the results methods only when the test's setting allows it. */
describe('score visibility in attempts.get and attempts.list', () => {
  const cases = [
    { showScore: 'immediately', status: 'graded', visible: true },
    { showScore: 'immediately', status: 'needs_grading', visible: true },
    { showScore: 'after_grading', status: 'needs_grading', visible: false },
    { showScore: 'after_grading', status: 'graded', visible: true },
    { showScore: 'never', status: 'graded', visible: false },
    { showScore: 'immediately', status: 'submitted', visible: false },
  ] as const;

  for (const c of cases) {
    it(`show_score=${c.showScore}, status=${c.status}: student ${c.visible ? 'sees' : 'does not see'} it, staff always do`, async () => {
      const core = await createTestCore();
      const ids = await readDemoIds(core);
      await core.database.client.run(
        'UPDATE tests SET show_score = ? WHERE id = ?',
        c.showScore,
        ids.publishedTestId,
      );
      await insertAttempt(core.database.client, {
        id: fixtureIds.attempt1,
        clientId: ids.clientId,
        studentId: ids.people.student1,
        testId: ids.publishedTestId,
        status: c.status,
      });
      const student = await signedIn(core, 'student1');
      const author = await signedIn(core, 'author');
      const expected = c.visible ? { score: 1, totalMarks: 2 } : { score: null, totalMarks: null };

      const one = await student.ok('exams.attempt', { id: fixtureIds.attempt1 });
      expect({ score: one.score, totalMarks: one.totalMarks }).toEqual(expected);
      const listed = (await student.ok('exams.attempts', {})).find(
        (a) => a.id === fixtureIds.attempt1,
      );
      expect({ score: listed?.score, totalMarks: listed?.totalMarks }).toEqual(expected);

      const staffView = await author.ok('exams.attempt', { id: fixtureIds.attempt1 });
      expect({ score: staffView.score, totalMarks: staffView.totalMarks }).toEqual({
        score: 1,
        totalMarks: 2,
      });
    });
  }
});
