import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  drawPaper,
  groupLayoutProblems,
  shuffleUnits,
  type PaperSource,
} from '@shared/delivery/paper';
import { seededRandom, shuffled } from '@shared/random/seeded-random';

interface Block {
  group: number | null;
  size: number;
}
const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.constant({ group: null, size: 1 }),
  fc.record({ group: fc.integer({ min: 0, max: 4 }), size: fc.integer({ min: 1, max: 4 }) }),
);

/** A test of ungrouped questions and groups (at times scattered), each led by a description. */
const testArb: fc.Arbitrary<PaperSource[]> = fc.array(blockArb, { maxLength: 12 }).map((blocks) => {
  const sources: PaperSource[] = [];
  const described = new Set<number>();
  for (const { group, size } of blocks) {
    for (let k = 0; k < size; k += 1) {
      const n = sources.length;
      const isDescription = group !== null && !described.has(group);
      if (group !== null) described.add(group);
      sources.push({
        questionId: `q${n}`,
        versionId: `v${n}`,
        marks: isDescription ? 0 : 1,
        optionIds: n % 3 === 0 ? ['a', 'b', 'c'] : null,
        groupId: group === null ? null : `g${group}`,
        isDescription,
      });
    }
  }
  return sources;
});

const idsOf = (paper: { entries: { questionId: string }[] }) =>
  paper.entries.map((e) => e.questionId);

describe('shuffling with groups', () => {
  it('keeps every question exactly once and each group together, its description first', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), testArb, (seed, sources) => {
        const paper = drawPaper(seed, sources, true);
        expect([...idsOf(paper)].sort()).toEqual(sources.map((s) => s.questionId).sort());
        const bySource = new Map(sources.map((s) => [s.questionId, s]));
        const order = idsOf(paper).map((id) => bySource.get(id)!);
        for (const group of new Set(sources.flatMap((s) => (s.groupId ? [s.groupId] : [])))) {
          const at = order.flatMap((s, i) => (s.groupId === group ? [i] : []));
          // Contiguous: the positions run without a gap.
          expect(at.at(-1)! - at[0]! + 1).toBe(at.length);
          const members = at.map((i) => order[i]!);
          const leads = members.filter((m) => m.isDescription === true).length;
          expect(members.slice(0, leads).every((m) => m.isDescription === true)).toBe(true);
          // The questions after the description keep the order the author gave them.
          const rest = members.slice(leads).map((m) => m.questionId);
          expect(rest).toEqual(
            sources
              .filter((s) => s.groupId === group && s.isDescription !== true)
              .map((s) => s.questionId),
          );
        }
        for (const e of paper.entries) {
          expect(e.groupId ?? null).toBe(bySource.get(e.questionId)!.groupId ?? null);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), testArb, (seed, sources) => {
        expect(drawPaper(seed, sources, true)).toEqual(drawPaper(seed, sources, true));
      }),
      { numRuns: 500 },
    );
  });

  it('draws exactly the order it always drew for a test without groups', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 30 }), (seed, n) => {
        const sources: PaperSource[] = Array.from({ length: n }, (_, i) => ({
          questionId: `q${i}`,
          versionId: `v${i}`,
          marks: 1,
          optionIds: i % 2 === 0 ? ['a', 'b', 'c', 'd'] : null,
        }));
        const paper = drawPaper(seed, sources, true);
        expect(idsOf(paper)).toEqual(
          shuffled(sources, seededRandom(seed)).map((s) => s.questionId),
        );
        expect(paper.entries.every((e) => !('groupId' in e))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the authored order, groups included, when shuffle is off', () => {
    const sources: PaperSource[] = [
      { questionId: 'a', versionId: null, marks: 1, optionIds: null },
      {
        questionId: 'd',
        versionId: null,
        marks: 0,
        optionIds: null,
        groupId: 'g',
        isDescription: true,
      },
      { questionId: 'b', versionId: null, marks: 1, optionIds: null, groupId: 'g' },
    ];
    const paper = drawPaper('s', sources, false);
    expect(idsOf(paper)).toEqual(['a', 'd', 'b']);
    expect(paper.entries.map((e) => e.groupId ?? null)).toEqual([null, 'g', 'g']);
  });

  it('gathers a scattered group at its first member, description first', () => {
    const units = shuffleUnits([
      { questionId: 'q1', versionId: null, marks: 1, optionIds: null, groupId: 'g' },
      { questionId: 'x', versionId: null, marks: 1, optionIds: null },
      {
        questionId: 'd',
        versionId: null,
        marks: 0,
        optionIds: null,
        groupId: 'g',
        isDescription: true,
      },
    ]);
    expect(units.map((u) => u.map((s) => s.questionId))).toEqual([['d', 'q1'], ['x']]);
  });
});

describe('groupLayoutProblems', () => {
  it('finds groups apart, groups not led by their description, and second descriptions', () => {
    expect(
      groupLayoutProblems([
        { groupId: 'g', isDescription: true },
        { groupId: 'g' },
        {},
        { groupId: 'g' },
        { groupId: 'h' },
        { groupId: 'k', isDescription: true },
        { groupId: 'k', isDescription: true },
      ]),
    ).toEqual([
      { index: 3, message: 'question 4 is apart from the rest of its group' },
      { index: 4, message: 'question 5 starts a group, but a group starts with its description' },
      { index: 6, message: 'question 7 is a second description in one group' },
    ]);
    expect(
      groupLayoutProblems([{}, { groupId: 'g', isDescription: true }, { groupId: 'g' }]),
    ).toEqual([]);
  });
});
