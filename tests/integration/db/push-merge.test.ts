import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncClient } from '@db/client';
import { compactInsert, compactUpsert } from '@db/sync/compact-push';
import { mergedPushBody, ROWS_PER_STATEMENT } from '@db/sync/push-merge';
import { describePushRequest } from '@db/sync/push-request';
import { openTestDatabase } from '../../helpers/test-db';

/** A hrana value as the engine sends an argument. */
interface Arg {
  type: 'text' | 'integer';
  value: string;
}
interface Step {
  condition: unknown;
  stmt: {
    sql: string;
    sql_id: null;
    args: Arg[];
    named_args: [];
    want_rows: boolean;
    replication_index: null;
  };
}

const ROW_CONDITION = { type: 'not', cond: { type: 'is_autocommit' } };

function step(
  sql: string,
  args: Array<string | Arg> = [],
  condition: unknown = ROW_CONDITION,
): Step {
  return {
    condition,
    stmt: {
      sql,
      sql_id: null,
      args: args.map((value) => (typeof value === 'string' ? { type: 'text', value } : value)),
      named_args: [],
      want_rows: false,
      replication_index: null,
    },
  };
}

/** A push body as the engine frames one batch: begin, its mark table, the row changes, the mark, commit. */
function pushBody(changes: Step[]): string {
  const steps = [
    step('BEGIN IMMEDIATE', [], null),
    step(
      'CREATE TABLE IF NOT EXISTS turso_sync_last_change_id (client_id TEXT PRIMARY KEY, pull_gen INTEGER, change_id INTEGER)',
    ),
    ...changes,
    step(
      'INSERT INTO turso_sync_last_change_id(client_id, pull_gen, change_id) VALUES (?, ?, ?) ON CONFLICT(client_id) DO UPDATE SET pull_gen = excluded.pull_gen, change_id = excluded.change_id',
      [
        'device',
        { type: 'integer', value: '1' },
        { type: 'integer', value: String(changes.length) },
      ],
    ),
    step('COMMIT'),
  ];
  return JSON.stringify({
    baton: null,
    requests: [{ type: 'batch', batch: { steps, replication_index: null } }],
  });
}

function stepsOf(body: string): Step[] {
  const parsed = JSON.parse(body) as { requests: Array<{ batch: { steps: Step[] } }> };
  return parsed.requests[0]?.batch.steps ?? [];
}

function compact(table: string, row: Record<string, unknown>): Step {
  const stmt = compactInsert(table, row);
  if (stmt === null || stmt.values.length > 0) throw new Error('every value here has a literal');
  return step(stmt.sql);
}

const answer = (id: string, question: string, text: string) =>
  compact('attempt_answers', {
    id,
    attempt_id: 'attempt-1',
    question_id: question,
    client_id: 'org-1',
    student_answer: text,
  });
const audit = (id: string, seq: number, text: string) =>
  compact('audit_logs', { id, client_id: 'org-1', action: 'answer.save', seq, changes: text });
const clock = (attempt: string, elapsed: number) =>
  compact('attempt_clocks', {
    attempt_id: attempt,
    client_id: 'org-1',
    elapsed_ms: elapsed,
    updated_at: '2026-06-01T09:00:00.000Z',
  });

const TABLES = ['attempt_answers', 'audit_logs', 'attempt_clocks'] as const;
const SNAPSHOT = {
  attempt_answers:
    'SELECT id, attempt_id, question_id, student_answer FROM attempt_answers ORDER BY id',
  audit_logs: 'SELECT id, seq, changes FROM audit_logs ORDER BY id',
  attempt_clocks:
    'SELECT attempt_id, elapsed_ms, break_used_ms FROM attempt_clocks ORDER BY attempt_id',
} as const;

/** Runs the row-change steps of `body` (not its framing) and returns the three tables, then empties them. */
async function applied(client: SyncClient, body: string): Promise<Record<string, unknown[]>> {
  const steps = stepsOf(body);
  await client.transactionAsync(async (tx) => {
    for (const s of steps.slice(2, -2))
      await tx.run(s.stmt.sql, ...s.stmt.args.map((a) => a.value));
  })();
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await client.all(SNAPSHOT[table]);
  for (const table of TABLES) await client.run(`DELETE FROM ${table}`);
  return out;
}

/** Text as answers hold it, with the characters a merged statement's row boundary is made of. */
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('),(', "'),('", '"),("', "it's", '\\'),
);

/** One row change of a save's tables, or another statement on one of them, from a few ids so rows meet. */
const change = fc.oneof(
  fc
    .tuple(fc.constantFrom('n1', 'n2', 'n3'), fc.constantFrom('q1', 'q2'), text)
    .map(([id, q, text]) => answer(id, q, text)),
  fc
    .tuple(fc.constantFrom('l1', 'l2', 'l3'), fc.nat(50), text)
    .map(([id, seq, text]) => audit(id, seq, text)),
  fc
    .tuple(fc.constantFrom('t1', 't2'), fc.nat(1_000_000))
    .map(([attempt, ms]) => clock(attempt, ms)),
  // The same table with another column list: no run mixes the two.
  fc.tuple(fc.constantFrom('n1', 'n2', 'n3'), text).map(([id, text]) =>
    compact('attempt_answers', {
      id,
      attempt_id: 'attempt-1',
      question_id: `q-${id}`,
      student_answer: text,
    }),
  ),
  // An update of changed columns, and statements of the engine's own: each stays where it is.
  fc.tuple(fc.constantFrom('t1', 't2'), fc.nat(9_000)).map(([attempt, ms]) => {
    const stmt = compactUpsert(
      'attempt_clocks',
      'attempt_id',
      {
        attempt_id: attempt,
        client_id: 'org-1',
        break_used_ms: ms,
        updated_at: '2026-06-01T09:00:00.000Z',
      },
      ['break_used_ms'],
    );
    if (stmt === null) throw new Error('an upsert of one changed column');
    return step(stmt.sql);
  }),
  fc
    .tuple(fc.constantFrom('n1', 'n2', 'n3'), text)
    .map(([id, text]) =>
      step('UPDATE attempt_answers SET student_answer = ? WHERE id = ?', [text, id]),
    ),
  fc
    .constantFrom('n1', 'n2', 'l1', 'l2')
    .map((id) =>
      step(`DELETE FROM ${id.startsWith('n') ? 'attempt_answers' : 'audit_logs'} WHERE id = ?`, [
        id,
      ]),
    ),
);

describe('merging a push body’s compact statements', () => {
  it('leaves the rows exactly as the statements one by one leave them, in any order of changes', async () => {
    const database = await openTestDatabase();
    const client = database.client;
    // The rows the changes point to.
    await client.exec(`
      INSERT INTO clients (id, name) VALUES ('org-1', 'Northfield');
      INSERT INTO profiles (id, name, email, client_id, role) VALUES ('p-1', 'Sam', 'sam@x', 'org-1', 'student');
      INSERT INTO tests (id, client_id, test_name) VALUES ('test-1', 'org-1', 'Physics');
      INSERT INTO questions (id, client_id, question_text, question_type)
        VALUES ('q1', 'org-1', 'Q', 'essay'), ('q2', 'org-1', 'Q', 'essay'), ('q-n1', 'org-1', 'Q', 'essay'),
          ('q-n2', 'org-1', 'Q', 'essay'), ('q-n3', 'org-1', 'Q', 'essay');
      INSERT INTO attempts (id, student_id, test_id, client_id)
        VALUES ('attempt-1', 'p-1', 'test-1', 'org-1'), ('t1', 'p-1', 'test-1', 'org-1'), ('t2', 'p-1', 'test-1', 'org-1');
    `);
    await fc.assert(
      fc.asyncProperty(fc.array(change, { maxLength: 40 }), async (changes) => {
        const body = pushBody(changes);
        const merged = mergedPushBody(body) ?? body;
        expect(await applied(client, merged)).toEqual(await applied(client, body));
        // The framing is where the engine put it, and nothing was added.
        const steps = stepsOf(merged);
        expect(steps.slice(0, 2)).toEqual(stepsOf(body).slice(0, 2));
        expect(steps.slice(-2)).toEqual(stepsOf(body).slice(-2));
        expect(steps.length).toBeLessThanOrEqual(changes.length + 4);
        // The push's progress still counts every row change.
        expect(describePushRequest(merged)?.rowChanges).toBe(changes.length);
        expect(describePushRequest(body)?.rowChanges).toBe(changes.length);
      }),
      { numRuns: 60 },
    );
  });

  it('sends a run of saves as one statement per table, a fraction of the bytes', () => {
    const saves = Array.from({ length: 10 }, (_, i) => [
      answer(`n${String(i)}`, `q${String(i)}`, '{"type":"single_choice","optionId":"b"}'),
      audit(`l${String(i)}`, i + 1, '{"answer.q":[null,{"type":"single_choice"}]}'),
    ]).flat();
    const body = pushBody(saves);
    const merged = mergedPushBody(body);
    if (merged === null) throw new Error('ten saves in a row are merged');
    const steps = stepsOf(merged);
    expect(steps.map((s) => s.stmt.sql.slice(0, 38))).toEqual([
      'BEGIN IMMEDIATE',
      'CREATE TABLE IF NOT EXISTS turso_sync_',
      'INSERT OR REPLACE INTO attempt_answers',
      'INSERT OR REPLACE INTO audit_logs(acti',
      'INSERT INTO turso_sync_last_change_id(',
      'COMMIT',
    ]);
    expect(steps[2]?.stmt.sql.match(/\),\(/g)).toHaveLength(9);
    expect(merged.length).toBeLessThan(body.length * 0.6);
  });

  it('keeps each statement to a bounded number of rows', () => {
    const rows = ROWS_PER_STATEMENT * 2 + 50;
    const body = pushBody(Array.from({ length: rows }, (_, i) => clock(`t${String(i)}`, i)));
    const steps = stepsOf(mergedPushBody(body) ?? body).slice(2, -2);
    expect(steps.map((s) => (s.stmt.sql.match(/\),\(/g) ?? []).length + 1)).toEqual([
      ROWS_PER_STATEMENT,
      ROWS_PER_STATEMENT,
      50,
    ]);
  });

  it('sends as it came a body with a schema change, one it cannot read exactly, or one it does not know', () => {
    const saves = [answer('n1', 'q1', 'a'), answer('n2', 'q2', 'b')];
    expect(mergedPushBody(pushBody(saves))).not.toBeNull();
    // The engine knows the index of an added column's step, whose error it ignores.
    expect(
      mergedPushBody(pushBody([step('ALTER TABLE attempts ADD COLUMN extra TEXT'), ...saves])),
    ).toBeNull();
    expect(
      mergedPushBody(pushBody([...saves, step('CREATE INDEX IF NOT EXISTS i ON attempts(id)')])),
    ).toBeNull();
    const withLongNumber = pushBody(saves).replace('"baton":null', '"baton":12345678901234567');
    expect(mergedPushBody(withLongNumber)).toBeNull();
    expect(mergedPushBody('{"requests":[{"type":"execute"}]}')).toBeNull();
    expect(mergedPushBody('not json INSERT OR REPLACE INTO ')).toBeNull();
    // One row alone has nothing to merge with.
    expect(mergedPushBody(pushBody([answer('n1', 'q1', 'a'), clock('t1', 5)]))).toBeNull();
  });
});
