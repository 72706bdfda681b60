import { describe, expect, it } from 'vitest';
import type { QuestionContentInput } from '@shared/domain/questions';
import { createTestCore, signedIn } from '../../helpers/core';
import { auditRowsFor } from '../../helpers/exam';
import { choice, essay } from './admin-fixtures';

const passage = (text: string): QuestionContentInput => ({
  type: 'description',
  text,
  options: null,
  key: null,
  marks: 0,
});

async function setup() {
  const core = await createTestCore();
  const author = await signedIn(core, 'author');
  return { core, author };
}

async function questionIds(
  author: Awaited<ReturnType<typeof setup>>['author'],
  contents: QuestionContentInput[],
) {
  const ids: string[] = [];
  for (const content of contents) ids.push((await author.ok('questions.create', { content })).id);
  return ids;
}

describe('review release and ordering credit', () => {
  it('are kept on create, left alone by an update that does not name them, changed by one that does, and copied by duplicate', async () => {
    const { core, author } = await setup();
    const created = await author.ok('tests.create', {
      settings: {
        name: 'Listening',
        reviewRelease: 'answers_and_feedback',
        orderingCredit: 'per_position',
      },
    });
    expect(created).toMatchObject({
      reviewRelease: 'answers_and_feedback',
      orderingCredit: 'per_position',
    });
    const plain = await author.ok('tests.create', { settings: { name: 'Plain' } });
    expect(plain).toMatchObject({ reviewRelease: 'none', orderingCredit: 'all_or_nothing' });

    const renamed = await author.ok('tests.update', {
      id: created.id,
      settings: { name: 'Listening 2' },
    });
    expect(renamed).toMatchObject({
      name: 'Listening 2',
      reviewRelease: 'answers_and_feedback',
      orderingCredit: 'per_position',
    });
    const changed = await author.ok('tests.update', {
      id: created.id,
      settings: { name: 'Listening 2', reviewRelease: 'answers', orderingCredit: 'all_or_nothing' },
    });
    expect(changed).toMatchObject({ reviewRelease: 'answers', orderingCredit: 'all_or_nothing' });
    const updates = (await auditRowsFor(core, created.id)).filter(
      (r) => r.action === 'test.update',
    );
    expect(JSON.parse(updates.at(-1)?.changes ?? '{}')).toEqual({
      reviewRelease: ['answers_and_feedback', 'answers'],
      orderingCredit: ['per_position', 'all_or_nothing'],
    });

    const copy = await author.ok('tests.duplicate', { id: created.id });
    expect(copy).toMatchObject({ reviewRelease: 'answers', orderingCredit: 'all_or_nothing' });
    const listed = (await author.ok('tests.list', {})).find((t) => t.id === copy.id);
    expect(listed).toMatchObject({ reviewRelease: 'answers', orderingCredit: 'all_or_nothing' });
  });

  it('refuses a value that is not one of the modes, naming the field', async () => {
    const { author } = await setup();
    const result = await author.raw('tests.create', {
      settings: { name: 'Bad', orderingCredit: 'most' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'settings.orderingCredit' },
    });
  });
});

describe('question groups', () => {
  it('are kept on the test, copied by duplicate, and publishing checks their layout', async () => {
    const { author } = await setup();
    const [intro, q1, q2, other] = await questionIds(author, [
      passage('Read the letter below.'),
      choice('Who wrote it?'),
      choice('When?'),
      essay('Something else'),
    ]);
    const test = await author.ok('tests.create', { settings: { name: 'Reading' } });
    // The group is split by a question outside it.
    const split = await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [
        { questionId: intro!, marks: 0, groupId: 'letter' },
        { questionId: q1!, marks: 1, groupId: 'letter' },
        { questionId: other!, marks: 5 },
        { questionId: q2!, marks: 1, groupId: 'letter' },
      ],
    });
    expect(split.questions.map((q) => q.groupId)).toEqual(['letter', 'letter', null, 'letter']);
    expect((await author.ok('tests.checkPublish', { id: test.id })).problems).toEqual([
      { field: 'questions.3.groupId', message: 'question 4 is apart from the rest of its group' },
    ]);
    const refused = await author.call('tests.publish', { id: test.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'questions.3.groupId' },
    });

    // A group that does not start with its description.
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [
        { questionId: q1!, marks: 1, groupId: 'letter' },
        { questionId: intro!, marks: 0, groupId: 'letter' },
        { questionId: q2!, marks: 1, groupId: 'letter' },
        { questionId: other!, marks: 5 },
      ],
    });
    expect((await author.ok('tests.checkPublish', { id: test.id })).problems).toEqual([
      {
        field: 'questions.0.groupId',
        message: 'question 1 starts a group, but a group starts with its description',
      },
    ]);

    const good = await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [
        { questionId: intro!, marks: 0, groupId: 'letter' },
        { questionId: q1!, marks: 1, groupId: 'letter' },
        { questionId: q2!, marks: 1, groupId: 'letter' },
        { questionId: other!, marks: 5 },
      ],
    });
    expect((await author.ok('tests.checkPublish', { id: test.id })).problems).toEqual([]);
    const copy = await author.ok('tests.duplicate', { id: good.id });
    expect(copy.questions.map((q) => q.groupId)).toEqual(['letter', 'letter', 'letter', null]);
    expect((await author.ok('tests.publish', { id: test.id })).status).toBe('published');
  });

  it('publishing refuses a test with an image that has no alt text, naming the question and field', async () => {
    const { author } = await setup();
    const hash = 'ab'.repeat(32);
    const [withAlt, without] = await questionIds(author, [
      {
        ...choice('<p>Fine</p>'),
        format: 'html',
        text: `<p>See <img src="media:${hash}" alt="A graph" /></p>`,
      },
      {
        type: 'single_choice',
        format: 'html',
        text: '<p>Which line?</p>',
        options: [
          { id: 'a', text: `<img src="media:${hash}" />` },
          { id: 'b', text: 'Neither' },
        ],
        key: { optionId: 'a' },
        marks: 1,
      },
    ]);
    const test = await author.ok('tests.create', { settings: { name: 'Graphs' } });
    await author.ok('tests.setQuestions', {
      id: test.id,
      questions: [
        { questionId: withAlt!, marks: 1 },
        { questionId: without!, marks: 1 },
      ],
    });
    const result = await author.call('tests.publish', { id: test.id });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'questions.1.options.0.text',
        message: expect.stringContaining('Question 2 has an image with no alt text') as unknown,
      },
    });
  });
});
