import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseItems, type AnalysisAttempt } from '@shared/analysis/item-analysis';
import { dataset, es, questions, sc, tf } from './hand-dataset';

describe('item analysis against a hand-computed dataset', () => {
  const result = analyseItems('t1', questions, dataset);
  const [q1, q2, q3] = result.items;

  it('gives each item its facility: the mean share of marks earned', () => {
    expect(q1?.facility).toBe(0.4);
    expect(q2?.facility).toBe(0.6);
    expect(q3?.facility).toBe(0.5);
  });

  it('gives the discrimination index: upper-group facility minus lower-group facility', () => {
    expect(q1?.discrimination).toBe(1);
    expect(q2?.discrimination).toBe(1);
    expect(q3?.discrimination).toBe(1);
  });

  it('gives the corrected point-biserial: 2.8 / sqrt(1.2 x 13.2) for Q1', () => {
    expect(q1?.pointBiserial).toBe(0.7035);
  });

  it('counts how often each option was picked', () => {
    expect(q1?.options).toEqual([
      { id: 'a', text: 'A', correct: true, count: 2 },
      { id: 'b', text: 'B', correct: false, count: 2 },
      { id: 'c', text: 'C', correct: false, count: 1 },
    ]);
    expect(q2?.options?.map((o) => [o.id, o.count, o.correct])).toEqual([
      ['true', 3, true],
      ['false', 2, false],
    ]);
    expect(q3?.options).toBeNull();
  });

  it('gives the test mean 3, standard deviation 2 and alpha 1.5 x (1 - 2.48 / 4) = 0.57', () => {
    expect(result.meanScore).toBe(3);
    expect(result.sdScore).toBe(2);
    expect(result.alpha).toBe(0.57);
  });

  it('flags a probable wrong key when weaker students do better', () => {
    // Swap the marks of Q1: the two weakest students now "get it right".
    const swapped = dataset.map((a) => {
      const answers = new Map(a.answers);
      const q = answers.get('q1');
      if (q)
        answers.set('q1', {
          answer: q.answer,
          marks: a.attemptId === 'E' || a.attemptId === 'D' ? 1 : 0,
        });
      return { ...a, answers };
    });
    const flagged = analyseItems('t1', questions, swapped).items[0];
    expect(flagged?.discrimination).toBeLessThan(0);
    expect(flagged?.flags.join(' ')).toMatch(/negative discrimination/);
  });

  it('leaves ungraded answers out of an item and counts omissions', () => {
    const pending: AnalysisAttempt = {
      attemptId: 'F',
      answers: new Map([['q3', { answer: es('  '), marks: null }]]),
    };
    const r = analyseItems('t1', questions, [...dataset, pending]);
    expect(r.items[2]?.facility).toBe(0.5);
    expect(r.items[0]?.omitted).toBe(1);
    expect(r.items[2]?.omitted).toBe(1);
  });

  it('has no discrimination with fewer than four attempts', () => {
    expect(analyseItems('t1', questions, dataset.slice(0, 3)).items[0]?.discrimination).toBeNull();
  });
});

describe('item analysis properties', () => {
  const arbAttempts = fc.array(
    fc.record({
      pick: fc.constantFrom('a', 'b', 'c'),
      tf: fc.boolean(),
      essay: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    }),
    { maxLength: 60 },
  );

  it('keeps facility in [0, 1], discrimination in [-1, 1] and option counts within the attempts', () => {
    fc.assert(
      fc.property(arbAttempts, (rows) => {
        const attempts = rows.map((r, i) => ({
          attemptId: `x${i}`,
          answers: new Map([
            ['q1', { answer: sc(r.pick), marks: r.pick === 'a' ? 1 : 0 }],
            ['q2', { answer: tf(r.tf), marks: r.tf ? 1 : 0 }],
            ['q3', { answer: es('w'), marks: r.essay }],
          ]),
        }));
        const result = analyseItems('t', questions, attempts);
        const facilities = result.items.flatMap((i) => (i.facility === null ? [] : [i.facility]));
        const discriminations = result.items.flatMap((i) =>
          i.discrimination === null ? [] : [i.discrimination],
        );
        const correlations = result.items.flatMap((i) =>
          i.pointBiserial === null ? [] : [i.pointBiserial],
        );
        expect(facilities.every((f) => f >= 0 && f <= 1)).toBe(true);
        expect(discriminations.every((d) => Math.abs(d) <= 1)).toBe(true);
        expect(correlations.every((r) => Math.abs(r) <= 1.0001)).toBe(true);
        const picked = (result.items[0]?.options ?? []).reduce((s, o) => s + o.count, 0);
        expect(picked).toBe(rows.length);
      }),
    );
  });
});
