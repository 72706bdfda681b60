import { describe, expect, it } from 'vitest';
import { createTestCore, signedIn } from '../../helpers/core';
import { sampleQuestion } from '../../helpers/sample-inputs';

describe('question versions', () => {
  it('each save is a new version chained to the one it was edited from; earlier ones stay', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const v1 = await author.ok('questions.create', { content: sampleQuestion });
    const v2 = await author.ok('questions.update', {
      id: v1.id,
      baseVersion: 1,
      content: { ...sampleQuestion, marks: 3 },
    });
    const v3 = await author.ok('questions.update', {
      id: v1.id,
      baseVersion: 2,
      content: { ...sampleQuestion, text: 'Which river runs through Cairo?' },
    });
    expect([v1.version, v2.version, v3.version]).toEqual([1, 2, 3]);

    const versions = await author.ok('questions.versions', { id: v1.id });
    expect(versions.map((v) => [v.version, v.id, v.parentVersionId])).toEqual([
      [3, v3.versionId, v2.versionId],
      [2, v2.versionId, v1.versionId],
      [1, v1.versionId, null],
    ]);
    expect(versions.map((v) => v.marks)).toEqual([2, 3, 2]);
    expect((await author.ok('questions.get', { id: v1.id })).text).toBe(
      'Which river runs through Cairo?',
    );
  });

  it('a save based on an old version is refused, and the newer one is kept', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const admin = await signedIn(core, 'admin');
    const q = await author.ok('questions.create', { content: sampleQuestion });
    await admin.ok('questions.update', {
      id: q.id,
      baseVersion: 1,
      content: { ...sampleQuestion, marks: 5 },
    });
    const late = await author.call('questions.update', {
      id: q.id,
      baseVersion: 1,
      content: { ...sampleQuestion, marks: 1 },
    });
    expect(late.ok ? 'ok' : late.error.code).toBe('CONFLICT');
    expect((await author.ok('questions.get', { id: q.id })).marks).toBe(5);
    expect(await author.ok('questions.versions', { id: q.id })).toHaveLength(2);
  });

  it('delete and restore are soft: the question leaves the live list and comes back unchanged', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const q = await author.ok('questions.create', { content: sampleQuestion });
    const liveBefore = (await author.ok('questions.list', {})).total;
    await author.ok('questions.delete', { id: q.id });
    expect((await author.ok('questions.list', {})).total).toBe(liveBefore - 1);
    expect(
      (await author.ok('questions.list', { state: 'deleted' })).items.map((i) => i.id),
    ).toEqual([q.id]);
    const restored = await author.ok('questions.restore', { id: q.id });
    expect(restored).toMatchObject({
      id: q.id,
      deletedAt: null,
      version: 1,
      text: sampleQuestion.text,
    });
    expect((await author.ok('questions.list', {})).total).toBe(liveBefore);
  });
});

describe('test questions', () => {
  it('replacing the list keeps links that stay, soft-deletes the ones that leave, and renumbers', async () => {
    const core = await createTestCore();
    const author = await signedIn(core, 'author');
    const draft = (await author.ok('tests.list', { status: 'draft' }))[0];
    if (!draft) throw new Error('no draft test');
    const before = await author.ok('tests.get', { id: draft.id });
    const [first, second, third] = before.questions;
    if (!first || !second || !third) throw new Error('the draft has too few questions');

    const after = await author.ok('tests.setQuestions', {
      id: draft.id,
      questions: [
        { questionId: third.questionId, marks: 7 },
        { questionId: first.questionId, marks: 1 },
      ],
    });

    expect(after.questions.map((q) => [q.id, q.questionId, q.position, q.marks])).toEqual([
      [third.id, third.questionId, 1, 7],
      [first.id, first.questionId, 2, 1],
    ]);
    expect(after).toMatchObject({ questionCount: 2, totalMarks: 8 });
    const gone = (await core.database.client.get(
      'SELECT deleted_at FROM test_questions WHERE id = ?',
      second.id,
    )) as {
      deleted_at: string | null;
    };
    expect(gone.deleted_at).toBe('2026-06-01T09:00:00.000Z');
  });
});
