import { describe, expect, it } from 'vitest';
import { paperSchema } from '@shared/delivery/paper';
import { signedIn } from '../../helpers/core';
import { createExamCore, demoTestId } from '../../helpers/exam';

describe('the proctor console leaves descriptions out of the count of questions', () => {
  it('counts a pinned version it does not have yet as a question, and leaves it out once it arrives', async () => {
    const core = await createExamCore();
    try {
      const student = await signedIn(core, 'student1');
      const session = await student.ok('exams.start', { testId: await demoTestId(student) });
      const description = session.questions.find((q) => q.type === 'description');
      if (!description) throw new Error('the demo paper has no description');
      const client = core.database.client;
      const row = (await client.get(
        'SELECT paper FROM attempts WHERE id = ?',
        session.attemptId,
      )) as {
        paper: string;
      };
      const paper = paperSchema.parse(JSON.parse(row.paper));
      const entry = paper.entries.find((e) => e.questionId === description.questionId);
      if (!entry?.versionId) throw new Error('the description is not pinned to a version');
      // As sync can bring an attempt before a version its paper pins: the entry names one not here.
      const arriving = core.env.ids();
      const repinned = {
        ...paper,
        entries: paper.entries.map((e) => (e === entry ? { ...e, versionId: arriving } : e)),
      };
      await client.run(
        'UPDATE attempts SET paper = ? WHERE id = ?',
        JSON.stringify(repinned),
        session.attemptId,
      );

      const proctor = await signedIn(core, 'proctor');
      const countOf = async () =>
        (await proctor.ok('proctor.attempts', {})).find((a) => a.attemptId === session.attemptId)
          ?.questionCount;
      // Of what this computer can tell, every entry of the paper is a question.
      expect(await countOf()).toBe(paper.entries.length);

      await client.run(
        `INSERT INTO question_versions (id, client_id, question_id, version, question_text, question_type, options, correct_answer, marks, created_at)
         SELECT ?, client_id, question_id, version + 1, question_text, question_type, options, correct_answer, marks, created_at
         FROM question_versions WHERE id = ?`,
        arriving,
        entry.versionId,
      );
      expect(await countOf()).toBe(paper.entries.length - 1);
      expect(await countOf()).toBe(
        session.questions.filter((q) => q.type !== 'description').length,
      );
    } finally {
      await core.close();
    }
  });
});
