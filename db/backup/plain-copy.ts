import { connect } from '@tursodatabase/sync';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from './database-files';
import type { PlainReader } from './rescue-rows';

/**
 * Runs `work` on a copy of the main file and WAL at `path`, opened by the
 * plain engine in a scratch folder: the original is only read, never opened,
 * so a damaged or half-written folder is not made worse.
 */
export async function withPlainCopy<T>(
  path: string,
  scratchRoot: string,
  work: (db: PlainReader) => Promise<T>,
): Promise<T> {
  ensurePrivateDir(scratchRoot);
  const dir = mkdtempSync(join(scratchRoot, 'read-'));
  try {
    const copy = join(dir, 'read.db');
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const db = await connect({ path: copy });
    try {
      return await work({ all: (sqlText, ...args) => allRows(db, sqlText, args) });
    } finally {
      await db.close().catch(() => undefined);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type PlainDatabase = Awaited<ReturnType<typeof connect>>;

/** The part of the engine's prepared statement used here. */
interface RawStatement {
  columns(): Array<{ name: string }>;
  raw(): { all(...args: unknown[]): Promise<unknown[][]> };
  close(): void;
}

/**
 * The rows of a query as objects keyed by column. The engine hands rows over
 * as arrays several times faster than as objects, which matters for the
 * tens of thousands of answers a rescue reads; the objects are made here.
 */
async function allRows(
  db: PlainDatabase,
  sqlText: string,
  args: unknown[],
): Promise<Array<Record<string, unknown>>> {
  const statement = (await db.prepare(sqlText)) as RawStatement;
  try {
    const names = statement.columns().map((c) => c.name);
    const rows = await statement.raw().all(...args);
    return rows.map((values) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i += 1) row[names[i] ?? String(i)] = values[i];
      return row;
    });
  } finally {
    statement.close();
  }
}
