import { describe, expect, it } from 'vitest';
import type { SyncClient } from '@db/client';
import { listQuestions, type QuestionFilter } from '@db/repositories/questions';
import { searchQuestionBank } from '@db/search/bank-search';
import { foldAscii, searchNeedle } from '@shared/search/bank-text';
import type { TenantContext } from '@db/tenant';
import { openTestDatabase } from '../../helpers/test-db';

/** A small deterministic generator, so a failure names a seed that reproduces it. */
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
  'Capital',
  'city',
  'RIVER',
  'école',
  'École',
  'naïve',
  'x²',
  'photo-synthesis',
  'CO2',
  'unit-7',
  '50%',
  'a_b',
  'back\\slash',
  "don't",
  'Ökonomie',
  'topic',
  '375',
  '37',
  'Σύνολο',
  'emoji😀',
  'tab\there',
  'line\nbreak',
];
const tagPool = ['Algebra', 'algebra', 'unit-7', 'unit-70', 'geo"graphy', 'ÉTÉ', 'x_y', '50%'];
const types = ['single_choice', 'multiple_response', 'true_false', 'essay', 'numeric'];
const difficulties = [null, 'easy', 'medium', 'hard'];
const stamps = [
  '2026-03-01T09:00:00.000Z',
  '2026-03-01T09:00:00.001Z',
  '2026-03-01 09:00:00',
  '2026-02-28T23:59:59.999Z',
  null,
];

function randomOptions(g: ReturnType<typeof generator>): string | null {
  const roll = g.next();
  if (roll < 0.3) return null;
  if (roll < 0.33) return g.pick(['not json', '{"text":"capital city"}', '"city"', '[']);
  const phrase = () => Array.from({ length: 1 + g.int(3) }, () => g.pick(words)).join(' ');
  return JSON.stringify(
    Array.from({ length: 1 + g.int(4) }, (_, i) =>
      g.next() < 0.1
        ? g.pick([phrase(), { id: `o${i}`, text: 375 }, { id: `o${i}` }, [phrase()]])
        : { id: `o${i}`, text: phrase() },
    ),
  );
}

/**
 * Two organisations' banks with what makes text search awkward: case and
 * accents, punctuation inside and between words, LIKE's wildcard characters,
 * NULL tags and times, equal times (the id decides), deleted questions,
 * and options in every shape the column may hold: an array of options with
 * text, entries without text or with a number for one, JSON that is not an
 * array, text that is not JSON, none.
 */
async function seedBank(client: SyncClient, seed: number) {
  const g = generator(seed);
  // Options from a generator of their own, so the rest of the bank is what it was before they were.
  const optionsG = generator(seed ^ 0x5eed);
  await client.exec(`INSERT INTO clients (id, name) VALUES ('org-a', 'A'), ('org-b', 'B')`);
  const rows: string[] = [];
  for (let i = 0; i < 400; i += 1) {
    const text = Array.from({ length: 3 + g.int(8) }, () => g.pick(words)).join(
      g.pick([' ', ' ', ', ', '-', ' (', '']),
    );
    const tags =
      g.next() < 0.2
        ? null
        : JSON.stringify(Array.from({ length: g.int(3) }, () => g.pick(tagPool)));
    rows.push(
      `q-${String(i).padStart(4, '0')}`,
      g.next() < 0.8 ? 'org-a' : 'org-b',
      text,
      g.pick(types),
      g.pick(difficulties) as string,
      tags as string,
      g.pick(stamps) as string,
      (g.next() < 0.15 ? '2026-03-02T00:00:00.000Z' : null) as string,
      randomOptions(optionsG) as string,
    );
  }
  const values = Array.from({ length: 400 }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ');
  await client.run(
    `INSERT INTO questions (id, client_id, question_text, question_type, difficulty, tags, updated_at, deleted_at, options) VALUES ${values}`,
    ...rows,
  );
  await client.exec(`INSERT INTO tests (id, client_id, test_name) VALUES ('t-a', 'org-a', 'T')`);
  for (let i = 0; i < 60; i += 1) {
    await client.run(
      `INSERT INTO test_questions (id, client_id, test_id, question_id, position, marks, created_at, updated_at, deleted_at) VALUES (?, 'org-a', 't-a', ?, ?, 1, 'x', 'x', ?)`,
      `tq-${i}`,
      `q-${String(g.int(400)).padStart(4, '0')}`,
      i,
      g.next() < 0.1 ? 'x' : null,
    );
  }
  return g;
}

/** Searches as a person types them: pieces of the bank's own words, cut anywhere, in any case. */
function randomFilter(g: ReturnType<typeof generator>): QuestionFilter {
  const f: QuestionFilter = {};
  const roll = g.next();
  if (roll < 0.75) {
    const source = Array.from({ length: 1 + g.int(3) }, () => g.pick(words)).join(
      g.pick([' ', '-', ', ', '']),
    );
    const start = g.int(source.length);
    const cut = source.slice(start, start + 1 + g.int(12));
    f.search = g.pick([cut, cut.toUpperCase(), cut.toLowerCase(), ` ${cut} `, '%', '  ', '_x']);
  }
  if (g.next() < 0.25) f.tag = g.pick([...tagPool, 'ALGEBRA', 'unit', '']);
  if (g.next() < 0.25) f.type = g.pick(types) as QuestionFilter['type'];
  if (g.next() < 0.2) f.difficulty = g.pick(['easy', 'medium', 'hard'] as const);
  if (g.next() < 0.3) f.state = g.pick(['live', 'deleted', 'all'] as const);
  if (g.next() < 0.1) f.testId = g.pick(['t-a', 't-missing']);
  if (g.next() < 0.4) f.limit = 1 + g.int(30);
  if (g.next() < 0.3) f.offset = g.int(40);
  return f;
}

describe('bank search on the index', () => {
  it('answers exactly what the SQL LIKE search answers, for both organisations', async () => {
    const db = await openTestDatabase();
    const g = await seedBank(db.client, 20260601);
    const tenants: TenantContext[] = [
      { clientId: 'org-a', profileId: 'p-a', role: 'author' },
      { clientId: 'org-b', profileId: 'p-b', role: 'author' },
    ];
    let nonEmpty = 0;
    let byOptionOnly = 0;
    for (let i = 0; i < 400; i += 1) {
      const filter = randomFilter(g);
      const tenant = tenants[i % 2] as TenantContext;
      const want = await listQuestions(db.db, tenant, filter);
      const got = await searchQuestionBank(db.db, tenant, filter);
      expect({ filter, ids: got.items.map((q) => q.id), total: got.total }).toEqual({
        filter,
        ids: want.items.map((q) => q.id),
        total: want.total,
      });
      expect(got.items).toEqual(want.items);
      if (want.total > 0 && filter.search) nonEmpty += 1;
      const needle = searchNeedle(filter.search ?? '');
      if (
        needle !== '' &&
        got.items.some(
          (q) =>
            !foldAscii(q.text).includes(needle) &&
            !foldAscii(JSON.stringify(q.tags)).includes(needle),
        )
      )
        byOptionOnly += 1;
    }
    // The searches found something often enough for the comparison to mean something.
    expect(nonEmpty).toBeGreaterThan(100);
    // And often enough through an option's text alone.
    expect(byOptionOnly).toBeGreaterThan(10);
  });

  it('stays the same as the SQL after rows change under it and it is told', async () => {
    const db = await openTestDatabase();
    const g = await seedBank(db.client, 7);
    const tenant: TenantContext = { clientId: 'org-a', profileId: 'p-a', role: 'author' };
    await searchQuestionBank(db.db, tenant, { search: 'city' });
    // Changed behind the index's back (as a pull would), then announced as a pull is.
    await db.client.run(
      "UPDATE questions SET question_text = 'Brand new wording', updated_at = '2020-01-01T00:00:00.000Z' WHERE id = 'q-0001'",
    );
    await db.client.run("DELETE FROM questions WHERE id = 'q-0002'");
    await db.client.run(
      "INSERT INTO questions (id, client_id, question_text, question_type, updated_at) VALUES ('q-new', 'org-a', 'Brand new question', 'essay', '2019-01-01T00:00:00.000Z')",
    );
    const { noteBankPulled } = await import('@db/search/bank-search');
    noteBankPulled(db.db);
    for (const filter of [
      { search: 'brand new' },
      { search: 'city' },
      {},
      ...[1, 2, 3].map(() => randomFilter(g)),
    ]) {
      const want = await listQuestions(db.db, tenant, filter);
      const got = await searchQuestionBank(db.db, tenant, filter);
      expect({ filter, ids: got.items.map((q) => q.id), total: got.total }).toEqual({
        filter,
        ids: want.items.map((q) => q.id),
        total: want.total,
      });
    }
    expect((await searchQuestionBank(db.db, tenant, { search: 'brand new' })).total).toBe(2);
  });
});
