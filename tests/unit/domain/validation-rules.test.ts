import { describe, expect, it } from 'vitest';
import { questionContentSchema } from '@shared/domain/questions';
import { testSettingsSchema } from '@shared/domain/tests';

/** The first issue's path and message, the way the router reports it. */
function firstIssue(
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
    };
  },
  value: unknown,
) {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error?.issues[0];
  return { field: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? '' };
}

const single = {
  type: 'single_choice',
  text: 'Q?',
  options: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
  ],
  key: { optionId: 'a' },
  marks: 1,
};

describe('every question rule names its field', () => {
  it.each([
    ['blank text', { ...single, text: '   ' }, 'text', 'question text is required'],
    ['negative marks', { ...single, marks: -1 }, 'marks', 'marks cannot be negative'],
    [
      'one option',
      { ...single, options: [{ id: 'a', text: 'A' }] },
      'options',
      'a choice question needs at least two options',
    ],
    [
      'a blank option',
      {
        ...single,
        options: [
          { id: 'a', text: 'A' },
          { id: 'b', text: ' ' },
        ],
      },
      'options.1.text',
      'option text is required',
    ],
    [
      'a repeated option id',
      {
        ...single,
        options: [
          { id: 'a', text: 'A' },
          { id: 'a', text: 'B' },
        ],
      },
      'options.1.id',
      'duplicate option id "a"',
    ],
    [
      'a key out of range',
      { ...single, key: { optionId: 'c' } },
      'key.optionId',
      'the key "c" is not one of the options',
    ],
    [
      'a multiple-response key with nothing in it',
      { ...single, type: 'multiple_response', key: { optionIds: [] } },
      'key.optionIds',
      'pick at least one correct option',
    ],
    [
      'a multiple-response key naming an option twice',
      { ...single, type: 'multiple_response', key: { optionIds: ['a', 'a'] } },
      'key.optionIds',
      'the key lists an option twice',
    ],
    [
      'a numeric answer that is not a number',
      { type: 'numeric', text: 'N?', marks: 1, key: { value: 'three', tolerance: 0 } },
      'key.value',
      'must be a number',
    ],
    [
      'a negative tolerance',
      { type: 'numeric', text: 'N?', marks: 1, key: { value: 3, tolerance: -0.1 } },
      'key.tolerance',
      'tolerance must be 0 or more',
    ],
    [
      'a short answer with no accepted answers',
      { type: 'short_answer', text: 'S?', marks: 1, key: { accepted: [] } },
      'key.accepted',
      'give at least one accepted answer',
    ],
    [
      'a blank accepted answer',
      { type: 'short_answer', text: 'S?', marks: 1, key: { accepted: [' '] } },
      'key.accepted.0',
      'an accepted answer cannot be blank',
    ],
    [
      'essay word limits the wrong way round',
      {
        type: 'essay',
        text: 'E?',
        marks: 1,
        key: null,
        settings: { minWords: 500, maxWords: 100 },
      },
      'settings.minWords',
      'minimum words is above the maximum',
    ],
  ])('%s', (_name, value, field, message) => {
    expect(firstIssue(questionContentSchema, value)).toEqual({ field, message });
  });

  it('accepts a valid question of every type', () => {
    for (const q of [
      single,
      { ...single, type: 'multiple_response', key: { optionIds: ['a', 'b'] } },
      { type: 'true_false', text: 'T?', marks: 1, key: { value: false } },
      { type: 'short_answer', text: 'S?', marks: 1, key: { accepted: ['x'] } },
      { type: 'numeric', text: 'N?', marks: 1, key: { value: 3, tolerance: 0 } },
      { type: 'essay', text: 'E?', marks: 1, key: null },
    ]) {
      expect(firstIssue(questionContentSchema, q)).toBeNull();
    }
  });
});

describe('every test setting rule names its field', () => {
  it.each([
    ['a blank name', { name: ' ' }, 'name', 'a test needs a name'],
    [
      'a zero timer',
      { name: 'T', timerMinutes: 0 },
      'timerMinutes',
      'the timer must be at least 1 minute',
    ],
    [
      'no attempts',
      { name: 'T', attemptsAllowed: 0 },
      'attemptsAllowed',
      'allow at least one attempt',
    ],
    [
      'a pass mark over 100',
      { name: 'T', passMark: 120 },
      'passMark',
      'the pass mark is a percentage from 0 to 100',
    ],
    [
      'an intended total of 0',
      { name: 'T', expectedTotalMarks: 0 },
      'expectedTotalMarks',
      'the total must be more than 0',
    ],
    [
      'a date that is not a date',
      { name: 'T', availableFrom: 'tomorrow' },
      'availableFrom',
      'must be an ISO-8601 date and time',
    ],
    [
      'a window that ends before it starts',
      { name: 'T', availableFrom: '2026-06-02T09:00:00Z', availableUntil: '2026-06-01T09:00:00Z' },
      'availableUntil',
      'the window must end after it starts',
    ],
  ])('%s', (_name, value, field, message) => {
    expect(firstIssue(testSettingsSchema, value)).toEqual({ field, message });
  });
});
