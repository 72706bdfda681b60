import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { questions, testQuestions } from '@db/schema/index';
import { createTestCore, signedIn } from '../../helpers/core';
import { choice, draftTest, essay, profileId, seedAttempt, setPlan } from './admin-fixtures';

async function setup() {
  const core = await createTestCore();
  const author = await signedIn(core, 'author');
  return { core, author };
}

describe('publishing', () => {
  it('refuses an empty test, naming the field', async () => {
    const { author } = await setup();
    const test = await author.ok('tests.create', { settings: { name: 'Empty' } });
    const result = await author.call('tests.publish', { id: test.id });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'questions',
        message: 'Add at least one question',
      },
    });
  });

  it('refuses an objective question without a key', async () => {
    const { core, author } = await setup();
    const test = await draftTest(author, 'Keyless', [
      { content: choice('Q1') },
      { content: choice('Q2') },
    ]);
    // A row synced from an older client can arrive without a key.
    await core.env
      .db()
      .update(questions)
      .set({ correctAnswer: null })
      .where(eq(questions.id, test.questions[1]?.questionId ?? ''));
    const check = await author.ok('tests.checkPublish', { id: test.id });
    expect(check.problems).toEqual([
      { field: 'questions.1.key', message: 'question 2 has no answer key' },
    ]);
    const result = await author.call('tests.publish', { id: test.id });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'questions.1.key' },
    });
  });

  it('refuses when the marks do not add up to the intended total, and a question worth nothing', async () => {
    const { author } = await setup();
    const draft = await draftTest(author, 'Sums', [
      { content: choice('Q1'), marks: 2 },
      { content: essay('E1'), marks: 0 },
    ]);
    await author.ok('tests.update', {
      id: draft.id,
      settings: { name: 'Sums', expectedTotalMarks: 10 },
    });
    const { problems } = await author.ok('tests.checkPublish', { id: draft.id });
    expect(problems.map((p) => p.field)).toEqual(['questions.1.marks', 'expectedTotalMarks']);
    expect(problems[1]?.message).toBe('the question marks add up to 2, not the intended 10');
  });

  it('refuses a window that has already closed', async () => {
    const { core, author } = await setup();
    const draft = await draftTest(author, 'Late', [{ content: choice('Q1') }]);
    await author.ok('tests.update', {
      id: draft.id,
      settings: { name: 'Late', availableUntil: new Date(core.clock.nowMs() - 1000).toISOString() },
    });
    expect(await author.call('tests.publish', { id: draft.id })).toMatchObject({
      ok: false,
      error: { field: 'availableUntil' },
    });
  });

  it('publishes, pins each question to its current version, and audits it', async () => {
    const { core, author } = await setup();
    const draft = await draftTest(author, 'Good', [
      { content: choice('Q1') },
      { content: essay('E1') },
    ]);
    const published = await author.ok('tests.publish', { id: draft.id });
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    const links = await core.env
      .db()
      .select()
      .from(testQuestions)
      .where(eq(testQuestions.testId, draft.id));
    for (const link of links) {
      const q = await author.ok('questions.get', { id: link.questionId });
      expect(link.questionVersionId).toBe(q.versionId);
    }
    const audit = await (await signedIn(core, 'admin')).ok('audit.list', { resourceId: draft.id });
    expect(audit[0]?.action).toBe('test.publish');
  });

  it('follows the lifecycle draft -> published -> closed -> archived, and refuses skips', async () => {
    const { author } = await setup();
    const draft = await draftTest(author, 'Life', [{ content: choice('Q1') }]);
    expect(await author.call('tests.close', { id: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'A draft test cannot be made closed' },
    });
    await author.ok('tests.publish', { id: draft.id });
    expect(await author.call('tests.archive', { id: draft.id })).toMatchObject({ ok: false });
    expect((await author.ok('tests.close', { id: draft.id })).status).toBe('closed');
    expect((await author.ok('tests.publish', { id: draft.id })).status).toBe('published');
    await author.ok('tests.close', { id: draft.id });
    expect((await author.ok('tests.archive', { id: draft.id })).status).toBe('archived');
    expect((await author.ok('tests.close', { id: draft.id })).status).toBe('closed');
  });
});

describe('a published test does not change under an attempt', () => {
  async function publishedWithSitting(inProgress: boolean) {
    const { core, author } = await setup();
    const draft = await draftTest(author, 'Live', [
      { content: choice('Q1') },
      { content: choice('Q2') },
    ]);
    await author.ok('tests.publish', { id: draft.id });
    const studentId = await profileId(core, 'student1@northfield.example');
    const org = await author.ok('organisation.get', {});
    await seedAttempt(core, {
      id: '019b0000-0000-7000-8000-000000000001',
      testId: draft.id,
      studentId,
      clientId: org.id,
      status: inProgress ? 'in_progress' : 'submitted',
      answers: [],
      totalMarks: 2,
    });
    return { core, author, test: draft };
  }

  it('refuses content edits while a student is sitting it, with the reason', async () => {
    const { author, test } = await publishedWithSitting(true);
    const result = await author.call('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: test.questions[0]?.questionId ?? '', marks: 5 }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!result.ok && result.error.message).toMatch(/1 student is sitting this test now/);
    const timer = await author.call('tests.update', {
      id: test.id,
      settings: { name: 'Live', timerMinutes: 5 },
    });
    expect(!timer.ok && timer.error.message).toMatch(/timerMinutes cannot change/);
  });

  it('still lets the window and the name change while students sit it', async () => {
    const { core, author, test } = await publishedWithSitting(true);
    const until = new Date(core.clock.nowMs() + 3_600_000).toISOString();
    const after = await author.ok('tests.update', {
      id: test.id,
      settings: { name: 'Live (extended)', availableUntil: until },
    });
    expect(after).toMatchObject({ name: 'Live (extended)', availableUntil: until, version: 1 });
  });

  it('makes a new version when nobody is sitting it; earlier attempts keep theirs', async () => {
    const { author, test } = await publishedWithSitting(false);
    const after = await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: test.questions[0]?.questionId ?? '', marks: 5 }],
    });
    expect(after.version).toBe(2);
    expect(after.status).toBe('published');
    expect(after.totalMarks).toBe(5);
  });

  it('refuses content edits of a closed test and any edit of an archived one', async () => {
    const { author, test } = await publishedWithSitting(false);
    await author.ok('tests.close', { id: test.id });
    const closed = await author.call('tests.update', {
      id: test.id,
      settings: { name: 'Live', shuffle: true },
    });
    expect(!closed.ok && closed.error.message).toBe(
      'This test is closed; reopen it to change shuffle',
    );
    await author.ok('tests.archive', { id: test.id });
    const archived = await author.call('tests.update', {
      id: test.id,
      settings: { name: 'Renamed' },
    });
    expect(archived).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('cannot delete a sat test; duplicate makes a fresh draft instead', async () => {
    const { author, test } = await publishedWithSitting(false);
    expect(await author.call('tests.delete', { id: test.id })).toMatchObject({ ok: false });
    const copy = await author.ok('tests.duplicate', { id: test.id });
    expect(copy).toMatchObject({
      status: 'draft',
      name: 'Live (copy)',
      questionCount: 2,
      version: 1,
    });
    expect(await author.ok('tests.delete', { id: copy.id })).toEqual({ id: copy.id });
    expect(await author.call('tests.get', { id: copy.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('random draws', () => {
  it('draws N questions by tag and difficulty, never one already in the test', async () => {
    const { author } = await setup();
    for (let i = 0; i < 6; i += 1) {
      await author.ok('questions.create', {
        content: {
          ...choice(`Algebra ${i}`),
          tags: ['algebra'],
          difficulty: i < 4 ? 'hard' : 'easy',
        },
      });
    }
    const test = await author.ok('tests.create', { settings: { name: 'Random' } });
    const first = await author.ok('tests.drawRandom', {
      id: test.id,
      count: 3,
      tag: 'algebra',
      difficulty: 'hard',
      marks: 2,
    });
    expect(first.questions).toHaveLength(3);
    expect(first.questions.every((q) => q.difficulty === 'hard' && q.marks === 2)).toBe(true);
    const second = await author.ok('tests.drawRandom', {
      id: test.id,
      count: 1,
      tag: 'algebra',
      difficulty: 'hard',
    });
    expect(new Set(second.questions.map((q) => q.questionId)).size).toBe(4);
    const tooMany = await author.call('tests.drawRandom', {
      id: test.id,
      count: 1,
      tag: 'algebra',
      difficulty: 'hard',
    });
    expect(tooMany).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'count',
        message: 'Only 0 questions not already in the test match (tagged "algebra", hard)',
      },
    });
  });
});

describe('plan limit on published tests', () => {
  it('allows publishing below max_published_tests and refuses at it', async () => {
    const { core, author } = await setup();
    const published = (await author.ok('tests.list', { status: 'published' })).length;
    await setPlan(core, { max_published_tests: published + 1 });
    const a = await draftTest(author, 'A', [{ content: choice('QA') }]);
    const b = await draftTest(author, 'B', [{ content: choice('QB') }]);
    await author.ok('tests.publish', { id: a.id });
    const refused = await author.call('tests.publish', { id: b.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!refused.ok && refused.error.message).toMatch(
      new RegExp(`^max_published_tests \\(${published + 1}\\) reached`),
    );
    await author.ok('tests.close', { id: a.id });
    expect((await author.ok('tests.publish', { id: b.id })).status).toBe('published');
  });
});

describe('questions in a test', () => {
  it('refuses adding a deleted question, naming its place, but keeps one deleted after it was added', async () => {
    const { author } = await setup();
    const test = await draftTest(author, 'Keeps', [{ content: choice('Stays') }]);
    const gone = await author.ok('questions.create', { content: choice('Gone') });
    await author.ok('questions.delete', { id: gone.id });
    const added = await author.call('tests.setQuestions', {
      id: test.id,
      questions: [
        { questionId: test.questions[0]?.questionId ?? '', marks: 1 },
        { questionId: gone.id, marks: 1 },
      ],
    });
    expect(added).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'questions.1.questionId' },
    });
    await author.ok('questions.delete', { id: test.questions[0]?.questionId ?? '' });
    const kept = await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [{ questionId: test.questions[0]?.questionId ?? '', marks: 3 }],
    });
    expect(kept.totalMarks).toBe(3);
    const check = await author.ok('tests.checkPublish', { id: test.id });
    expect(check.problems[0]).toEqual({
      field: 'questions.0.questionId',
      message: 'question 1 was deleted from the bank; restore it or take it out',
    });
  });
});
