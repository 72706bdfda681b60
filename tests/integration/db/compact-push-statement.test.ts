import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPACT_PUSH_TABLES,
  compactInsert,
  compactPushStatement,
  compactPushTransform,
  compactUpsert,
} from '@db/sync/compact-push';
import { openTestDatabase } from '../../helpers/test-db';

type Row = Record<string, unknown>;

/** A value as the engine hands a change's column to the transform: null, a number or a string. */
const columnValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.maxSafeInteger(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom("'", "''", "it's", "'); DROP TABLE probe; --", '"', '\\', '\n\r\t', '🙂é'),
);

const PROBE = 'CREATE TABLE probe (id TEXT PRIMARY KEY, t TEXT, i INTEGER, r REAL)';
const BOUND = 'CREATE TABLE bound (id TEXT PRIMARY KEY, t TEXT, i INTEGER, r REAL)';
/** Each stored value with its storage class, so 1 and 1.0 and '1' all differ. */
const STORED = (table: string) =>
  `SELECT quote(t) AS t, typeof(t) AS tt, quote(i) AS i, typeof(i) AS ti, quote(r) AS r, typeof(r) AS tr FROM ${table} WHERE id = ?`;

/** No half of a surrogate pair stands alone (Node 20's types lack `String.isWellFormed`). */
function isWellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether the statement must fall back to the engine's own for this value. */
function hasNoLiteral(value: unknown): boolean {
  if (value === null) return false;
  if (typeof value === 'number') {
    return (
      !Number.isFinite(value) ||
      Object.is(value, -0) ||
      (Number.isInteger(value) && !Number.isSafeInteger(value))
    );
  }
  // eslint-disable-next-line no-control-regex -- NUL has no literal and falls back
  return typeof value !== 'string' || /\u0000/.test(value) || !isWellFormed(value);
}

describe('the compact push statement', () => {
  it('stores exactly what binding the same values stores, whatever the text and numbers', async () => {
    const database = await openTestDatabase();
    const client = database.client;
    await client.exec(PROBE);
    await client.exec(BOUND);
    let seq = 0;
    let rewritten = 0;
    await fc.assert(
      fc.asyncProperty(columnValue, fc.option(fc.integer()), columnValue, async (t, i, r) => {
        seq += 1;
        const id = `row-${String(seq)}`;
        const stmt = compactInsert('probe', { id, t, i, r });
        expect(stmt === null).toBe(hasNoLiteral(t) || hasNoLiteral(r));
        if (stmt === null) return;
        await client.run(stmt.sql, ...stmt.values);
        rewritten += 1;
        // The same values bound as arguments, as the engine binds a change's own values.
        await client.run('INSERT INTO bound (id, t, i, r) VALUES (?, ?, ?, ?)', id, t, i, r);
        expect(await client.get(STORED('probe'), id)).toEqual(
          await client.get(STORED('bound'), id),
        );
        // And a value in a column of its own type reads back as itself.
        const read = (await client.get('SELECT t, i, r FROM probe WHERE id = ?', id)) as Row;
        const ownType = [
          ['i', i],
          ...(typeof t === 'number' ? [] : [['t', t]]),
          ...(typeof r === 'string' ? [] : [['r', r]]),
        ] as Array<[string, unknown]>;
        expect(ownType.map(([column]) => read[column])).toEqual(ownType.map(([, v]) => v));
      }),
      { numRuns: 300 },
    );
    // The fallback is for the rare value: most rows went as literals.
    expect(rewritten).toBeGreaterThan(200);
  });

  it('replaces the row with the same key whole, as the engine upsert does', async () => {
    const database = await openTestDatabase();
    await database.client.exec(PROBE);
    for (const row of [
      { id: 'a', t: 'first', i: 1, r: 0.5 },
      { id: 'a', t: null, i: 2, r: null },
    ]) {
      const stmt = compactInsert('probe', row);
      await database.client.run(stmt?.sql ?? '', ...(stmt?.values ?? []));
    }
    expect(await database.client.all('SELECT id, t, i, r FROM probe')).toEqual([
      { id: 'a', t: null, i: 2, r: null },
    ]);
  });

  it('is used for inserts and updates of the tables a save writes, and nowhere else, its columns in one order', () => {
    const after = { attempt_id: 'x', seq: 1, note: "it's" };
    const change = (tableName: string, changeType: string) =>
      compactPushStatement({
        changeTime: 0,
        tableName,
        id: 1,
        changeType: changeType as never,
        after,
        ...(changeType === 'update' ? { before: after, updates: { seq: 1, note: "it's" } } : {}),
      });
    expect(change('attempt_answers', 'insert')).toEqual({
      operation: 'rewrite',
      stmt: {
        sql: `INSERT OR REPLACE INTO attempt_answers(attempt_id,note,seq)VALUES('x','it''s',1)`,
        values: [],
      },
    });
    expect(change('attempt_clocks', 'update')).toEqual({
      operation: 'rewrite',
      stmt: {
        sql: `INSERT INTO attempt_clocks(attempt_id,note,seq)VALUES('x','it''s',1)ON CONFLICT(attempt_id)DO UPDATE SET seq=excluded.seq,note=excluded.note`,
        values: [],
      },
    });
    for (const table of COMPACT_PUSH_TABLES.keys()) {
      expect(change(table, 'insert')).not.toBeNull();
      expect(change(table, 'update')).not.toBeNull();
    }
    // A delete, an update the engine gives no changed columns for, and every other table: its own.
    expect(
      compactPushStatement({
        changeTime: 0,
        tableName: 'audit_logs',
        id: 1,
        changeType: 'delete' as never,
        before: after,
      }),
    ).toBeNull();
    expect(
      compactPushStatement({
        changeTime: 0,
        tableName: 'audit_logs',
        id: 1,
        changeType: 'update' as never,
        before: after,
        after,
      }),
    ).toBeNull();
    expect(change('attempts', 'insert')).toBeNull();
    expect(change('questions', 'update')).toBeNull();
    // Once the schema is newer than this app's, every change keeps the engine's statement.
    let outdated = false;
    const transform = compactPushTransform(() => !outdated);
    const insert = {
      changeTime: 0,
      tableName: 'audit_logs',
      id: 1,
      changeType: 'insert' as never,
      after,
    };
    expect(transform(insert)).not.toBeNull();
    outdated = true;
    expect(transform(insert)).toBeNull();
  });

  it('sets only the changed columns of a row that is there, keeping what others wrote', async () => {
    const database = await openTestDatabase();
    await database.client.exec(
      'CREATE TABLE probe (id TEXT PRIMARY KEY, t TEXT, i INTEGER, r REAL, newer TEXT)',
    );
    // The server's row: another computer changed i, and set a column this computer lacks.
    await database.client.run(
      "INSERT INTO probe (id, t, i, r, newer) VALUES ('a', 'old', 7, 0.5, 'kept')",
    );
    const update = compactUpsert('probe', 'id', { id: 'a', t: 'new', i: 1, r: 0.25 }, ['t', 'r']);
    await database.client.run(update?.sql ?? '', ...(update?.values ?? []));
    // And a row that is not there yet is inserted whole.
    const fresh = compactUpsert('probe', 'id', { id: 'b', t: 'only', i: 2, r: null }, ['t']);
    await database.client.run(fresh?.sql ?? '', ...(fresh?.values ?? []));
    expect(await database.client.all('SELECT id, t, i, r, newer FROM probe ORDER BY id')).toEqual([
      { id: 'a', t: 'new', i: 7, r: 0.25, newer: 'kept' },
      { id: 'b', t: 'only', i: 2, r: null, newer: null },
    ]);
    expect(compactUpsert('probe', 'id', { id: 'a', t: 'x' }, [])).toBeNull();
    expect(compactUpsert('probe', 'id', { id: 'a', t: 'x' }, ['id', 't'])).toBeNull();
    expect(compactUpsert('probe', 'id', { id: 'a', t: 'x' }, ['gone'])).toBeNull();
  });

  it('relies on a schema where replacing a row of those tables deletes nothing else', async () => {
    const database = await openTestDatabase();
    const client = database.client;
    const tables = (await client.all(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )) as Array<{ name: string }>;
    expect(tables.length).toBeGreaterThan(20);
    const referencing: string[] = [];
    for (const { name } of tables) {
      const keys = (await client.all(`PRAGMA foreign_key_list("${name}")`)) as Array<{
        table: string;
      }>;
      for (const key of keys) if (COMPACT_PUSH_TABLES.has(key.table)) referencing.push(name);
    }
    expect(referencing).toEqual([]);
    // A check that reads the schema's text as well, should the pragma miss a reference.
    const texts = (await client.all(
      "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND type = 'table'",
    )) as Array<{ name: string; sql: string }>;
    for (const table of COMPACT_PUSH_TABLES.keys()) {
      const pattern = new RegExp(`REFERENCES\\s+"?${table}"?\\b`, 'i');
      expect(texts.filter((t) => pattern.test(t.sql)).map((t) => t.name)).toEqual([]);
    }
    expect(await client.all("SELECT name FROM sqlite_schema WHERE type = 'trigger'")).toEqual([]);
    // Every column has a declared type, so a number written as a literal takes the column's type.
    for (const table of COMPACT_PUSH_TABLES.keys()) {
      const columns = (await client.all(`PRAGMA table_info("${table}")`)) as Array<{
        name: string;
        type: string;
      }>;
      expect(columns.length).toBeGreaterThan(3);
      for (const column of columns) {
        expect(['TEXT', 'INTEGER', 'REAL'], `${table}.${column.name}`).toContain(
          column.type.toUpperCase(),
        );
      }
    }
  });
});
