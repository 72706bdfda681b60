import { describe, expect, it } from 'vitest';
import { questionContentSchema, type QuestionContentInput } from '@shared/domain/questions';
import { createTestCore, signedIn } from '../../helpers/core';
import {
  cloze,
  description,
  matching,
  ordering,
  weightedMultiple,
  weightedSingle,
} from '../../unit/domain/new-type-fixtures';

const MEDIA = 'ef'.repeat(32);

const rich: Record<string, QuestionContentInput> = {
  weightedSingle: {
    ...(weightedSingle as QuestionContentInput),
    format: 'html',
    text: `<p>Which is best? <img src="media:${MEDIA}" alt="A chart" /></p>`,
    feedback: { general: '<p>Think about it.</p>', perOption: { a: 'Right', b: 'Half right' } },
  },
  weightedMultiple: weightedMultiple as QuestionContentInput,
  matching: {
    ...(matching as QuestionContentInput),
    feedback: { correct: 'All matched', partial: 'Some matched' },
  },
  ordering: ordering as QuestionContentInput,
  cloze: {
    ...(cloze as QuestionContentInput),
    feedback: { perGap: { t: 'At sea level', c: 'Lima', s: 'Spelling' } },
  },
  description: description as QuestionContentInput,
  listening: {
    type: 'short_answer',
    format: 'html',
    text: `<p>Listen, then write the word.</p><audio src="media:${MEDIA}"></audio>`,
    options: null,
    key: { accepted: ['harbour'], partial: [{ answer: 'harbor', credit: 0.5 }] },
    marks: 2,
    settings: { audioPlayLimit: 2 },
    feedback: { perAnswer: [{ answer: 'harbor', text: 'The British spelling is wanted.' }] },
  },
};

describe('questions keep every part of their content', () => {
  it.each(Object.entries(rich))(
    '%s reads back as written, on the head and on its version',
    async (_name, input) => {
      const core = await createTestCore();
      const author = await signedIn(core, 'author');
      const content = questionContentSchema.parse(input);
      const created = await author.ok('questions.create', { content: input });
      const {
        id,
        versionId,
        version,
        deletedAt,
        conflict,
        createdAt,
        updatedAt,
        createdBy,
        sealedTestId,
        ...stored
      } = await author.ok('questions.get', { id: created.id });
      expect(stored).toEqual(
        Object.fromEntries(
          Object.entries(content).filter(([k, v]) => !(k === 'format' && v === 'plain')),
        ),
      );
      const [first] = await author.ok('questions.versions', { id: created.id });
      expect(first).toMatchObject(stored);
      expect([id, versionId, version, deletedAt, conflict, sealedTestId]).toEqual([
        created.id,
        first?.id,
        1,
        null,
        false,
        null,
      ]);
      expect([createdAt, updatedAt, createdBy]).toEqual([
        expect.any(String),
        expect.any(String),
        expect.any(String),
      ]);
    },
  );
});
