import { describe, expect, it } from 'vitest';
import { answerValueSchema, questionContentSchema } from '@shared/domain/questions';
import { testSettingsSchema } from '@shared/domain/tests';
import {
  cloze,
  description,
  matching,
  options,
  ordering,
  weightedMultiple,
  weightedSingle,
} from './new-type-fixtures';

function issues(value: unknown) {
  const result = questionContentSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    field: i.path.map(String).join('.'),
    message: i.message,
  }));
}
const firstIssue = (value: unknown) => issues(value)[0] ?? null;

describe('the newer question shapes parse', () => {
  it('accepts a valid question of every new type and partial-credit keys', () => {
    for (const q of [weightedSingle, weightedMultiple, matching, ordering, cloze, description]) {
      expect(issues(q)).toEqual([]);
    }
    expect(
      issues({
        type: 'short_answer',
        text: 'S?',
        marks: 1,
        key: { accepted: ['colour'], partial: [{ answer: 'color', credit: 0.8 }] },
        feedback: { general: 'British spelling.', perAnswer: [{ answer: 'color', text: 'US.' }] },
      }),
    ).toEqual([]);
    expect(
      issues({
        type: 'numeric',
        text: 'g?',
        marks: 1,
        key: {
          value: 9.81,
          tolerance: 0.01,
          alternatives: [{ value: 10, tolerance: 0, toleranceMode: 'absolute', credit: 0.5 }],
        },
        feedback: { perAnswer: [{ answer: '10', text: 'Rounded.' }] },
      }),
    ).toEqual([]);
  });

  it('keeps the html format, feedback and defaults it was given', () => {
    const parsed = questionContentSchema.parse({
      ...weightedSingle,
      format: 'html',
      text: '<p>Which is <strong>best</strong>?</p>',
      feedback: { correct: '<p>Yes.</p>', perOption: { b: 'Close.' } },
    });
    expect(parsed).toMatchObject({
      format: 'html',
      feedback: { correct: '<p>Yes.</p>', perOption: { b: 'Close.' } },
      key: { optionId: 'a', weights: { a: 1, b: 0.5, c: -0.5 } },
    });
    const gapKeys = questionContentSchema.parse(cloze).key;
    expect(gapKeys).toEqual({
      gaps: {
        t: {
          value: 100,
          tolerance: 0.5,
          toleranceMode: 'absolute',
          alternatives: [{ value: 212, tolerance: 0, toleranceMode: 'absolute', credit: 0.5 }],
        },
        c: { optionId: 'lima' },
        s: { accepted: ['Lima'], caseSensitive: false, partial: [{ answer: 'Lyma', credit: 0.5 }] },
      },
    });
    expect(questionContentSchema.parse(description)).toMatchObject({ key: null, options: null });
  });

  it('reads the answers of the new types, and refuses malformed ones', () => {
    for (const a of [
      { type: 'matching', pairs: { p1: 'r1', p2: null } },
      { type: 'ordering', order: ['i2', 'i1'] },
      { type: 'cloze', gaps: { t: '100', c: 'lima', s: null } },
    ]) {
      expect(answerValueSchema.parse(a)).toEqual(a);
    }
    expect(answerValueSchema.safeParse({ type: 'cloze', gaps: { 'no spaces': 'x' } }).success).toBe(
      false,
    );
    expect(answerValueSchema.safeParse({ type: 'ordering', order: 'i1' }).success).toBe(false);
    expect(answerValueSchema.safeParse({ type: 'description' }).success).toBe(false);
  });

  it('takes the review release and ordering credit settings, and leaves them out when not given', () => {
    expect(
      testSettingsSchema.parse({
        name: 'T',
        reviewRelease: 'answers_and_feedback',
        orderingCredit: 'per_position',
      }),
    ).toMatchObject({ reviewRelease: 'answers_and_feedback', orderingCredit: 'per_position' });
    expect(Object.keys(testSettingsSchema.parse({ name: 'T' }))).not.toContain('reviewRelease');
    expect(
      testSettingsSchema.safeParse({ name: 'T', reviewRelease: 'all' }).error?.issues[0],
    ).toMatchObject({
      path: ['reviewRelease'],
      message: 'the review release is "none", "answers" or "answers_and_feedback"',
    });
  });
});

describe('every new rule names its field', () => {
  it.each([
    [
      'a weight above 1',
      { ...weightedSingle, key: { optionId: 'a', weights: { a: 1.5 } } },
      'key.weights.a',
      'a weight is a fraction from -1 to 1',
    ],
    [
      'a weight below -1',
      { ...weightedSingle, key: { optionId: 'a', weights: { a: 1, b: -2 } } },
      'key.weights.b',
      'a weight is a fraction from -1 to 1',
    ],
    [
      'a weight for an option that is not there',
      { ...weightedSingle, key: { optionId: 'a', weights: { a: 1, z: 0.5 } } },
      'key.weights.z',
      'the weight for "z" is not for one of the options',
    ],
    [
      'single choice weights with no full-credit option',
      { ...weightedSingle, key: { optionId: 'a', weights: { a: 0.9, b: 0.5 } } },
      'key.weights',
      'with weights, at least one option must have weight 1 (full marks)',
    ],
    [
      'a single choice key that is not a full-credit option',
      { ...weightedSingle, key: { optionId: 'b', weights: { a: 1, b: 0.5 } } },
      'key.optionId',
      'the key must be an option with weight 1 (full marks)',
    ],
    [
      'multiple response weights that cannot reach full marks',
      { ...weightedMultiple, key: { optionIds: ['a', 'b'], weights: { a: 0.5, b: 0.4 } } },
      'key.weights',
      'the positive weights must add up to at least 1, so a full answer earns full marks',
    ],
    [
      'a multiple response key that is not the positively weighted options',
      { ...weightedMultiple, key: { optionIds: ['a'], weights: { a: 0.5, b: 0.5 } } },
      'key.optionIds',
      'with weights, the key lists exactly the options with a positive weight',
    ],
    [
      'a partial credit above 1',
      {
        type: 'short_answer',
        text: 'S?',
        marks: 1,
        key: { accepted: ['a'], partial: [{ answer: 'b', credit: 2 }] },
      },
      'key.partial.0.credit',
      'the credit is a fraction from 0 to 1',
    ],
    [
      'a numeric alternative with a negative tolerance',
      {
        type: 'numeric',
        text: 'N?',
        marks: 1,
        key: { value: 1, tolerance: 0, alternatives: [{ value: 2, tolerance: -1, credit: 0.5 }] },
      },
      'key.alternatives.0.tolerance',
      'tolerance must be 0 or more',
    ],
    [
      'an unknown format',
      { ...weightedSingle, format: 'markdown' },
      'format',
      'the format is "plain" or "html"',
    ],
    [
      'plain text over 20,000 characters',
      { ...description, text: 'x'.repeat(20_001) },
      'text',
      'question text is at most 20,000 characters',
    ],
    [
      'matching with no premises',
      { ...matching, premises: [], key: { pairs: {} } },
      'premises',
      'a matching question needs at least one premise',
    ],
    [
      'matching with one response',
      {
        ...matching,
        responses: [{ id: 'r1', text: 'Paris' }],
        key: { pairs: { p1: 'r1', p2: 'r1' } },
      },
      'responses',
      'a matching question needs at least two responses',
    ],
    [
      'a repeated premise id',
      {
        ...matching,
        premises: [
          { id: 'p1', text: 'France' },
          { id: 'p1', text: 'Japan' },
        ],
        key: { pairs: { p1: 'r1' } },
      },
      'premises.1.id',
      'duplicate premise id "p1"',
    ],
    [
      'a repeated response id',
      {
        ...matching,
        responses: [
          { id: 'r1', text: 'Paris' },
          { id: 'r1', text: 'Tokyo' },
        ],
        key: { pairs: { p1: 'r1', p2: 'r1' } },
      },
      'responses.1.id',
      'duplicate response id "r1"',
    ],
    [
      'a premise with no pair in the key',
      { ...matching, key: { pairs: { p1: 'r1' } } },
      'key.pairs.p2',
      'premise "p2" has no response in the key',
    ],
    [
      'a key pairing something that is not a premise',
      { ...matching, key: { pairs: { p1: 'r1', p2: 'r2', p9: 'r3' } } },
      'key.pairs.p9',
      'the key pairs "p9", which is not one of the premises',
    ],
    [
      'a key pairing a premise with a response that is not there',
      { ...matching, key: { pairs: { p1: 'r1', p2: 'r9' } } },
      'key.pairs.p2',
      'the key pairs premise "p2" with "r9", which is not one of the responses',
    ],
    [
      'ordering with one item',
      { ...ordering, items: [{ id: 'i1', text: 'Mars' }], key: { order: ['i1', 'i1'] } },
      'items',
      'an ordering question needs at least two items',
    ],
    [
      'an ordering key naming an unknown item',
      { ...ordering, key: { order: ['i2', 'i3', 'i9'] } },
      'key.order.2',
      'the key\'s "i9" is not one of the items',
    ],
    [
      'an ordering key naming an item twice',
      { ...ordering, key: { order: ['i2', 'i2', 'i1'] } },
      'key.order.1',
      'the key lists item "i2" twice',
    ],
    [
      'an ordering key leaving an item out',
      { ...ordering, key: { order: ['i2', 'i3'] } },
      'key.order',
      'the key leaves out item "i1"',
    ],
    [
      'a cloze with no gaps',
      { ...cloze, text: 'Nothing to fill.', gaps: [], key: { gaps: {} }, marks: 0 },
      'gaps',
      'a gap-fill question needs at least one gap',
    ],
    [
      'a gap placed twice',
      { ...cloze, text: `${cloze.text} Again: {{gap:t}}` },
      'text',
      'the text places gap "t" more than once',
    ],
    [
      'a marker with no gap definition',
      { ...cloze, text: `${cloze.text} And {{gap:x}}.` },
      'text',
      'the text places a gap "x" that is not one of the gaps',
    ],
    [
      'a gap not placed in the text',
      { ...cloze, text: 'Water boils at {{gap:t}} °C. Peru: {{gap:c}}.' },
      'gaps.2.id',
      'gap "s" is not placed in the text (write {{gap:s}} where it goes)',
    ],
    [
      'a repeated gap id',
      {
        ...cloze,
        gaps: [...cloze.gaps, { id: 's', kind: 'text', marks: 1 }],
        marks: 5,
      },
      'gaps.3.id',
      'duplicate gap id "s"',
    ],
    [
      'a gap id with spaces',
      { ...cloze, gaps: [{ id: 'a gap', kind: 'text', marks: 1 }] },
      'gaps.0.id',
      'a gap id is 1 to 40 letters, digits, "-" or "_"',
    ],
    [
      'a gap worth nothing',
      { ...cloze, gaps: cloze.gaps.map((g) => (g.id === 't' ? { ...g, marks: 0 } : g)), marks: 3 },
      'gaps.0.marks',
      'each gap must be worth more than 0 marks',
    ],
    [
      'a choice gap with one option',
      {
        ...cloze,
        gaps: cloze.gaps.map((g) => (g.id === 'c' ? { ...g, options: options('lima') } : g)),
      },
      'gaps.1.options',
      'a choice gap needs at least two options',
    ],
    [
      'a text gap with options',
      {
        ...cloze,
        gaps: cloze.gaps.map((g) => (g.id === 's' ? { ...g, options: options('a', 'b') } : g)),
      },
      'gaps.2.options',
      'only a choice gap has options',
    ],
    [
      'a gap with no key',
      { ...cloze, key: { gaps: { t: cloze.key.gaps.t, c: cloze.key.gaps.c } } },
      'key.gaps.s',
      'gap "s" has no key',
    ],
    [
      'a choice gap keyed like a text gap',
      { ...cloze, key: { gaps: { ...cloze.key.gaps, c: { accepted: ['Lima'] } } } },
      'key.gaps.c',
      'gap "c" is a choice gap, so its key names one of its options',
    ],
    [
      'a numeric gap keyed like a choice gap',
      { ...cloze, key: { gaps: { ...cloze.key.gaps, t: { optionId: 'lima' } } } },
      'key.gaps.t',
      'gap "t" is a numeric gap, so its key gives a value and a tolerance',
    ],
    [
      'a text gap keyed like a numeric gap',
      { ...cloze, key: { gaps: { ...cloze.key.gaps, s: { value: 1, tolerance: 0 } } } },
      'key.gaps.s',
      'gap "s" is a text gap, so its key lists accepted answers',
    ],
    [
      'a choice gap keyed with an option it does not have',
      { ...cloze, key: { gaps: { ...cloze.key.gaps, c: { optionId: 'bogota' } } } },
      'key.gaps.c.optionId',
      'the key "bogota" is not one of the options of gap "c"',
    ],
    [
      'a gap key of no known shape',
      { ...cloze, key: { gaps: { ...cloze.key.gaps, c: { answer: 'lima' } } } },
      'key.gaps.c',
      'a gap key is { optionId } for a choice gap, { accepted } for a text gap, or { value, tolerance } for a numeric gap',
    ],
    [
      'a key for a gap that is not there',
      { ...cloze, key: { gaps: { ...cloze.key.gaps, zz: { optionId: 'lima' } } } },
      'key.gaps.zz',
      'the key is for gap "zz", which is not one of the gaps',
    ],
    [
      'cloze marks that are not the sum of the gap marks',
      { ...cloze, marks: 5 },
      'marks',
      'the marks must be the sum of the gap marks (4)',
    ],
    [
      'a description with marks',
      { ...description, marks: 1 },
      'marks',
      'a description carries no marks (set marks to 0)',
    ],
    [
      'a description with a key',
      { ...description, key: { value: true } },
      'key',
      'a description has no answer key',
    ],
    [
      'a description with feedback',
      { ...description, feedback: { general: 'x' } },
      'feedback',
      'a description has no feedback',
    ],
    [
      'per-option feedback for an option that is not there',
      { ...weightedSingle, feedback: { perOption: { z: 'No.' } } },
      'feedback.perOption.z',
      'feedback for "z", which is not one of the options',
    ],
    [
      'per-option feedback on a short answer',
      {
        type: 'short_answer',
        text: 'S?',
        marks: 1,
        key: { accepted: ['a'] },
        feedback: { perOption: { a: 'x' } },
      },
      'feedback.perOption',
      'per-option feedback is only for choice and true/false questions',
    ],
    [
      'per-answer feedback on a choice question',
      { ...weightedSingle, feedback: { perAnswer: [{ answer: 'a', text: 'x' }] } },
      'feedback.perAnswer',
      'per-answer feedback is only for short answer and numeric questions',
    ],
    [
      'numeric per-answer feedback for something that is not a number',
      {
        type: 'numeric',
        text: 'N?',
        marks: 1,
        key: { value: 1, tolerance: 0 },
        feedback: { perAnswer: [{ answer: 'one', text: 'x' }] },
      },
      'feedback.perAnswer.0.answer',
      'for a numeric question, give the number this feedback is for',
    ],
    [
      'per-gap feedback for a gap that is not there',
      { ...cloze, feedback: { perGap: { q: 'x' } } },
      'feedback.perGap.q',
      'feedback for gap "q", which is not one of the gaps',
    ],
    [
      'per-gap feedback outside a cloze',
      { ...matching, feedback: { perGap: { t: 'x' } } },
      'feedback.perGap',
      'per-gap feedback is only for gap-fill questions',
    ],
    [
      'a play limit of 0',
      { ...description, settings: { audioPlayLimit: 0 } },
      'settings.audioPlayLimit',
      'the play limit must be at least 1',
    ],
  ])('%s', (_name, value, field, message) => {
    expect(firstIssue(value)).toEqual({ field, message });
  });

  it('lets html text be longer than plain text may be', () => {
    const long = `<p>${'x'.repeat(30_000)}</p>`;
    expect(issues({ ...description, format: 'html', text: long })).toEqual([]);
    expect(firstIssue({ ...description, text: long })?.field).toBe('text');
  });
});
