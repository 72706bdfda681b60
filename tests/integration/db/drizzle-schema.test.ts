import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDatabase } from '@db/open';
import * as schema from '@db/schema/index';
import { appTables } from '../../helpers/db-snapshot';
import { indexesOf, type IndexShape } from '../../helpers/seed-schema';
import { openTestDatabase } from '../../helpers/test-db';

interface LiveColumn {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

const drizzleTables = (Object.values(schema) as unknown[])
  .filter((v): v is SQLiteTable => is(v, SQLiteTable))
  .map((t) => getTableConfig(t));

/** The parts of a column both sides can state. */
interface ColumnShape {
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  hasDefault: boolean;
}

describe('drizzle schema and the migrated database agree', () => {
  let db: AppDatabase;
  beforeAll(async () => {
    db = await openTestDatabase({}, 'file');
  });

  async function liveColumns(table: string): Promise<Record<string, ColumnShape>> {
    const info = (await db.client.all(`PRAGMA table_info("${table}")`)) as LiveColumn[];
    return Object.fromEntries(
      info.map((c) => [
        c.name,
        {
          type: c.type.toUpperCase(),
          // SQLite lets a non-INTEGER primary key hold NULL unless it says NOT NULL; the seed's
          // `id TEXT PRIMARY KEY` does not, while drizzle calls every primary key NOT NULL.
          // The key itself is compared through `primaryKey`.
          notNull: c.notnull === 1 || c.pk > 0,
          primaryKey: c.pk > 0,
          // An INTEGER PRIMARY KEY is the rowid: SQLite fills it, and drizzle counts that as a default.
          hasDefault: c.dflt_value !== null || (c.pk > 0 && c.type.toUpperCase() === 'INTEGER'),
        },
      ]),
    );
  }

  it('defines a table for every table the migrations create, and no other', async () => {
    expect(drizzleTables.map((t) => t.name).sort()).toEqual(await appTables(db.client));
  });

  it.each(drizzleTables.map((t) => [t.name, t] as const))(
    '%s: same columns, declared types, NOT NULL, keys and defaults',
    async (name, config) => {
      const declared = Object.fromEntries(
        config.columns.map((c) => [
          c.name,
          {
            type: c.getSQLType().toUpperCase(),
            notNull: c.notNull,
            primaryKey: c.primary,
            hasDefault: c.hasDefault,
          },
        ]),
      );
      expect(declared).toEqual(await liveColumns(name));
    },
  );

  it.each(drizzleTables.map((t) => [t.name, t] as const))(
    '%s: same foreign keys',
    async (name, config) => {
      const declared = config.foreignKeys
        .map((fk) => {
          const ref = fk.reference();
          return `${ref.columns.map((c) => c.name).join(',')}->${getTableConfig(ref.foreignTable).name}.${ref.foreignColumns.map((c) => c.name).join(',')}`;
        })
        .sort();
      const live = (
        (await db.client.all(`PRAGMA foreign_key_list("${name}")`)) as Array<{
          from: string;
          table: string;
          to: string;
        }>
      )
        .map((f) => `${f.from}->${f.table}.${f.to}`)
        .sort();
      expect(declared).toEqual(live);
    },
  );

  it('declares every named index with the same columns and uniqueness', async () => {
    const declared: IndexShape[] = drizzleTables.flatMap((t) =>
      t.indexes.map((i) => ({
        name: i.config.name,
        table: t.name,
        unique: i.config.unique,
        columns: i.config.columns.map((c) => {
          if (!('name' in c)) throw new Error(`index ${i.config.name} is on an expression`);
          return c.name;
        }),
      })),
    );
    const byName = (a: IndexShape, b: IndexShape) => a.name.localeCompare(b.name);
    expect(declared.sort(byName)).toEqual((await indexesOf(db.client)).sort(byName));
  });

  it('declares the same single-column UNIQUE constraints', async () => {
    const declared = drizzleTables
      .flatMap((t) => t.columns.filter((c) => c.isUnique).map((c) => `${t.name}.${c.name}`))
      .sort();
    const live: string[] = [];
    for (const table of await appTables(db.client)) {
      const list = (await db.client.all(`PRAGMA index_list("${table}")`)) as Array<{
        name: string;
        unique: number;
        origin: string;
      }>;
      for (const idx of list.filter((i) => i.unique === 1 && i.origin === 'u')) {
        const cols = (await db.client.all(`PRAGMA index_info("${idx.name}")`)) as Array<{
          name: string;
        }>;
        if (cols.length === 1 && cols[0]) live.push(`${table}.${cols[0].name}`);
      }
    }
    expect(declared).toEqual(live.sort());
  });
});
