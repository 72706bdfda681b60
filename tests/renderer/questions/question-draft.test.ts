import { describe, expect, it } from 'vitest';
import type { QuestionRecord } from '@shared/domain/bank';
import { questionContentSchema } from '@shared/domain/questions';
import {
  contentFromDraft,
  draftFromRecord,
  draftProblems,
  emptyDraft,
  type QuestionDraft,
} from '@renderer/questions/question-draft';

const record = (content: Partial<QuestionRecord>): QuestionRecord => ({
  id: '0190c1a0-0000-7000-8000-000000000001',
  versionId: null,
  version: 1,
  deletedAt: null,
  conflict: false,
  createdAt: null,
  updatedAt: null,
  createdBy: null,
  sealedTestId: null,
  type: 'single_choice',
  text: 'Capital of France?',
  options: null,
  key: null,
  marks: 1,
  difficulty: null,
  tags: [],
  settings: {},
  ...content,
});

const problems = (patch: Partial<QuestionDraft>) =>
  Object.fromEntries(draftProblems({ ...emptyDraft(patch.type), ...patch }));

describe('question editor draft', () => {
  it('finds every rule a new, empty draft breaks, at the field it is about', () => {
    expect(problems({})).toEqual({
      text: 'Question text is required',
      options: 'A choice question needs at least two options',
      'key.optionId': 'Option cannot be empty',
    });
  });

  it('says what is wrong with numbers in words, never in validator text', () => {
    expect(problems({ text: 'Q', type: 'numeric', marks: 'two', numericValue: '' })).toEqual({
      marks: 'Marks must be a number',
      'key.value': 'Value must be a number',
    });
    expect(
      problems({ text: 'Q', type: 'numeric', numericValue: '3', tolerance: '-1' })['key.tolerance'],
    ).toBe('Tolerance must be 0 or more');
    expect(problems({ text: 'Q', type: 'essay', minWords: '50', maxWords: '10' })).toEqual({
      'settings.minWords': 'Minimum words is above the maximum',
    });
    expect(problems({ text: 'Q', type: 'short_answer', accepted: '\n \n' })).toEqual({
      'key.accepted': 'Give at least one accepted answer',
    });
  });

  it('drops empty option rows and keys the options kept, lettered by position', () => {
    const draft: QuestionDraft = {
      ...emptyDraft('multiple_response'),
      text: 'Which are in France?',
      options: ['Paris', '', 'Lyon', 'Berlin'],
      correct: [0, 2],
    };
    expect(draftProblems(draft).size).toBe(0);
    expect(contentFromDraft(draft)).toMatchObject({
      options: [
        { id: 'a', text: 'Paris' },
        { id: 'b', text: 'Lyon' },
        { id: 'c', text: 'Berlin' },
      ],
      key: { optionIds: ['a', 'b'] },
    });
  });

  it('opens a saved question of each type and saves the same content back', () => {
    const questions: QuestionRecord[] = [
      record({
        options: [
          { id: 'a', text: 'Paris' },
          { id: 'b', text: 'Lyon' },
        ],
        key: { optionId: 'b' },
        tags: ['geography', 'europe'],
        difficulty: 'easy',
      }),
      record({ type: 'true_false', options: null, key: { value: false }, marks: 2 }),
      record({
        type: 'short_answer',
        key: { accepted: ['Paris', 'paris city'], caseSensitive: true },
      }),
      record({
        type: 'numeric',
        key: { value: 9.81, tolerance: 0.05, toleranceMode: 'relative' },
      }),
      record({ type: 'essay', key: null, settings: { minWords: 20, maxWords: 200 }, marks: 10 }),
    ];
    for (const q of questions) {
      const draft = draftFromRecord(q);
      expect(draftProblems(draft), q.type).toEqual(new Map());
      const { id: _id, versionId: _v, version: _n, deletedAt: _d, conflict: _c, ...content } = q;
      const {
        createdAt: _ca,
        updatedAt: _ua,
        createdBy: _cb,
        sealedTestId: _st,
        ...stored
      } = content;
      expect(questionContentSchema.parse(contentFromDraft(draft)), q.type).toEqual(stored);
    }
  });
});
