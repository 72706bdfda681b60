import { describe, expect, it } from 'vitest';
import type { StoredQuestion } from '@shared/domain/bank';
import { questionContentSchema } from '@shared/domain/questions';
import { parseNumberText, scoreAnswer, scoreAttempt, scoreParts } from '@shared/scoring/index';
import {
  cloze,
  description,
  matching,
  ordering,
  weightedMultiple,
  weightedSingle,
} from '../domain/new-type-fixtures';

const stored = (raw: unknown): StoredQuestion => questionContentSchema.parse(raw);
const off = { negativeMarking: false };
const on = { negativeMarking: true };
const marksOf = (s: { marksObtained: number | null }) => s.marksObtained;

describe('weighted choice', () => {
  const single = stored(weightedSingle);
  const multi = stored(weightedMultiple);

  it('scores single choice by the chosen option’s weight, floored at 0 without negative marking', () => {
    const pick = (optionId: string, o = off) =>
      scoreAnswer(single, { type: 'single_choice', optionId }, 2, o);
    expect(pick('a')).toEqual({ isCorrect: true, marksObtained: 2, needsManualGrading: false });
    expect(pick('b')).toEqual({ isCorrect: false, marksObtained: 1, needsManualGrading: false });
    expect(marksOf(pick('c'))).toBe(0);
    expect(marksOf(pick('c', on))).toBe(-1);
    expect(marksOf(pick('zz', on))).toBe(0);
  });

  it('scores multiple response by the sum of the chosen weights, clamped to the floor and to 1', () => {
    const pick = (o: typeof off, ...optionIds: string[]) =>
      scoreAnswer(multi, { type: 'multiple_response', optionIds }, 3, o);
    // Three thirds written as Moodle writes them still make full marks.
    expect(pick(off, 'a', 'b', 'c')).toEqual({
      isCorrect: true,
      marksObtained: 3,
      needsManualGrading: false,
    });
    expect(marksOf(pick(off, 'a', 'b'))).toBe(2);
    expect(marksOf(pick(off, 'a', 'd'))).toBe(0);
    expect(marksOf(pick(on, 'a', 'd'))).toBe(-2);
    expect(marksOf(pick(on, 'd'))).toBe(-3);
    expect(marksOf(pick(off, 'a', 'a', 'zz'))).toBe(1);
    expect(marksOf(pick(on))).toBe(0);
  });
});

describe('partly right short and numeric answers', () => {
  const short = stored({
    type: 'short_answer',
    text: 'Spell the colour.',
    marks: 1,
    key: {
      accepted: ['colour'],
      partial: [
        { answer: 'color', credit: 0.5 },
        { answer: 'Color', credit: 0.75 },
      ],
    },
  });
  const numeric = stored({
    type: 'numeric',
    text: 'g in m/s²?',
    marks: 2,
    key: {
      value: 9.81,
      tolerance: 0.01,
      alternatives: [
        { value: 10, tolerance: 0, credit: 0.5 },
        { value: 9.8, tolerance: 0.1, credit: 0.8 },
      ],
    },
  });

  it('gives the best credit among the answers that match', () => {
    const say = (text: string) => scoreAnswer(short, { type: 'short_answer', text }, 4, off);
    expect(say('COLOUR')).toMatchObject({ isCorrect: true, marksObtained: 4 });
    // Case does not matter here, so "color" matches both partly right answers: the best wins.
    expect(say(' color ')).toMatchObject({ isCorrect: false, marksObtained: 3 });
    expect(say('colr').marksObtained).toBe(0);
    expect(say('  ').marksObtained).toBe(0);
  });

  it('gives numeric alternatives their credit within their own tolerance', () => {
    const num = (value: number) => scoreAnswer(numeric, { type: 'numeric', value }, 2, on);
    expect(num(9.815)).toMatchObject({ isCorrect: true, marksObtained: 2 });
    expect(num(9.85).marksObtained).toBe(1.6);
    expect(num(10).marksObtained).toBe(1);
    expect(num(10.05).marksObtained).toBe(0);
    expect(num(Number.NaN).marksObtained).toBe(0);
  });
});

describe('matching', () => {
  const q = stored(matching);
  it('gives marks / premises for each right pair, never less than 0', () => {
    const pairs = (p: Record<string, string | null>) =>
      scoreAnswer(q, { type: 'matching', pairs: p }, 2, on);
    expect(pairs({ p1: 'r1', p2: 'r2' })).toEqual({
      isCorrect: true,
      marksObtained: 2,
      needsManualGrading: false,
    });
    expect(marksOf(pairs({ p1: 'r1', p2: 'r3' }))).toBe(1);
    expect(marksOf(pairs({ p1: 'r2', p2: 'r1' }))).toBe(0);
    expect(marksOf(pairs({ p1: null, p2: null }))).toBe(0);
    expect(marksOf(pairs({ zz: 'r1', p2: 'r2' }))).toBe(1);
    expect(scoreParts(q, { type: 'matching', pairs: { p1: 'r1' } }, 2, on)).toEqual([
      { partId: 'p1', fullMarks: 1, marksObtained: 1, isCorrect: true },
      { partId: 'p2', fullMarks: 1, marksObtained: 0, isCorrect: false },
    ]);
  });
});

describe('ordering', () => {
  const q = stored(ordering);
  const order = (o: string[], credit?: 'all_or_nothing' | 'per_position') =>
    scoreAnswer(q, { type: 'ordering', order: o }, 3, {
      negativeMarking: true,
      orderingCredit: credit,
    });

  it('is all or nothing by default', () => {
    expect(order(['i2', 'i3', 'i1'])).toMatchObject({ isCorrect: true, marksObtained: 3 });
    expect(marksOf(order(['i2', 'i1', 'i3']))).toBe(0);
    expect(marksOf(order(['i2', 'i1', 'i3'], 'all_or_nothing'))).toBe(0);
  });

  it('gives marks / items for each item in its place per position', () => {
    expect(marksOf(order(['i2', 'i1', 'i3'], 'per_position'))).toBe(1);
    expect(marksOf(order(['i1', 'i3', 'i2'], 'per_position'))).toBe(1);
    expect(marksOf(order(['i2', 'i3', 'i1'], 'per_position'))).toBe(3);
  });

  it('gives nothing for an order that is not an arrangement of the items', () => {
    expect(marksOf(order(['i2', 'i3'], 'per_position'))).toBe(0);
    expect(marksOf(order(['i2', 'i2', 'i1'], 'per_position'))).toBe(0);
    expect(marksOf(order([], 'per_position'))).toBe(0);
  });
});

describe('cloze', () => {
  const q = stored(cloze);
  const fill = (gaps: Record<string, string | null>, marks = 4) =>
    scoreAnswer(q, { type: 'cloze', gaps }, marks, on);

  it('scores each gap on its own, with its own marks and partial credit', () => {
    expect(fill({ t: '100', c: 'lima', s: 'lima' })).toEqual({
      isCorrect: true,
      marksObtained: 4,
      needsManualGrading: false,
    });
    expect(marksOf(fill({ t: '99,6', c: 'quito', s: 'Lyma' }))).toBe(1.5);
    expect(marksOf(fill({ t: '212', c: 'lima', s: null }))).toBe(2.5);
    expect(marksOf(fill({ t: 'a hundred', c: 'bogota', s: '' }))).toBe(0);
    expect(marksOf(fill({}))).toBe(0);
  });

  it('scales the gaps to the marks the test gives the question', () => {
    expect(marksOf(fill({ t: '100', c: 'lima', s: 'x' }, 8))).toBe(6);
    expect(scoreParts(q, { type: 'cloze', gaps: { c: 'lima' } }, 8, on)).toEqual([
      { partId: 't', fullMarks: 2, marksObtained: 0, isCorrect: false },
      { partId: 'c', fullMarks: 4, marksObtained: 4, isCorrect: true },
      { partId: 's', fullMarks: 2, marksObtained: 0, isCorrect: false },
    ]);
  });

  it('sends a cloze whose gap has lost its key to a person', () => {
    const broken: StoredQuestion = {
      ...q,
      key: { gaps: { t: { value: 100, tolerance: 0, toleranceMode: 'absolute' } } },
    };
    expect(
      scoreAnswer(broken, { type: 'cloze', gaps: { t: '100' } }, 4, off).needsManualGrading,
    ).toBe(true);
  });
});

describe('descriptions in an attempt', () => {
  it('score nothing and add nothing to the total, whatever marks the test gives them', () => {
    const result = scoreAttempt(
      [
        { question: stored(description), answer: null, marks: 5, manualMarks: 5 },
        { question: stored(matching), answer: { type: 'matching', pairs: { p1: 'r1' } }, marks: 2 },
      ],
      off,
    );
    expect(result.answers[0]).toEqual({
      isCorrect: null,
      marksObtained: 0,
      needsManualGrading: false,
    });
    expect(result.score).toBe(1);
    expect(result.totalMarks).toBe(2);
    expect(result.status).toBe('graded');
  });
});

describe('reading a typed number', () => {
  it('reads plain decimals, a decimal comma and a typographic minus, and nothing else', () => {
    expect(parseNumberText(' 3.14 ')).toBe(3.14);
    expect(parseNumberText('3,5')).toBe(3.5);
    expect(parseNumberText('−2')).toBe(-2);
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('.5')).toBe(0.5);
    for (const bad of ['', '  ', '0x10', 'Infinity', '1,000.5', '1 000', 'abc', '3.1.4', '1e999']) {
      expect(parseNumberText(bad)).toBeNull();
    }
  });
});
