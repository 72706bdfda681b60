import { describe, expect, it } from 'vitest';
import { BankIndex, type BankQuery, type BankRow } from '@shared/search/bank-index';
import { foldAscii, needlePieces, searchNeedle, tagNeedle } from '@shared/search/bank-text';
import { pageOf } from '@shared/search/page-order';

function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const words = [
  'Alpha',
  'beta',
  'GAMMA',
  'delta-7',
  'école',
  'x²',
  '42',
  '420',
  'a.b',
  'Ωmega',
  'q_1',
];
const tags = ['red', 'Red', 'blue', 'unit-4', 'unit-40'];

function randomRow(g: ReturnType<typeof generator>, id: string): BankRow {
  return {
    id,
    clientId: g.pick(['c1', 'c1', 'c2']),
    text: Array.from({ length: 1 + g.int(6) }, () => g.pick(words)).join(g.pick([' ', ', ', '-'])),
    optionTexts:
      g.next() < 0.5
        ? []
        : Array.from({ length: 1 + g.int(4) }, () =>
            Array.from({ length: 1 + g.int(3) }, () => g.pick(words)).join(g.pick([' ', '-'])),
          ),
    tags: g.next() < 0.2 ? null : JSON.stringify([g.pick(tags), g.pick(tags)]),
    type: g.pick(['essay', 'true_false']),
    difficulty: g.pick([null, 'easy', 'hard']),
    deletedAt: g.next() < 0.2 ? '2026-01-02' : null,
    updatedAt: g.next() < 0.1 ? null : `2026-01-01T00:00:${String(g.int(60)).padStart(2, '0')}`,
    versionId: `v-${g.int(1_000)}`,
  };
}

/** What the SQL does, by brute force over the rows as they are now. */
function expected(rows: Map<string, BankRow>, q: BankQuery): { ids: string[]; total: number } {
  const like = (text: string | null, needle: string) =>
    text !== null && foldAscii(text).includes(needle);
  const all = [...rows.values()].filter(
    (r) =>
      r.clientId === q.clientId &&
      (q.state === 'all' || (q.state === 'live') === (r.deletedAt === null)) &&
      (q.type === undefined || r.type === q.type) &&
      (q.difficulty === undefined || r.difficulty === q.difficulty) &&
      (q.onlyIds === undefined || q.onlyIds.has(r.id)) &&
      (q.tagNeedle === '' || like(r.tags, q.tagNeedle)) &&
      (q.needle === '' ||
        like(r.text, q.needle) ||
        like(r.tags, q.needle) ||
        r.optionTexts.some((o) => like(o, q.needle))),
  );
  all.sort((a, b) => {
    if (a.updatedAt !== b.updatedAt) {
      if (a.updatedAt === null) return 1;
      if (b.updatedAt === null) return -1;
      return a.updatedAt > b.updatedAt ? -1 : 1;
    }
    return a.id > b.id ? -1 : 1;
  });
  return { ids: all.slice(q.offset, q.offset + q.limit).map((r) => r.id), total: all.length };
}

function randomQuery(g: ReturnType<typeof generator>, ids: readonly string[]): BankQuery {
  const source = Array.from({ length: 2 }, () => g.pick(words)).join(g.pick([' ', '-', '']));
  const start = g.int(source.length);
  return {
    clientId: g.pick(['c1', 'c2', 'c3']),
    needle: g.next() < 0.7 ? searchNeedle(source.slice(start, start + 1 + g.int(8))) : '',
    tagNeedle: g.next() < 0.2 ? tagNeedle(g.pick([...tags, 'RED', 'unit'])) : '',
    type: g.next() < 0.2 ? g.pick(['essay', 'true_false']) : undefined,
    difficulty: g.next() < 0.2 ? g.pick(['easy', 'hard']) : undefined,
    state: g.pick(['live', 'deleted', 'all'] as const),
    onlyIds: g.next() < 0.15 ? new Set(ids.filter(() => g.next() < 0.3)) : undefined,
    limit: 1 + g.int(20),
    offset: g.int(10),
  };
}

describe('the bank index', () => {
  it('answers as a brute-force search does, through builds, edits, removals and sweeps', () => {
    const g = generator(99);
    const rows = new Map<string, BankRow>();
    const index = new BankIndex();
    const initial = Array.from({ length: 300 }, (_, i) => randomRow(g, `id-${i}`));
    for (const r of initial) rows.set(r.id, r);
    // In chunks, as a build reads the bank.
    for (let i = 0; i < initial.length; i += 70) index.load(initial.slice(i, i + 70));
    for (let round = 0; round < 3_000; round += 1) {
      const ids = [...rows.keys()];
      const roll = g.next();
      if (roll < 0.4) {
        const row = randomRow(g, g.next() < 0.8 ? g.pick(ids) : `id-new-${round}`);
        rows.set(row.id, row);
        index.upsert(row);
      } else if (roll < 0.5 && ids.length > 0) {
        const id = g.pick(ids);
        rows.delete(id);
        index.remove(id);
      }
      const q = randomQuery(g, [...rows.keys()]);
      expect({ round, q: { ...q, onlyIds: undefined }, got: index.query(q) }).toEqual({
        round,
        q: { ...q, onlyIds: undefined },
        got: expected(rows, q),
      });
    }
    expect(index.size).toBe(rows.size);
  });

  it('cuts a search into runs, each told how it must sit in a word', () => {
    expect(needlePieces('capital')).toEqual([{ text: 'capital', fit: 'inside' }]);
    expect(needlePieces('al ci')).toEqual([
      { text: 'al', fit: 'end' },
      { text: 'ci', fit: 'start' },
    ]);
    expect(needlePieces('"unit-7"')).toEqual([
      { text: 'unit', fit: 'whole' },
      { text: '7', fit: 'whole' },
    ]);
    expect(needlePieces('?!')).toEqual([]);
  });

  it('folds only A-Z, as LIKE does, and strips what LIKE would read as wildcards', () => {
    expect(foldAscii('ÉCOLE Zoo')).toBe('École zoo');
    expect(searchNeedle('  50% of A_B\\ ')).toBe('50 of ab');
    expect(tagNeedle('Unit-7')).toBe('"unit-7"');
  });
});

describe('a page of a sorted list', () => {
  it('is the same slice a full sort gives, whether the heap or the sort takes it', () => {
    const g = generator(5);
    for (let round = 0; round < 300; round += 1) {
      const items = Array.from({ length: g.int(400) }, () => g.int(1_000));
      const distinct = [...new Set(items)];
      const order = (a: number, b: number) => b - a;
      const offset = g.int(50);
      const limit = 1 + g.int(60);
      expect(pageOf(distinct, order, offset, limit)).toEqual(
        [...distinct].sort(order).slice(offset, offset + limit),
      );
    }
  });
});
