import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPaper, type PaperSource } from '@shared/delivery/paper';
import { seededRandom, shuffled } from '@shared/random/seeded-random';

const sources = (n: number): PaperSource[] =>
  Array.from({ length: n }, (_, i) => ({
    questionId: `q${i}`,
    versionId: `v${i}`,
    marks: i + 1,
    optionIds: i % 2 === 0 ? ['a', 'b', 'c', 'd'] : null,
  }));

describe('seeded shuffle', () => {
  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer(), { maxLength: 50 }), (seed, list) => {
        expect(shuffled(list, seededRandom(seed))).toEqual(shuffled(list, seededRandom(seed)));
      }),
    );
  });

  it('returns a permutation of its input', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer(), { maxLength: 80 }), (seed, list) => {
        const out = shuffled(list, seededRandom(seed));
        expect(out).toHaveLength(list.length);
        expect([...out].sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b));
      }),
    );
  });

  it('is roughly uniform over many seeds (chi-square on the 24 orders of 4 items)', () => {
    const counts = new Map<string, number>();
    const runs = 24_000;
    for (let i = 0; i < runs; i += 1) {
      const order = shuffled(['a', 'b', 'c', 'd'], seededRandom(`seed-${i}`)).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const expected = runs / 24;
    const chi = [...counts.values()].reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 23 degrees of freedom: the 99.9th percentile is 49.7.
    expect(chi).toBeLessThan(49.7);
  });

  it('puts each item in each position about equally often', () => {
    const n = 10;
    const runs = 20_000;
    const atFirst = new Array<number>(n).fill(0);
    for (let i = 0; i < runs; i += 1) {
      const order = shuffled([...Array(n).keys()], seededRandom(`p${i}`));
      atFirst[order[0]!]! += 1;
    }
    for (const c of atFirst) expect(Math.abs(c - runs / n)).toBeLessThan((runs / n) * 0.1);
  });
});

describe('drawPaper', () => {
  it('draws the same paper from the same seed, and a permutation of the test', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 40 }), (seed, n) => {
        const a = drawPaper(seed, sources(n), true);
        expect(drawPaper(seed, sources(n), true)).toEqual(a);
        expect(a.entries.map((e) => e.questionId).sort()).toEqual(
          sources(n)
            .map((s) => s.questionId)
            .sort(),
        );
        for (const e of a.entries) {
          const src = sources(n).find((s) => s.questionId === e.questionId)!;
          expect(e.marks).toBe(src.marks);
          expect(e.versionId).toBe(src.versionId);
          expect(e.optionOrder === null ? null : [...e.optionOrder].sort()).toEqual(src.optionIds);
        }
      }),
    );
  });

  it('keeps the authored order when shuffle is off', () => {
    const paper = drawPaper('any', sources(6), false);
    expect(paper.entries.map((e) => e.questionId)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5']);
    expect(paper.entries[0]!.optionOrder).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives different seeds different orders', () => {
    const orders = new Set(
      Array.from({ length: 50 }, (_, i) =>
        drawPaper(`s${i}`, sources(12), true)
          .entries.map((e) => e.questionId)
          .join(','),
      ),
    );
    expect(orders.size).toBeGreaterThan(45);
  });
});
