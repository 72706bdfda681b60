import { describe, expect, it } from 'vitest';
import type { StoredQuestion } from '@shared/domain/bank';
import { scoreAnswer, scoreAttempt } from '@shared/scoring/index';

const base: Pick<StoredQuestion, 'text' | 'marks' | 'difficulty' | 'tags' | 'settings'> = {
  text: 'q',
  marks: 1,
  difficulty: null,
  tags: [],
  settings: {},
};
const opts = (ids: string[]) => ids.map((id) => ({ id, text: id }));
const off = { negativeMarking: false };
const on = { negativeMarking: true };

const single: StoredQuestion = {
  ...base,
  type: 'single_choice',
  options: opts(['a', 'b', 'c', 'd']),
  key: { optionId: 'b' },
};
const multi: StoredQuestion = {
  ...base,
  type: 'multiple_response',
  options: opts(['a', 'b', 'c', 'd', 'e']),
  key: { optionIds: ['a', 'c', 'e'] },
};
const tf: StoredQuestion = { ...base, type: 'true_false', options: null, key: { value: false } };
const short: StoredQuestion = {
  ...base,
  type: 'short_answer',
  options: null,
  key: { accepted: ['Pacific', 'the Pacific Ocean'], caseSensitive: false },
};
const numericAbs: StoredQuestion = {
  ...base,
  type: 'numeric',
  options: null,
  key: { value: 3.14, tolerance: 0.005, toleranceMode: 'absolute' },
};
const numericRel: StoredQuestion = {
  ...base,
  type: 'numeric',
  options: null,
  key: { value: 9.81, tolerance: 0.02, toleranceMode: 'relative' },
};
const essay: StoredQuestion = { ...base, type: 'essay', options: null, key: null };

describe('scoreAnswer rules', () => {
  it('marks single choice and true/false by exact match', () => {
    expect(scoreAnswer(single, { type: 'single_choice', optionId: 'b' }, 2, off)).toEqual({
      isCorrect: true,
      marksObtained: 2,
      needsManualGrading: false,
    });
    expect(
      scoreAnswer(single, { type: 'single_choice', optionId: 'a' }, 2, off).marksObtained,
    ).toBe(0);
    expect(scoreAnswer(tf, { type: 'true_false', value: false }, 1, off).isCorrect).toBe(true);
    expect(scoreAnswer(tf, { type: 'true_false', value: true }, 1, off).marksObtained).toBe(0);
  });

  it('takes marks/(k-1) for a wrong choice under negative marking, and nothing for a blank', () => {
    expect(scoreAnswer(single, { type: 'single_choice', optionId: 'a' }, 3, on).marksObtained).toBe(
      -1,
    );
    expect(scoreAnswer(tf, { type: 'true_false', value: true }, 1, on).marksObtained).toBe(-1);
    expect(scoreAnswer(single, null, 3, on).marksObtained).toBe(0);
  });

  it('gives partial credit for multiple response as c/C - w/W', () => {
    const pick = (...ids: string[]) =>
      scoreAnswer(multi, { type: 'multiple_response', optionIds: ids }, 3, off);
    expect(pick('a', 'c', 'e')).toEqual({
      isCorrect: true,
      marksObtained: 3,
      needsManualGrading: false,
    });
    expect(pick('a', 'c').marksObtained).toBe(2);
    expect(pick('a', 'c', 'b').marksObtained).toBe(0.5); // 3 × (2/3 − 1/2)
    expect(pick('a', 'b', 'c', 'd', 'e').marksObtained).toBe(0);
    expect(pick('b', 'd').marksObtained).toBe(0);
    expect(pick('a', 'a', 'a').marksObtained).toBe(1);
    expect(pick('a', 'zz').marksObtained).toBe(1);
    expect(pick().marksObtained).toBe(0);
    expect(
      scoreAnswer(multi, { type: 'multiple_response', optionIds: ['b', 'd'] }, 3, on).marksObtained,
    ).toBe(-3);
  });

  it('normalises case and whitespace for short answers and accepts alternatives', () => {
    const say = (text: string) => scoreAnswer(short, { type: 'short_answer', text }, 1, off);
    expect(say('  pacific ').isCorrect).toBe(true);
    expect(say('THE   pacific\tocean').isCorrect).toBe(true);
    expect(say('Atlantic').isCorrect).toBe(false);
    expect(say('   ').marksObtained).toBe(0);
    const strict: StoredQuestion = { ...short, key: { accepted: ['CO2'], caseSensitive: true } };
    expect(scoreAnswer(strict, { type: 'short_answer', text: 'co2' }, 1, off).isCorrect).toBe(
      false,
    );
    expect(scoreAnswer(strict, { type: 'short_answer', text: ' CO2 ' }, 1, off).isCorrect).toBe(
      true,
    );
  });

  it('accepts numbers within absolute or relative tolerance', () => {
    const num = (q: StoredQuestion, value: number) =>
      scoreAnswer(q, { type: 'numeric', value }, 2, off).isCorrect;
    expect(num(numericAbs, 3.14)).toBe(true);
    expect(num(numericAbs, 3.145)).toBe(true);
    expect(num(numericAbs, 3.146)).toBe(false);
    expect(num(numericRel, 9.81 * 1.02)).toBe(true);
    expect(num(numericRel, 9.6)).toBe(false);
    expect(num(numericRel, Number.NaN)).toBe(false);
    const exact: StoredQuestion = {
      ...numericAbs,
      key: { value: 0.3, tolerance: 0, toleranceMode: 'absolute' },
    };
    expect(num(exact, 0.1 + 0.2)).toBe(true);
  });

  it('queues essays for a person, and scores a blank essay 0', () => {
    expect(scoreAnswer(essay, { type: 'essay', text: 'An algorithm is…' }, 4, off)).toEqual({
      isCorrect: null,
      marksObtained: null,
      needsManualGrading: true,
    });
    expect(scoreAnswer(essay, { type: 'essay', text: '  ' }, 4, off).marksObtained).toBe(0);
  });

  it('sends an objective question with no key to a person instead of guessing', () => {
    const keyless: StoredQuestion = { ...single, key: null };
    expect(
      scoreAnswer(keyless, { type: 'single_choice', optionId: 'a' }, 1, off).needsManualGrading,
    ).toBe(true);
  });

  it('treats an answer of the wrong type as unanswered', () => {
    expect(scoreAnswer(single, { type: 'true_false', value: true }, 1, on)).toEqual({
      isCorrect: false,
      marksObtained: 0,
      needsManualGrading: false,
    });
  });
});

describe('scoreAttempt', () => {
  it('floors a negative total at 0 and reports what waits for a person', () => {
    const result = scoreAttempt(
      [
        { question: single, answer: { type: 'single_choice', optionId: 'a' }, marks: 3 },
        { question: tf, answer: { type: 'true_false', value: true }, marks: 1 },
        { question: essay, answer: { type: 'essay', text: 'words' }, marks: 4 },
      ],
      on,
    );
    expect(result.answers.map((a) => a.marksObtained)).toEqual([-1, -1, null]);
    expect(result.score).toBe(0);
    expect(result.totalMarks).toBe(8);
    expect(result.status).toBe('needs_grading');
    expect(result.pendingCount).toBe(1);
  });

  it('uses a grader’s marks, clamped to the question, and then counts the attempt graded', () => {
    const result = scoreAttempt(
      [
        { question: single, answer: { type: 'single_choice', optionId: 'b' }, marks: 2 },
        { question: essay, answer: { type: 'essay', text: 'words' }, marks: 4, manualMarks: 9 },
      ],
      off,
    );
    expect(result.answers[1]).toEqual({
      isCorrect: true,
      marksObtained: 4,
      needsManualGrading: false,
    });
    expect(result.score).toBe(6);
    expect(result.status).toBe('graded');
  });
});
