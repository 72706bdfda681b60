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
      return await work({
        all: (sqlText, ...args) => db.all(sqlText, ...args) as Promise<unknown[]>,
      });
    } finally {
      await db.close().catch(() => undefined);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
